package io.github.jiceng.governance.desk;

import static io.github.jiceng.governance.desk.DeskSetup.required;

import io.github.jiceng.governance.division.AdministrativeDivision;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.spi.GovernanceStore;
import java.util.List;
import java.util.Optional;

/**
 * The divisions desk (行政区划): records districts, streets, communities and villages under their
 * 12-digit codes, and finds them. Obtain it from {@code Governance.divisions()}. Thread-safe when
 * the store is.
 */
public final class DivisionDesk {
  private final DeskSetup setup;
  private final GovernanceStore store;

  /** A desk over {@code setup}'s store and validator. */
  public DivisionDesk(DeskSetup setup) {
    this.setup = required(setup, "setup");
    this.store = setup.store();
  }

  /**
   * Records a new division. Its parent (implied by its code) must be recorded first.
   *
   * @return the stored division, at version 1
   * @throws io.github.jiceng.governance.base.InvalidInputException if the division is invalid
   * @throws io.github.jiceng.governance.base.DuplicateKeyException if the code is taken
   * @throws io.github.jiceng.governance.base.IntegrityViolationException if the parent is missing
   */
  public AdministrativeDivision add(AdministrativeDivision division) {
    var checked = setup.valid(division, "AdministrativeDivision"); // before the store is asked
    return store.divisions().insert(checked);
  }

  /**
   * Changes a recorded division (its name: code and level are its identity).
   *
   * @throws io.github.jiceng.governance.base.WriteConflictException if it changed since it was read
   */
  public AdministrativeDivision update(AdministrativeDivision division) {
    var checked = setup.valid(division, "AdministrativeDivision"); // before the store is asked
    return store.divisions().update(checked);
  }

  /** The division with this code. */
  public Optional<AdministrativeDivision> find(DivisionCode code) {
    var checked = required(code, "code"); // checked before the store is asked
    return store.divisions().find(checked);
  }

  /** The divisions directly under {@code parent}, ordered by code. */
  public List<AdministrativeDivision> childrenOf(DivisionCode parent) {
    var checked = required(parent, "parent"); // checked before the store is asked
    return store.divisions().findChildren(checked);
  }

  @Override
  public String toString() {
    return "DivisionDesk[" + setup + "]";
  }
}
