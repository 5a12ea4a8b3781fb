package io.github.jiceng.governance.scope;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.grid.GridCode;
import io.github.jiceng.governance.internal.Checks;
import java.util.Collection;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * One data scope: a kind and, for the kinds that need them, its divisions and grids. Immutable.
 *
 * <table>
 *   <caption>Kinds and what they hold</caption>
 *   <tr><th>kind</th><th>divisions</th><th>grids</th></tr>
 *   <tr><td>{@link ScopeKind#ALL}, {@link ScopeKind#GRID}, {@link ScopeKind#SELF}</td>
 *       <td>none</td><td>none</td></tr>
 *   <tr><td>{@link ScopeKind#DIVISION}, {@link ScopeKind#DIVISION_AND_BELOW}</td>
 *       <td>exactly one</td><td>none</td></tr>
 *   <tr><td>{@link ScopeKind#CUSTOM}</td><td colspan="2">at least one code in all, at most
 *       {@value #MAX_CODES}</td></tr>
 * </table>
 *
 * @param kind the kind
 * @param divisions the divisions it names, ordered by code
 * @param grids the grids it names, ordered by code
 */
public record DataScope(
    ScopeKind kind, SortedSet<DivisionCode> divisions, SortedSet<GridCode> grids) {
  /** The most divisions and grids one custom scope may name. */
  public static final int MAX_CODES = 1_000;

  private static final String SUBJECT = "DataScope";

  /**
   * Checks that the codes fit the kind.
   *
   * @throws InvalidInputException naming the field that does not
   */
  public DataScope {
    Checks.required(kind, SUBJECT, "kind");
    divisions = frozen(Checks.required(divisions, SUBJECT, "divisions"), "divisions");
    grids = frozen(Checks.required(grids, SUBJECT, "grids"), "grids");
    switch (kind) {
      case ALL, GRID, SELF -> {
        none(divisions, "divisions", kind);
        none(grids, "grids", kind);
      }
      case DIVISION, DIVISION_AND_BELOW -> {
        if (divisions.size() != 1) {
          throw InvalidInputException.of(SUBJECT, "divisions", "must hold exactly one for " + kind);
        }
        none(grids, "grids", kind);
      }
      case CUSTOM -> {
        int codes = divisions.size() + grids.size();
        if (codes == 0) {
          throw InvalidInputException.of(SUBJECT, "divisions", "and grids must name at least one");
        }
        if (codes > MAX_CODES) {
          throw InvalidInputException.of(
              SUBJECT, "divisions", "and grids must name at most " + MAX_CODES + " in all");
        }
      }
    }
  }

  /** Every record. */
  public static DataScope all() {
    return new DataScope(ScopeKind.ALL, new TreeSet<>(), new TreeSet<>());
  }

  /** The records of exactly {@code division}. */
  public static DataScope division(DivisionCode division) {
    return one(ScopeKind.DIVISION, division);
  }

  /** {@code division} and everything under it. */
  public static DataScope divisionAndBelow(DivisionCode division) {
    return one(ScopeKind.DIVISION_AND_BELOW, division);
  }

  /** The grids the actor is posted to on the day asked. */
  public static DataScope postedGrids() {
    return new DataScope(ScopeKind.GRID, new TreeSet<>(), new TreeSet<>());
  }

  /** Only the records the actor made. */
  public static DataScope self() {
    return new DataScope(ScopeKind.SELF, new TreeSet<>(), new TreeSet<>());
  }

  /** Exactly these divisions and grids. */
  public static DataScope custom(Collection<DivisionCode> divisions, Collection<GridCode> grids) {
    return new DataScope(ScopeKind.CUSTOM, sorted(divisions, "divisions"), sorted(grids, "grids"));
  }

  /** The one division of a {@link ScopeKind#DIVISION} or {@link ScopeKind#DIVISION_AND_BELOW}. */
  public DivisionCode division() {
    if (divisions.size() != 1 || kind == ScopeKind.CUSTOM) {
      throw InvalidInputException.of(SUBJECT, "kind", "has no single division: it is " + kind);
    }
    return divisions.first();
  }

  private static DataScope one(ScopeKind kind, DivisionCode division) {
    TreeSet<DivisionCode> one = new TreeSet<>();
    one.add(Checks.required(division, SUBJECT, "division"));
    return new DataScope(kind, one, new TreeSet<>());
  }

  private static <T extends Comparable<T>> TreeSet<T> sorted(Collection<T> codes, String field) {
    Checks.required(codes, SUBJECT, field);
    if (codes.size() > MAX_CODES) {
      throw InvalidInputException.of(SUBJECT, field, "must name at most " + MAX_CODES);
    }
    TreeSet<T> sorted = new TreeSet<>();
    for (T code : codes) {
      sorted.add(Checks.required(code, SUBJECT, field + "[]"));
    }
    return sorted;
  }

  private static <T> SortedSet<T> frozen(SortedSet<T> codes, String field) {
    for (T code : codes) {
      Checks.required(code, SUBJECT, field + "[]");
    }
    return Collections.unmodifiableSortedSet(new TreeSet<>(codes));
  }

  private static void none(SortedSet<?> codes, String field, ScopeKind kind) {
    if (!codes.isEmpty()) {
      throw InvalidInputException.of(SUBJECT, field, "must be empty for " + kind);
    }
  }

  @Override
  public String toString() {
    return switch (kind) {
      case ALL, GRID, SELF -> kind.name();
      case DIVISION, DIVISION_AND_BELOW -> kind + " " + divisions.first();
      case CUSTOM -> "CUSTOM " + divisions.size() + " divisions, " + grids.size() + " grids";
    };
  }
}
