package io.github.jiceng.governance.consultation;

import io.github.jiceng.governance.committee.CommitteeRules;
import io.github.jiceng.governance.committee.Meeting;
import io.github.jiceng.governance.internal.Checks;
import io.github.jiceng.governance.policy.Citation;
import io.github.jiceng.governance.policy.ComparedValue;
import io.github.jiceng.governance.policy.Compliance;
import io.github.jiceng.governance.policy.Decision;
import io.github.jiceng.governance.policy.EffectivePeriod;
import io.github.jiceng.governance.policy.IntRange;
import io.github.jiceng.governance.policy.ParameterKey;
import io.github.jiceng.governance.policy.ParameterVersion;
import io.github.jiceng.governance.policy.Policy;
import io.github.jiceng.governance.policy.Rule;
import io.github.jiceng.governance.policy.RuleContext;
import io.github.jiceng.governance.policy.RuleSet;
import io.github.jiceng.governance.policy.Text;
import io.github.jiceng.governance.policy.Verdict;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rules of community consultation, each explained with what it compared:
 *
 * <ul>
 *   <li>{@value #LISTED}: the matter is in the catalogue in force on the day held ({@link
 *       #CATALOGUE}; a community's own, no default);
 *   <li>{@value #RAISER}: whoever raised it may raise it;
 *   <li>{@value #FORM}: it was consulted on in a form the catalogue allows;
 *   <li>{@value #PARTIES}: everyone the catalogue says must take part did;
 *   <li>{@value #VOTE_TAKEN}: a matter the catalogue says a meeting decides had that meeting's
 *       vote;
 *   <li>and, when a vote was taken, the meeting rules of the committee laws on its totals — {@code
 *       MEETING-QUORUM}, {@code MEETING-MAJORITY}, {@code VC-MEETING-NOTICE} — the same rules, with
 *       the same ids and parameters, that {@link CommitteeRules#MEETING} applies to a meeting.
 * </ul>
 *
 * <p>A residents' council is checked by {@value #COUNCIL_HOUSEHOLDS}: its unit's households within
 * {@link #COUNCIL_HOUSEHOLDS_RANGE}.
 */
public final class ConsultationRules {
  private ConsultationRules() {}

  /** Rule id: the matter is in the catalogue. */
  public static final String LISTED = "CONSULT-LISTED";

  /** Rule id: the matter was raised by a party that may raise it. */
  public static final String RAISER = "CONSULT-RAISER";

  /** Rule id: the form is one the catalogue allows for the matter. */
  public static final String FORM = "CONSULT-FORM";

  /** Rule id: every party that must take part did. */
  public static final String PARTIES = "CONSULT-PARTIES";

  /** Rule id: a matter a meeting decides had that meeting's vote. */
  public static final String VOTE_TAKEN = "CONSULT-VOTE-TAKEN";

  /** Rule id: a council's households are within the range. */
  public static final String COUNCIL_HOUSEHOLDS = "COUNCIL-HOUSEHOLDS";

  /** A community's catalogue of matters for consultation (协商事项目录); no default. */
  public static final ParameterKey<ConsultationCatalogue> CATALOGUE =
      ParameterKey.of(
          "consultation.catalogue",
          ConsultationCatalogue.class,
          Text.of("社区协商事项目录", "catalogue of matters for consultation"));

  /** The households a residents' council's unit covers (居民理事会自治单元规模). */
  public static final ParameterKey<IntRange> COUNCIL_HOUSEHOLDS_RANGE =
      ParameterKey.of(
          "consultation.council.households",
          IntRange.class,
          Text.of("居民理事会自治单元户数", "households of a residents' council's unit"));

  /** The date from which the council default is assumed in force: the seed report is of 2016. */
  public static final LocalDate ASSUMED_FROM = LocalDate.of(2016, 1, 1);

  /** Every parameter key of these rules, for loaders that read parameters by id. */
  public static List<ParameterKey<?>> keys() {
    return List.of(CATALOGUE, COUNCIL_HOUSEHOLDS_RANGE);
  }

  /**
   * Adds the council size default: 500 to 1,500 households — the library's reading of seed report
   * 002's "1000户左右", which gives no range; a city sets its own.
   */
  public static Policy.Builder addDefaults(Policy.Builder policy) {
    Checks.required(policy, "ConsultationRules.addDefaults", "policy");
    return policy.define(
        COUNCIL_HOUSEHOLDS_RANGE,
        ParameterVersion.of(
            IntRange.of(500, 1500),
            EffectivePeriod.from(ASSUMED_FROM),
            Citation.of("区民政局社区建设工作报告（种子报告002）", "按照1000户左右规模设立自治单元（500–1500户为本库对“左右”的解读，原文无范围）"),
            "about 1000 households (range assumed)"));
  }

  /** The rules a consultation satisfies. */
  public static final RuleSet<Consultation, Compliance> CONSULTATION =
      new RuleSet<>("consultation-rules", consultationRules(), Compliance.combiner());

  /** The rule a residents' council satisfies. */
  public static final RuleSet<ResidentsCouncil, Compliance> COUNCIL =
      new RuleSet<>(
          "council-rules",
          List.of(
              Rule.of(
                  COUNCIL_HOUSEHOLDS,
                  Text.of("居民理事会自治单元规模适当", "the council's unit has about the set households"),
                  List.of(),
                  ConsultationRules::councilHouseholds)),
          Compliance.combiner());

  /** Decides {@code consultation} under the catalogue and meeting rules in force on its day. */
  public static Decision<Compliance> check(Consultation consultation, Policy policy) {
    Checks.required(consultation, "ConsultationRules.check", "consultation");
    Checks.required(policy, "ConsultationRules.check", "policy");
    return CONSULTATION.evaluate(
        "consultation " + consultation.id() + " on " + consultation.matter(),
        consultation,
        policy,
        consultation.held());
  }

  /** Decides {@code council}'s size under the range in force on {@code asOf}. */
  public static Decision<Compliance> checkCouncil(
      ResidentsCouncil council, Policy policy, LocalDate asOf) {
    Checks.required(council, "ConsultationRules.checkCouncil", "council");
    Checks.required(policy, "ConsultationRules.checkCouncil", "policy");
    Checks.required(asOf, "ConsultationRules.checkCouncil", "asOf");
    return COUNCIL.evaluate("residents' council " + council.id(), council, policy, asOf);
  }

  private static List<Rule<Consultation>> consultationRules() {
    List<Rule<Consultation>> rules = new ArrayList<>();
    rules.add(
        Rule.of(
            LISTED,
            Text.of("协商事项列入协商事项目录", "the matter is in the catalogue"),
            List.of(),
            ConsultationRules::listed));
    rules.add(
        Rule.of(
            RAISER,
            Text.of("由目录规定的主体提出", "raised by a party that may raise it"),
            List.of(),
            ConsultationRules::raiser));
    rules.add(
        Rule.of(
            FORM,
            Text.of("采用目录规定的协商形式", "consulted in a form the catalogue allows"),
            List.of(),
            ConsultationRules::form));
    rules.add(
        Rule.of(
            PARTIES,
            Text.of("目录规定的协商主体均已参加", "everyone who must take part did"),
            List.of(),
            ConsultationRules::parties));
    rules.add(
        Rule.of(
            VOTE_TAKEN,
            Text.of("须经会议表决的事项已表决", "a matter a meeting decides was put to its vote"),
            List.of(),
            ConsultationRules::voteTaken));
    for (Rule<Meeting> meetingRule : CommitteeRules.MEETING.rules()) {
      rules.add(onTheVote(meetingRule));
    }
    return List.copyOf(rules);
  }

  /** A meeting rule applied to a consultation's vote; not applicable when no vote was taken. */
  private static Rule<Consultation> onTheVote(Rule<Meeting> rule) {
    return Rule.of(
        rule.id(),
        rule.title(),
        rule.citations(),
        rule.inForce(),
        (c, context) ->
            c.vote() == null
                ? context.notApplicable(Text.of("未表决", "no vote was taken"))
                : rule.check(c.vote().meeting(c.held()), context));
  }

  private static Optional<ConsultationMatter> matter(Consultation c, RuleContext context) {
    return context.use(CATALOGUE).find(c.matter());
  }

  private static Verdict listed(Consultation c, RuleContext context) {
    Optional<ConsultationMatter> matter = matter(c, context);
    return context.check(
        matter.isPresent(),
        matter
            .map(
                m ->
                    Text.of(
                        "「" + m.name().zh() + "」列入目录",
                        "'" + m.name().en() + "' is in the catalogue"))
            .orElse(
                Text.of(
                    "事项 " + c.matter() + " 不在协商事项目录中",
                    "matter " + c.matter() + " is not in the catalogue")));
  }

  private static Verdict raiser(Consultation c, RuleContext context) {
    Optional<ConsultationMatter> matter = matter(c, context);
    if (matter.isEmpty()) {
      return context.notApplicable(Text.of("事项不在目录中", "the matter is not in the catalogue"));
    }
    Set<ConsultationParty> may = matter.get().raisedBy();
    return context.check(
        may.contains(c.raisedBy()),
        Text.of(
            "由" + c.raisedBy().label().zh() + "提出；可提出的：" + zh(may),
            "raised by " + c.raisedBy().label().en() + "; who may raise it: " + en(may)),
        ComparedValue.of("raised by", c.raisedBy().label().en(), "one of " + en(may)));
  }

  private static Verdict form(Consultation c, RuleContext context) {
    Optional<ConsultationMatter> matter = matter(c, context);
    if (matter.isEmpty()) {
      return context.notApplicable(Text.of("事项不在目录中", "the matter is not in the catalogue"));
    }
    Set<ConsultationForm> forms = matter.get().forms();
    return context.check(
        forms.contains(c.form()),
        Text.of(
            "采用" + c.form().label().zh() + "；目录规定：" + zhForms(forms),
            "held as a " + c.form().label().en() + "; the catalogue allows: " + enForms(forms)),
        ComparedValue.of("form", c.form().label().en(), "one of " + enForms(forms)));
  }

  private static Verdict parties(Consultation c, RuleContext context) {
    Optional<ConsultationMatter> matter = matter(c, context);
    if (matter.isEmpty()) {
      return context.notApplicable(Text.of("事项不在目录中", "the matter is not in the catalogue"));
    }
    Set<ConsultationParty> missing = EnumSet.noneOf(ConsultationParty.class);
    missing.addAll(matter.get().consult());
    missing.removeAll(c.consulted());
    if (matter.get().consult().isEmpty()) {
      return context.satisfied(
          Text.of("目录未规定必须参加的主体", "the catalogue names no one who must take part"));
    }
    return context.check(
        missing.isEmpty(),
        missing.isEmpty()
            ? Text.of(
                "必须参加的均已参加：" + zh(matter.get().consult()),
                "all who must take part did: " + en(matter.get().consult()))
            : Text.of("未参加：" + zh(missing), "did not take part: " + en(missing)),
        ComparedValue.of("missing", missing.size(), "0"));
  }

  private static Verdict voteTaken(Consultation c, RuleContext context) {
    Optional<ConsultationMatter> matter = matter(c, context);
    if (matter.isEmpty()) {
      return context.notApplicable(Text.of("事项不在目录中", "the matter is not in the catalogue"));
    }
    Optional<ConsultationForm> deciding = matter.get().decidingForm();
    if (deciding.isEmpty()) {
      return context.notApplicable(Text.of("该事项无须会议表决", "no meeting need decide the matter"));
    }
    ConsultationForm form = deciding.get();
    boolean taken = c.vote() != null && c.vote().form() == form;
    return context.check(
        taken,
        taken
            ? Text.of("经" + form.label().zh() + "表决", "put to the " + form.label().en() + "'s vote")
            : Text.of(
                "须经" + form.label().zh() + "表决，未表决",
                "must be put to the " + form.label().en() + "'s vote; it was not"));
  }

  private static Verdict councilHouseholds(ResidentsCouncil council, RuleContext context) {
    IntRange range = context.use(COUNCIL_HOUSEHOLDS_RANGE);
    return context.check(
        range.contains(council.households()),
        Text.of(
            "自治单元 " + council.households() + " 户，规定 " + range.min() + "–" + range.max() + " 户",
            council.households()
                + " households; a council's unit has "
                + range.min()
                + "–"
                + range.max()),
        ComparedValue.of("households", council.households(), range.min() + "–" + range.max()));
  }

  private static String zh(Set<ConsultationParty> parties) {
    return parties.stream().map(p -> p.label().zh()).collect(Collectors.joining("、"));
  }

  private static String en(Set<ConsultationParty> parties) {
    return parties.stream().map(p -> p.label().en()).collect(Collectors.joining(", "));
  }

  private static String zhForms(Set<ConsultationForm> forms) {
    return forms.stream().map(f -> f.label().zh()).collect(Collectors.joining("、"));
  }

  private static String enForms(Set<ConsultationForm> forms) {
    return forms.stream().map(f -> f.label().en()).collect(Collectors.joining(", "));
  }
}
