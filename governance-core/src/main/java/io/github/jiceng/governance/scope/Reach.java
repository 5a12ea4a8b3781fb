package io.github.jiceng.governance.scope;

import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.grid.GridCode;
import io.github.jiceng.governance.internal.Checks;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What a caller's scopes cover on one day: every record, or some division sub-trees, single
 * divisions and grids (and, with {@link ScopeKind#SELF}, the records the actor made). The union of
 * the caller's scopes, normalised: a sub-tree inside another, or a division inside a sub-tree, is
 * dropped, so the {@link #areasWithin areas} of a query never overlap. Immutable.
 *
 * <p>Desks ask it two kinds of question: does it cover this record's division or grid (before a
 * write, and after a read by key), and which areas of this part of the hierarchy does it cover (to
 * run a list query once per area, each with the area as its predicate — on JDBC a range of division
 * codes — so that nothing outside the reach is ever read).
 */
public final class Reach {
  private final String actorId;
  private final String scopes;
  private final boolean all;
  private final SortedSet<DivisionCode> subtrees;
  private final SortedSet<DivisionCode> exact;
  private final SortedSet<GridCode> grids;
  private final boolean self;

  private Reach(
      String actorId,
      String scopes,
      boolean all,
      SortedSet<DivisionCode> subtrees,
      SortedSet<DivisionCode> exact,
      SortedSet<GridCode> grids,
      boolean self) {
    this.actorId = actorId;
    this.scopes = scopes;
    this.all = all;
    this.subtrees = Collections.unmodifiableSortedSet(subtrees);
    this.exact = Collections.unmodifiableSortedSet(exact);
    this.grids = Collections.unmodifiableSortedSet(grids);
    this.self = self;
  }

  /**
   * What {@code caller}'s scopes cover, given the grids the actor is posted to on the day (used
   * only if a scope is {@link ScopeKind#GRID}).
   */
  public static Reach of(Caller caller, Collection<GridCode> postedGrids) {
    Checks.required(caller, "Reach.of", "caller");
    Checks.required(postedGrids, "Reach.of", "postedGrids");
    boolean all = false;
    boolean self = false;
    TreeSet<DivisionCode> subtrees = new TreeSet<>();
    TreeSet<DivisionCode> exact = new TreeSet<>();
    TreeSet<GridCode> grids = new TreeSet<>();
    for (DataScope scope : caller.scopes()) {
      switch (scope.kind()) {
        case ALL -> all = true;
        case DIVISION_AND_BELOW -> subtrees.add(scope.division());
        case DIVISION -> exact.add(scope.division());
        case CUSTOM -> {
          exact.addAll(scope.divisions());
          grids.addAll(scope.grids());
        }
        case GRID -> grids.addAll(postedGrids);
        case SELF -> self = true;
      }
    }
    TreeSet<DivisionCode> outermost = new TreeSet<>();
    for (DivisionCode tree : subtrees) {
      if (!insideAny(tree, subtrees, false)) {
        outermost.add(tree);
      }
    }
    exact.removeIf(code -> insideAny(code, outermost, true));
    return new Reach(
        caller.actorId(), caller.scopes().toString(), all, outermost, exact, grids, self);
  }

  /**
   * This reach extended to the divisions its own carry on after merges (撤并): a scope on a community
   * covers the records of the communities merged into it, a scope on a street and below those of
   * the streets merged into it. {@code lineage} gives, for a granted division, every division whose
   * records belong to it on the day (itself included), as {@link
   * io.github.jiceng.governance.division.DivisionTimeline#lineage} does.
   */
  public Reach inheriting(
      java.util.function.Function<DivisionCode, Collection<DivisionCode>> lineage) {
    Checks.required(lineage, "Reach.inheriting", "lineage");
    if (all || (subtrees.isEmpty() && exact.isEmpty())) {
      return this;
    }
    TreeSet<DivisionCode> trees = new TreeSet<>(subtrees);
    subtrees.forEach(t -> trees.addAll(lineage.apply(t)));
    TreeSet<DivisionCode> ones = new TreeSet<>(exact);
    exact.forEach(e -> ones.addAll(lineage.apply(e)));
    if (trees.size() == subtrees.size() && ones.size() == exact.size()) {
      return this;
    }
    TreeSet<DivisionCode> outermost = new TreeSet<>();
    for (DivisionCode tree : trees) {
      if (!insideAny(tree, trees, false)) {
        outermost.add(tree);
      }
    }
    ones.removeIf(code -> insideAny(code, outermost, true));
    return new Reach(actorId, scopes, false, outermost, ones, new TreeSet<>(grids), self);
  }

  /** Whether {@code scopes} need the actor's posts to be resolved. */
  public static boolean needsPosts(Caller caller) {
    Checks.required(caller, "Reach.needsPosts", "caller");
    return caller.scopes().stream().anyMatch(s -> s.kind() == ScopeKind.GRID);
  }

  /** The actor whose reach this is. */
  public String actorId() {
    return actorId;
  }

  /** The scopes it came from, for messages. */
  public String scopes() {
    return scopes;
  }

  /** Whether it covers every record. */
  public boolean coversAll() {
    return all;
  }

  /** Whether {@link ScopeKind#SELF} was granted: the records the actor made are covered. */
  public boolean coversOwnRecords() {
    return all || self;
  }

  /** The grids covered one by one (posted or chosen), ordered by code. */
  public SortedSet<GridCode> grids() {
    return grids;
  }

  /** Whether the records of {@code division} are covered. */
  public boolean covers(DivisionCode division) {
    Checks.required(division, "Reach.covers", "division");
    return all || exact.contains(division) || insideAny(division, subtrees, true);
  }

  /** Whether {@code grid}, which belongs to {@code community}, and its households are covered. */
  public boolean coversGrid(GridCode grid, DivisionCode community) {
    Checks.required(grid, "Reach.coversGrid", "grid");
    return covers(community) || grids.contains(grid);
  }

  /** Whether {@code division} and everything under it are covered. */
  public boolean coversBelow(DivisionCode division) {
    Checks.required(division, "Reach.coversBelow", "division");
    return all || insideAny(division, subtrees, true);
  }

  /**
   * The areas of {@code ancestor}'s sub-tree (it included) that are covered, ordered by code and
   * never overlapping: {@code ancestor} itself whole if it is covered whole; otherwise each covered
   * sub-tree and single division inside it. Empty if none. Grids are not included: see {@link
   * #grids()}.
   */
  public List<Area> areasWithin(DivisionCode ancestor) {
    Checks.required(ancestor, "Reach.areasWithin", "ancestor");
    if (coversBelow(ancestor)) {
      return List.of(new Area(ancestor, true));
    }
    List<Area> areas = new ArrayList<>();
    for (DivisionCode tree : subtrees) {
      if (tree.isWithin(ancestor)) {
        areas.add(new Area(tree, true));
      }
    }
    for (DivisionCode one : exact) {
      if (one.equals(ancestor) || one.isWithin(ancestor)) {
        areas.add(new Area(one, false));
      }
    }
    areas.sort(java.util.Comparator.comparing(Area::code));
    return areas;
  }

  /**
   * Whether every record {@code scope} covers is covered here: what a granter's reach must satisfy
   * to grant {@code scope}. {@link ScopeKind#GRID} and {@link ScopeKind#SELF} can be granted by
   * anyone: they never cover more than the grantee's own posts (which only those who cover the grid
   * assign) and own records.
   */
  public boolean coversScope(DataScope scope) {
    Checks.required(scope, "Reach.coversScope", "scope");
    return switch (scope.kind()) {
      case ALL -> all;
      case DIVISION -> covers(scope.division());
      case DIVISION_AND_BELOW -> coversBelow(scope.division());
      case CUSTOM ->
          scope.divisions().stream().allMatch(this::covers)
              && scope.grids().stream()
                  .allMatch(g -> grids.contains(g) || covers(g.communityPart()));
      case GRID, SELF -> true;
    };
  }

  private static boolean insideAny(
      DivisionCode code, SortedSet<DivisionCode> trees, boolean countSelf) {
    for (DivisionCode tree : trees) {
      if (tree.equals(code) ? countSelf : code.isWithin(tree)) {
        return true;
      }
    }
    return false;
  }

  /**
   * One covered area of the hierarchy.
   *
   * @param code the division
   * @param below whether everything under it is covered too, or only its own records
   */
  public record Area(DivisionCode code, boolean below) {}

  @Override
  public String toString() {
    if (all) {
      return "Reach[" + actorId + ": all]";
    }
    return "Reach["
        + actorId
        + ": "
        + subtrees.size()
        + " sub-trees, "
        + exact.size()
        + " divisions, "
        + grids.size()
        + " grids"
        + (self ? ", own records" : "")
        + "]";
  }
}
