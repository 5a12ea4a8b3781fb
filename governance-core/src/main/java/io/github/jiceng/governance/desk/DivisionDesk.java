package io.github.jiceng.governance.desk;

import static io.github.jiceng.governance.desk.DeskSetup.required;

import io.github.jiceng.governance.base.NotFoundException;
import io.github.jiceng.governance.division.AdministrativeDivision;
import io.github.jiceng.governance.division.DivisionChange;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.division.DivisionTimeline;
import io.github.jiceng.governance.scope.AccessDeniedException;
import io.github.jiceng.governance.scope.Reach;
import io.github.jiceng.governance.spi.GovernanceStore;
import java.time.LocalDate;
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

  /**
   * Records a change of divisions (区划调整): a merge, split, rename or abolition, on the authority it
   * cites, audited. Every division it names must be recorded — add a new successor first — and in
   * the caller's scope; each predecessor must be in force on the change's day, and no ended code is
   * used again.
   *
   * @throws NotFoundException if a division it names is not recorded
   * @throws io.github.jiceng.governance.base.InvalidInputException if it does not fit the changes
   *     before it
   * @throws io.github.jiceng.governance.base.DuplicateKeyException if the id is taken
   * @throws AccessDeniedException if a division it names is outside the caller's scope
   */
  public DivisionChange recordChange(DivisionChange change) {
    required(change, "change");
    return store.inTransaction(
        tx -> {
          Reach reach = setup.reach(tx);
          List<DivisionCode> named = new ArrayList<>(change.predecessors());
          named.addAll(change.begun());
          for (DivisionCode code : named) {
            DeskSetup.require(reach, reach.covers(code), "change division " + code);
            DeskSetup.requireRecorded(tx, code, "division change " + change.id());
          }
          DeskSetup.timeline(tx, change.predecessors().get(0)).checkNext(change);
          DivisionChange recorded = tx.divisions().recordChange(change);
          setup.audit(
              tx,
              io.github.jiceng.governance.audit.AuditAction.DIVISION_CHANGE,
              change.id(),
              change.kind()
                  + " "
                  + change.predecessors()
                  + " -> "
                  + change.successors()
                  + " from "
                  + change.effective());
          return recorded;
        });
  }

  /**
   * The changes of the county {@code code} lies in, in the order they take effect. Any bound caller
   * may read them: they are public decisions.
   */
  public DivisionTimeline timeline(DivisionCode code) {
    return DeskSetup.timeline(store, required(code, "code"));
  }

  /**
   * Whether the division is in force on {@code day}: not ended by a change, begun if one began it.
   */
  public boolean inForce(DivisionCode code, LocalDate day) {
    required(day, "day");
    return timeline(code).inForce(code, day);
  }

  /**
   * The division's name on {@code day}, through its renames.
   *
   * @throws NotFoundException if it is not recorded or not in the caller's scope
   */
  public String nameOn(DivisionCode code, LocalDate day) {
    required(day, "day");
    AdministrativeDivision d =
        find(code)
            .orElseThrow(() -> new NotFoundException("division " + code + " is not recorded"));
    return timeline(code).nameOn(code, day, d.name());
  }

  /**
   * Where the records of {@code code} belong on {@code day}: itself, its merged successor or the
   * communities it was split into.
   */
  public java.util.Set<DivisionCode> successorsOn(DivisionCode code, LocalDate day) {
    required(day, "day");
    return timeline(code).successorsOn(code, day);
  }

  /**
   * Every division whose records belong to {@code code} on {@code day}: itself and those it carries
   * on through merges and splits — the codes to ask the other desks for to find a merged
   * community's records, which keep their own codes and history.
   */
  public List<DivisionCode> lineage(DivisionCode code, LocalDate day) {
    required(day, "day");
    return timeline(code).lineage(code, day);
  }

  /**
   * The division {@code code} answers to on {@code day}: its street, the street it was merged into,
   * or the district where the street office has been abolished; empty for a district.
   */
  public Optional<DivisionCode> parentOn(DivisionCode code, LocalDate day) {
    required(day, "day");
    return timeline(code).parentOn(code, day);
  }

  /**
   * The divisions in force on {@code day} that answer to {@code parent} then, ordered by code — a
   * district's streets and the communities of its abolished street offices, a street's own
   * communities and those of the streets merged into it — with their names of that day, as far as
   * the caller's scope covers them.
   *
   * @throws AccessDeniedException if the scope covers nothing under {@code parent}
   */
  public List<AdministrativeDivision> childrenOn(DivisionCode parent, LocalDate day) {
    required(parent, "parent");
    required(day, "day");
    Reach reach = setup.reach(store);
    DivisionCode county = DivisionCode.of(parent.countyCode() + "000000");
    if (!reach.coversBelow(parent) && reach.areasWithin(county).isEmpty()) {
      throw DeskSetup.denied(reach, "read the divisions under " + parent);
    }
    DivisionTimeline timeline = timeline(parent);
    List<AdministrativeDivision> children = new ArrayList<>();
    for (AdministrativeDivision d : store.divisions().findWithin(county)) {
      if (reach.covers(d.code())
          && timeline.inForce(d.code(), day)
          && timeline.parentOn(d.code(), day).filter(parent::equals).isPresent()) {
        children.add(d.withName(timeline.nameOn(d.code(), day, d.name())));
      }
    }
    return children;
  }

  @Override
  public String toString() {
    return "DivisionDesk[" + setup + "]";
  }
}
