package io.github.jiceng.governance.testkit.cases;

import static io.github.jiceng.governance.testkit.cases.CaseFile.choice;
import static io.github.jiceng.governance.testkit.cases.CaseFile.community;
import static io.github.jiceng.governance.testkit.cases.CaseFile.convert;
import static io.github.jiceng.governance.testkit.cases.CaseFile.mapping;
import static io.github.jiceng.governance.testkit.cases.CaseFile.number;
import static io.github.jiceng.governance.testkit.cases.CaseFile.required;

import io.github.jiceng.governance.committee.Committee;
import io.github.jiceng.governance.committee.CommitteeKind;
import io.github.jiceng.governance.committee.CommitteeRole;
import io.github.jiceng.governance.committee.CommitteeRules;
import io.github.jiceng.governance.committee.Term;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.policy.Compliance;
import io.github.jiceng.governance.policy.Decision;
import io.github.jiceng.governance.policy.Policy;
import io.github.jiceng.governance.policy.RuleSet;
import io.github.jiceng.governance.testkit.cases.CaseNode.Mapping;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * The committee family: a case describes a residents' or villagers' committee by its numbers —
 * households, members in office, directors, term — and is checked against the committee law ({@link
 * CommitteeRules#COMMITTEE}).
 *
 * <pre>
 * committee:
 *   kind: residents          # or villagers
 *   households: 650
 *   members: 7               # in office for the whole term
 *   directors: 1             # default 1; counted among the members
 *   term: {start: 2021-05-01, end: 2026-04-30}
 *   community: 341802001001  # optional; the rules do not depend on it
 * </pre>
 */
final class CommitteeCases extends ComplianceCases {
  private static final Set<String> COMMITTEE =
      Set.of("kind", "households", "members", "directors", "term", "community");

  /** A placeholder for the governed community when a case does not name one. */
  private static final DivisionCode ANY_COMMUNITY = DivisionCode.of("341802001001");

  @Override
  public String id() {
    return "committee";
  }

  @Override
  public Set<String> inputKeys() {
    return Set.of("committee");
  }

  @Override
  RuleSet<?, Compliance> rules() {
    return CommitteeRules.COMMITTEE;
  }

  @Override
  Decision<Compliance> check(Object input, Policy policy, LocalDate asOf) {
    return CommitteeRules.checkCommittee((Committee) input, policy, asOf);
  }

  @Override
  public Object readInput(Mapping c, String caseName, int number) {
    Mapping m = mapping(required(c, "committee"), COMMITTEE, "committee");
    Map<String, CaseNode> f = m.fields();
    CommitteeKind kind =
        choice(required(m, "kind", "committee.kind"), "committee.kind", CommitteeKind.class);
    int members = number(required(m, "members", "committee.members"), "committee.members");
    int directors =
        f.containsKey("directors") ? number(f.get("directors"), "committee.directors") : 1;
    if (directors > members) {
      CaseNode where = f.containsKey("directors") ? f.get("directors") : f.get("members");
      throw new CaseFileException(
          "'committee.directors' ("
              + directors
              + (f.containsKey("directors") ? "" : ", the default")
              + ") cannot exceed 'committee.members' ("
              + members
              + ")",
          java.util.Objects.requireNonNull(where, "members is required").line());
    }
    Term term = term(required(m, "term", "committee.term"), "committee.term");
    DivisionCode community =
        f.containsKey("community") ? community(f.get("community")) : ANY_COMMUNITY;
    return convert(
        m,
        "committee",
        node -> {
          Committee.Builder builder =
              Committee.builder("CASE-" + number, kind)
                  .division(community)
                  .name(caseName.length() > 100 ? caseName.substring(0, 100) : caseName)
                  .households(
                      number(
                          required(node, "households", "committee.households"),
                          "committee.households"))
                  .term(term);
          for (int i = 1; i <= members; i++) {
            builder.member(
                "成员" + i, i <= directors ? CommitteeRole.DIRECTOR : CommitteeRole.MEMBER);
          }
          return builder.build();
        });
  }

  /** A term written {@code {start: YYYY-MM-DD, end: YYYY-MM-DD}}. */
  static Term term(CaseNode node, String name) {
    Mapping t = mapping(node, Set.of("start", "end"), "'" + name + "'");
    return convert(
        t,
        name,
        m ->
            Term.of(
                CaseFile.date(required(m, "start", name + ".start"), name + ".start"),
                CaseFile.date(required(m, "end", name + ".end"), name + ".end")));
  }
}
