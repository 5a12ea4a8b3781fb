package io.github.jiceng.governance.desk;

import static io.github.jiceng.governance.desk.DeskSetup.required;

import io.github.jiceng.governance.division.AdministrativeDivision;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.scope.AccessDeniedException;
import io.github.jiceng.governance.scope.Reach;
import io.github.jiceng.governance.spi.GovernanceStore;
import java.util.ArrayList;
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
    return setup.write(
        division,
        "AdministrativeDivision",
        AdministrativeDivision::code,
        (tx, d) -> {},
        (tx, d) -> tx.divisions().insert(d));
  }

  /**
   * Changes a recorded division (its name: code and level are its identity).
   *
   * @throws io.github.jiceng.governance.base.WriteConflictException if it changed since it was read
   */
  public AdministrativeDivision update(AdministrativeDivision division) {
    return setup.write(
        division,
        "AdministrativeDivision",
        AdministrativeDivision::code,
        (tx, d) -> {},
        (tx, d) -> tx.divisions().update(d));
  }

  /** The division with this code; empty if it is not recorded or not in the caller's scope. */
  public Optional<AdministrativeDivision> find(DivisionCode code) {
    var checked = required(code, "code"); // checked before the store is asked
    return setup.reach(store).covers(checked) ? store.divisions().find(checked) : Optional.empty();
  }

  /**
   * The divisions directly under {@code parent} that the caller's scope covers, ordered by code.
   *
   * @throws AccessDeniedException if the scope covers nothing under {@code parent}
   */
  public List<AdministrativeDivision> childrenOf(DivisionCode parent) {
    var checked = required(parent, "parent"); // checked before the store is asked
    Reach reach = setup.reach(store);
    if (reach.coversBelow(checked)) {
      return store.divisions().findChildren(checked);
    }
    List<Reach.Area> areas = reach.areasWithin(checked);
    if (areas.isEmpty()) {
      throw DeskSetup.denied(reach, "read the divisions under " + checked);
    }
    List<AdministrativeDivision> children = new ArrayList<>();
    for (Reach.Area area : areas) {
      // only a covered child itself is shown: a covered grandchild does not reveal its parent
      if (area.code().parent().filter(checked::equals).isPresent()) {
        store.divisions().find(area.code()).ifPresent(children::add);
      }
    }
    return children;
  }

  @Override
  public String toString() {
    return "DivisionDesk[" + setup + "]";
  }
}
