package io.github.jiceng.governance.testkit.cases;

import static io.github.jiceng.governance.testkit.cases.CaseFile.choice;
import static io.github.jiceng.governance.testkit.cases.CaseFile.date;
import static io.github.jiceng.governance.testkit.cases.CaseFile.flag;
import static io.github.jiceng.governance.testkit.cases.CaseFile.items;
import static io.github.jiceng.governance.testkit.cases.CaseFile.mapping;
import static io.github.jiceng.governance.testkit.cases.CaseFile.required;
import static io.github.jiceng.governance.testkit.cases.CaseFile.text;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.committee.CommitteeKind;
import io.github.jiceng.governance.openness.MajorMatter;
import io.github.jiceng.governance.openness.OpennessFacts;
import io.github.jiceng.governance.openness.OpennessRules;
import io.github.jiceng.governance.openness.Publication;
import io.github.jiceng.governance.openness.PublicationKind;
import io.github.jiceng.governance.policy.Compliance;
import io.github.jiceng.governance.policy.Decision;
import io.github.jiceng.governance.policy.Policy;
import io.github.jiceng.governance.policy.RuleSet;
import io.github.jiceng.governance.testkit.cases.CaseNode.Mapping;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The openness family: a case is one committee's publication log and the major matters it decided,
 * checked on the case's {@code as-of} day by {@link OpennessRules#OPENNESS}: a villagers'
 * committee's under the villagers' committee law, a residents' committee's under a city's numbers.
 *
 * <pre>
 * openness:
 *   committee: villagers          # or residents (居务公开: a city's rounds); villagers if absent
 *   busy-finances: yes
 *   published:
 *     - {kind: ordinary, on: 2026-05-15}
 *     - {kind: finances, on: 2026-05-31}
 *     - {kind: major, on: 2026-06-03, matter: land}
 *   major: [{key: land, decided: 2026-06-02}]
 * </pre>
 */
final class OpennessCases extends ComplianceCases {
  private static final Set<String> KEYS =
      Set.of("committee", "busy-finances", "published", "major");
  private static final Set<String> PUBLICATION = Set.of("kind", "on", "matter");
  private static final Set<String> MAJOR = Set.of("key", "decided");

  @Override
  public String id() {
    return "openness";
  }

  @Override
  public Set<String> inputKeys() {
    return Set.of("openness");
  }

  @Override
  RuleSet<?, Compliance> rules() {
    return OpennessRules.OPENNESS;
  }

  @Override
  Decision<Compliance> check(Object input, Policy policy, LocalDate asOf) {
    return OpennessRules.check((OpennessFacts) input, policy, asOf);
  }

  @Override
  public Object readInput(Mapping c, String caseName, int number) {
    CaseNode node = required(c, "openness");
    Mapping m = mapping(node, KEYS, "openness");
    List<Publication> log = new ArrayList<>();
    for (CaseNode p : items(m.fields().get("published"), "openness.published")) {
      Mapping pm = mapping(p, PUBLICATION, "a publication");
      CaseNode matter = pm.fields().get("matter");
      try {
        log.add(
            new Publication(
                choice(
                    required(pm, "kind", "publication.kind"),
                    "publication.kind",
                    PublicationKind.class),
                date(required(pm, "on", "publication.on"), "publication.on"),
                matter == null ? null : text(matter, "publication.matter")));
      } catch (InvalidInputException e) {
        throw new CaseFileException("a publication is wrong: " + e.getMessage(), p.line());
      }
    }
    List<MajorMatter> majors = new ArrayList<>();
    for (CaseNode n : items(m.fields().get("major"), "openness.major")) {
      Mapping mm = mapping(n, MAJOR, "a major matter");
      try {
        majors.add(
            new MajorMatter(
                text(required(mm, "key", "major.key"), "major.key"),
                date(required(mm, "decided", "major.decided"), "major.decided")));
      } catch (InvalidInputException e) {
        throw new CaseFileException("a major matter is wrong: " + e.getMessage(), n.line());
      }
    }
    CaseNode busy = m.fields().get("busy-finances");
    CaseNode committee = m.fields().get("committee");
    try {
      return new OpennessFacts(
          "case-" + number,
          committee == null
              ? CommitteeKind.VILLAGERS
              : choice(committee, "openness.committee", CommitteeKind.class),
          busy != null && flag(busy, "openness.busy-finances"),
          log,
          majors);
    } catch (InvalidInputException e) {
      throw new CaseFileException("the openness case is wrong: " + e.getMessage(), node.line());
    }
  }
}
