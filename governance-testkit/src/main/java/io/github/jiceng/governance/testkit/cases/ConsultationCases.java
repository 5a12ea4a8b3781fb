package io.github.jiceng.governance.testkit.cases;

import static io.github.jiceng.governance.testkit.cases.CaseFile.choice;
import static io.github.jiceng.governance.testkit.cases.CaseFile.date;
import static io.github.jiceng.governance.testkit.cases.CaseFile.items;
import static io.github.jiceng.governance.testkit.cases.CaseFile.mapping;
import static io.github.jiceng.governance.testkit.cases.CaseFile.number;
import static io.github.jiceng.governance.testkit.cases.CaseFile.required;
import static io.github.jiceng.governance.testkit.cases.CaseFile.text;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.committee.AttendanceBasis;
import io.github.jiceng.governance.consultation.Consultation;
import io.github.jiceng.governance.consultation.ConsultationForm;
import io.github.jiceng.governance.consultation.ConsultationParty;
import io.github.jiceng.governance.consultation.ConsultationRules;
import io.github.jiceng.governance.consultation.Vote;
import io.github.jiceng.governance.consultation.VoterGroup;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.policy.Compliance;
import io.github.jiceng.governance.policy.Decision;
import io.github.jiceng.governance.policy.Policy;
import io.github.jiceng.governance.policy.RuleSet;
import io.github.jiceng.governance.testkit.cases.CaseNode.Mapping;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The consultation family: a case is one consultation held on the case's {@code as-of} day, decided
 * against the policy file's catalogue and the meeting rules ({@link
 * ConsultationRules#CONSULTATION}).
 *
 * <pre>
 * consultation:
 *   matter: parking
 *   raised-by: owners-committee
 *   form: residents-meeting
 *   consulted: [owners-committee, property-service]
 *   vote:                       # omit when no vote was taken
 *     basis: households
 *     notice: 2026-05-10
 *     groups:
 *       - {name: 第一居民小组, eligible: 320, present: 210, for: 190, against: 15, abstain: 5}
 * </pre>
 */
final class ConsultationCases extends ComplianceCases {
  private static final Set<String> KEYS =
      Set.of("matter", "raised-by", "form", "consulted", "vote");
  private static final Set<String> VOTE = Set.of("basis", "notice", "groups");
  private static final Set<String> GROUP =
      Set.of("name", "eligible", "present", "for", "against", "abstain");
  private static final DivisionCode SAMPLE = DivisionCode.of("341802002006");

  /** A case's consultation, its day still to come from the case's as-of. */
  private record Input(
      String id,
      String matter,
      ConsultationParty raisedBy,
      ConsultationForm form,
      Set<ConsultationParty> consulted,
      @Nullable Vote vote,
      int line) {}

  @Override
  public String id() {
    return "consultation";
  }

  @Override
  public Set<String> inputKeys() {
    return Set.of("consultation");
  }

  @Override
  RuleSet<?, Compliance> rules() {
    return ConsultationRules.CONSULTATION;
  }

  @Override
  Decision<Compliance> check(Object input, Policy policy, LocalDate asOf) {
    Input in = (Input) input;
    Consultation consultation;
    try {
      consultation =
          Consultation.of(
              in.id(),
              SAMPLE,
              in.matter(),
              in.raisedBy(),
              in.form(),
              in.consulted(),
              asOf,
              in.vote());
    } catch (InvalidInputException e) {
      throw new CaseFileException("the consultation is wrong: " + e.getMessage(), in.line());
    }
    return ConsultationRules.check(consultation, policy);
  }

  @Override
  public Object readInput(Mapping c, String caseName, int number) {
    CaseNode node = required(c, "consultation");
    Mapping m = mapping(node, KEYS, "consultation");
    Set<ConsultationParty> consulted = EnumSet.noneOf(ConsultationParty.class);
    for (CaseNode party : items(m.fields().get("consulted"), "consultation.consulted")) {
      consulted.add(choice(party, "consultation.consulted", ConsultationParty.class));
    }
    ConsultationForm form =
        choice(
            required(m, "form", "consultation.form"), "consultation.form", ConsultationForm.class);
    CaseNode vote = m.fields().get("vote");
    return new Input(
        "case-" + number,
        text(required(m, "matter", "consultation.matter"), "consultation.matter"),
        choice(
            required(m, "raised-by", "consultation.raised-by"),
            "consultation.raised-by",
            ConsultationParty.class),
        form,
        consulted,
        vote == null ? null : vote(mapping(vote, VOTE, "consultation.vote"), form),
        node.line());
  }

  private static Vote vote(Mapping v, ConsultationForm form) {
    List<VoterGroup> groups = new ArrayList<>();
    for (CaseNode node : items(required(v, "groups", "vote.groups"), "vote.groups")) {
      Mapping g = mapping(node, GROUP, "a voter group");
      try {
        groups.add(
            new VoterGroup(
                text(required(g, "name", "group.name"), "group.name"),
                number(required(g, "eligible", "group.eligible"), "group.eligible"),
                number(required(g, "present", "group.present"), "group.present"),
                number(required(g, "for", "group.for"), "group.for"),
                count(g, "against"),
                count(g, "abstain")));
      } catch (InvalidInputException e) {
        throw new CaseFileException("a voter group is wrong: " + e.getMessage(), node.line());
      }
    }
    CaseNode notice = v.fields().get("notice");
    try {
      return new Vote(
          form,
          choice(required(v, "basis", "vote.basis"), "vote.basis", AttendanceBasis.class),
          groups,
          notice == null ? null : date(notice, "vote.notice"));
    } catch (InvalidInputException e) {
      throw new CaseFileException("the vote is wrong: " + e.getMessage(), v.line());
    }
  }

  private static int count(Mapping g, String key) {
    CaseNode node = g.fields().get(key);
    return node == null ? 0 : number(node, "group." + key);
  }
}
