package io.github.jiceng.governance.division;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.internal.Checks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The divisions of a county as they stand on any day, read from its changes ({@link
 * DivisionChange}) in the order they take effect: which are in force, under which name, where a
 * merged or split division's records now belong, and which street — or, where the street office has
 * been abolished, the county itself — a community answers to. A division no change names has been
 * in force all along. Immutable.
 */
public final class DivisionTimeline {
  private final List<DivisionChange> changes;

  private DivisionTimeline(List<DivisionChange> changes) {
    this.changes = changes;
  }

  /** The timeline of {@code changes} (one county's), ordered by effective day, then id. */
  public static DivisionTimeline of(List<DivisionChange> changes) {
    List<DivisionChange> ordered =
        new ArrayList<>(Checks.listOf(changes, "DivisionTimeline", "changes"));
    ordered.sort(Comparator.comparing(DivisionChange::effective).thenComparing(DivisionChange::id));
    return new DivisionTimeline(List.copyOf(ordered));
  }

  /** The changes, in the order they take effect. */
  public List<DivisionChange> changes() {
    return changes;
  }

  /** Whether {@code code} is in force on {@code day}: begun (if a change began it), not ended. */
  public boolean inForce(DivisionCode code, LocalDate day) {
    Checks.required(code, "DivisionTimeline.inForce", "code");
    Checks.required(day, "DivisionTimeline.inForce", "day");
    for (DivisionChange c : changes) {
      if (c.begun().contains(code) && c.effective().isAfter(day)) {
        return false;
      }
      if (c.ended().contains(code) && !c.effective().isAfter(day)) {
        return false;
      }
    }
    return true;
  }

  /** The day {@code code} ended (the day before the change that ended it), if it has or will. */
  public Optional<LocalDate> endedAfter(DivisionCode code) {
    return changes.stream()
        .filter(c -> c.ended().contains(code))
        .findFirst()
        .map(c -> c.effective().minusDays(1));
  }

  /**
   * The name of {@code code} on {@code day}: the new name of the last rename in force, the former
   * name of the first one before it, or {@code current} (the stored name) when it was never
   * renamed.
   */
  public String nameOn(DivisionCode code, LocalDate day, String current) {
    Checks.required(current, "DivisionTimeline.nameOn", "current");
    String name = null;
    for (DivisionChange c : changes) {
      if (c.kind() != DivisionChange.Kind.RENAME || !c.predecessors().contains(code)) {
        continue;
      }
      if (c.effective().isAfter(day)) {
        return name != null ? name : String.valueOf(c.formerName());
      }
      name = c.newName();
    }
    return name != null ? name : current;
  }

  /**
   * Where the records of {@code code} belong on {@code day}: the divisions in force that carry it
   * on through the changes in force by then — itself if unchanged, its merged successor, the
   * communities it was split into; empty for an abolished street office.
   */
  public Set<DivisionCode> successorsOn(DivisionCode code, LocalDate day) {
    Checks.required(code, "DivisionTimeline.successorsOn", "code");
    Checks.required(day, "DivisionTimeline.successorsOn", "day");
    Set<DivisionCode> current = new LinkedHashSet<>(List.of(code));
    for (DivisionChange c : changes) {
      if (c.effective().isAfter(day)) {
        break;
      }
      if (c.predecessors().stream().anyMatch(current::contains)) {
        current.removeAll(c.predecessors());
        current.addAll(c.successors());
      }
    }
    return Set.copyOf(current);
  }

  /**
   * Every division whose records belong to {@code code} on {@code day} — itself and, through merges
   * and splits in force by then, the divisions it carries on — so that a merged community's records
   * stay findable under its successor. Ordered by code.
   */
  public List<DivisionCode> lineage(DivisionCode code, LocalDate day) {
    Set<DivisionCode> known = new java.util.TreeSet<>();
    known.add(code);
    for (DivisionChange c : changes) {
      known.addAll(c.predecessors());
    }
    return known.stream().filter(k -> successorsOn(k, day).contains(code)).toList();
  }

  /**
   * The division {@code code} answers to on {@code day}: its street (or the street it was merged
   * into), or the county where the street office has been abolished. Empty for a county.
   *
   * @throws InvalidInputException if its street was split, which the library does not allow
   */
  public Optional<DivisionCode> parentOn(DivisionCode code, LocalDate day) {
    Checks.required(code, "DivisionTimeline.parentOn", "code");
    Optional<DivisionCode> parent = code.parent();
    if (parent.isEmpty()) {
      return parent;
    }
    Set<DivisionCode> carried = successorsOn(parent.get(), day);
    if (carried.isEmpty()) {
      return parentOn(parent.get(), day);
    }
    if (carried.size() > 1) {
      throw InvalidInputException.of(
          "DivisionTimeline", "changes", parent.get() + " was split; a street cannot be");
    }
    return Optional.of(carried.iterator().next());
  }

  /**
   * Checks that {@code change} can follow these changes: each predecessor in force on its day, each
   * new successor not already ended.
   *
   * @throws InvalidInputException naming the division that is not
   */
  public void checkNext(DivisionChange change) {
    Checks.required(change, "DivisionTimeline.checkNext", "change");
    for (DivisionCode p : change.predecessors()) {
      if (!inForce(p, change.effective())) {
        throw InvalidInputException.of(
            "division change " + change.id(),
            "predecessors",
            p + " is not in force on " + change.effective());
      }
    }
    for (DivisionCode s : change.begun()) {
      if (endedAfter(s).isPresent()) {
        throw InvalidInputException.of(
            "division change " + change.id(),
            "successors",
            s + " has ended already; a code is never reused");
      }
    }
  }

  @Override
  public String toString() {
    return "DivisionTimeline[" + changes.size() + " changes]";
  }
}
