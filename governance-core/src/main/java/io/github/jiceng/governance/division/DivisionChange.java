package io.github.jiceng.governance.division;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.base.Versioned;
import io.github.jiceng.governance.internal.Checks;
import io.github.jiceng.governance.policy.Citation;
import io.github.jiceng.governance.policy.Text;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A dated change of divisions (区划调整、撤并整合), on the authority of a decision: streets or communities
 * merged, a community split, a division renamed, a street office abolished. Seed report 000: 镜湖区's
 * 14 streets merged into 11 and 97 communities into 56; 南瑞街道办事处 abolished on 1 July, its three
 * communities then dealing with the district's departments directly. Recorded once and never
 * changed; {@link DivisionTimeline} reads the divisions in force on a day from the changes.
 *
 * <p>Codes are never reused or rewritten: a division keeps its code, and its records theirs; a
 * change says which divisions end and which carry on their records. A division that absorbs others
 * is listed among the predecessors as well as the successor.
 *
 * @param id its key, at most 64 characters
 * @param kind what happened
 * @param effective the first day of the new arrangement
 * @param predecessors the divisions before the change, distinct, all of one tier and one county
 * @param successors the divisions after it, of the same tier and county
 * @param formerName a rename's old name, else null
 * @param newName a rename's new name, else null
 * @param basis the decision it rests on (批复、决定), with its number or date; document and article at
 *     most 200 characters each
 * @param version the stored version: 0 before it is stored, 1 after (it never changes)
 */
public record DivisionChange(
    String id,
    Kind kind,
    LocalDate effective,
    List<DivisionCode> predecessors,
    List<DivisionCode> successors,
    @Nullable String formerName,
    @Nullable String newName,
    Citation basis,
    long version)
    implements Versioned<DivisionChange> {
  private static final String SUBJECT = "DivisionChange";

  /** What a change does. */
  public enum Kind {
    /** Two or more streets, or communities, merged into one (撤并、合并). */
    MERGE(Text.of("合并", "merge")),
    /** A community split into two or more (拆分). */
    SPLIT(Text.of("拆分", "split")),
    /** A street or community renamed (更名). */
    RENAME(Text.of("更名", "rename")),
    /** A street office abolished (撤销街道办事处): its communities deal with the district directly. */
    ABOLISH(Text.of("撤销", "abolition"));

    private final Text label;

    Kind(Text label) {
      this.label = label;
    }

    /** The kind in words. */
    public Text label() {
      return label;
    }
  }

  /**
   * Checks the change is one the kind allows.
   *
   * @throws InvalidInputException naming the field that is wrong
   */
  public DivisionChange {
    Checks.key(id, SUBJECT, "id");
    if (id.length() > 64) {
      throw InvalidInputException.of(SUBJECT, "id", "must be at most 64 characters");
    }
    Checks.required(kind, SUBJECT, "kind");
    Checks.required(effective, SUBJECT, "effective");
    predecessors = Checks.listOf(predecessors, SUBJECT, "predecessors");
    successors = Checks.listOf(successors, SUBJECT, "successors");
    Checks.required(basis, SUBJECT, "basis");
    if (basis.document().length() > 200
        || (basis.article() != null && basis.article().length() > 200)) {
      throw InvalidInputException.of(
          SUBJECT, "basis", "its document and article must be at most 200 characters each");
    }
    Checks.version(version, SUBJECT);
    distinct(predecessors, "predecessors");
    distinct(successors, "successors");
    if (predecessors.isEmpty()) {
      throw InvalidInputException.of(SUBJECT, "predecessors", "must name at least one division");
    }
    DivisionCode first = predecessors.get(0);
    for (DivisionCode code : concat(predecessors, successors)) {
      if (code.tier() != first.tier() || !code.countyCode().equals(first.countyCode())) {
        throw InvalidInputException.of(
            SUBJECT, "successors", "must all be of one tier and one county, as " + first + " is");
      }
    }
    if (first.tier() == DivisionCode.Tier.COUNTY) {
      throw InvalidInputException.of(
          SUBJECT, "predecessors", "must be streets or communities: a county's code is its own");
    }
    shape(kind, predecessors, successors, first);
    boolean rename = kind == Kind.RENAME;
    name(formerName, rename, "formerName");
    name(newName, rename, "newName");
  }

  private static void shape(
      Kind kind, List<DivisionCode> before, List<DivisionCode> after, DivisionCode first) {
    String problem =
        switch (kind) {
          case MERGE ->
              before.size() < 2 || after.size() != 1
                  ? "a merge takes two or more divisions into one"
                  : null;
          case SPLIT ->
              before.size() != 1 || after.size() < 2 || first.tier() != DivisionCode.Tier.COMMUNITY
                  ? "a split takes one community into two or more"
                  : null;
          case RENAME ->
              before.size() != 1 || !after.equals(before)
                  ? "a rename keeps one division under its code"
                  : null;
          case ABOLISH ->
              before.size() != 1 || !after.isEmpty() || first.tier() != DivisionCode.Tier.STREET
                  ? "an abolition ends one street office, with no successor"
                  : null;
        };
    if (problem != null) {
      throw InvalidInputException.of(SUBJECT, "successors", problem);
    }
  }

  private static void name(@Nullable String name, boolean wanted, String field) {
    if (wanted && (name == null || name.isBlank() || name.length() > 100)) {
      throw InvalidInputException.of(SUBJECT, field, "a rename needs it, 1 to 100 characters");
    }
    if (!wanted && name != null) {
      throw InvalidInputException.of(SUBJECT, field, "only a rename has one");
    }
  }

  private static void distinct(List<DivisionCode> codes, String field) {
    if (codes.size() > 200) {
      throw InvalidInputException.of(SUBJECT, field, "must be at most 200");
    }
    Set<DivisionCode> seen = new HashSet<>();
    for (DivisionCode code : codes) {
      if (!seen.add(Checks.required(code, SUBJECT, field))) {
        throw InvalidInputException.of(SUBJECT, field, "name " + code + " more than once");
      }
    }
  }

  private static List<DivisionCode> concat(List<DivisionCode> a, List<DivisionCode> b) {
    List<DivisionCode> all = new java.util.ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  /**
   * Two or more divisions merged into {@code into} (which may be one of them) from {@code
   * effective}.
   */
  public static DivisionChange merge(
      String id,
      LocalDate effective,
      List<DivisionCode> merged,
      DivisionCode into,
      Citation basis) {
    return new DivisionChange(
        id,
        Kind.MERGE,
        effective,
        merged,
        List.of(Checks.required(into, SUBJECT, "into")),
        null,
        null,
        basis,
        0);
  }

  /** A street office abolished from {@code effective}. */
  public static DivisionChange abolish(
      String id, LocalDate effective, DivisionCode street, Citation basis) {
    return new DivisionChange(
        id,
        Kind.ABOLISH,
        effective,
        List.of(Checks.required(street, SUBJECT, "street")),
        List.of(),
        null,
        null,
        basis,
        0);
  }

  /** A division renamed from {@code formerName} to {@code newName} from {@code effective}. */
  public static DivisionChange rename(
      String id,
      LocalDate effective,
      DivisionCode division,
      String formerName,
      String newName,
      Citation basis) {
    List<DivisionCode> one = List.of(Checks.required(division, SUBJECT, "division"));
    return new DivisionChange(id, Kind.RENAME, effective, one, one, formerName, newName, basis, 0);
  }

  /** The county (6-digit code) whose divisions it changes. */
  public String countyCode() {
    return predecessors.get(0).countyCode();
  }

  /** The divisions that end with the change: predecessors that are not successors. */
  public List<DivisionCode> ended() {
    return predecessors.stream().filter(p -> !successors.contains(p)).toList();
  }

  /** The divisions that begin with it: successors that are not predecessors. */
  public List<DivisionCode> begun() {
    return successors.stream().filter(s -> !predecessors.contains(s)).toList();
  }

  @Override
  public DivisionChange withVersion(long newVersion) {
    return new DivisionChange(
        id, kind, effective, predecessors, successors, formerName, newName, basis, newVersion);
  }
}
