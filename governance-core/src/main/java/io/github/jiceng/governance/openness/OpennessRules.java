package io.github.jiceng.governance.openness;

import io.github.jiceng.governance.calendar.CalendarRounds;
import io.github.jiceng.governance.committee.CommitteeKind;
import io.github.jiceng.governance.internal.Checks;
import io.github.jiceng.governance.policy.Citation;
import io.github.jiceng.governance.policy.ComparedValue;
import io.github.jiceng.governance.policy.Compliance;
import io.github.jiceng.governance.policy.Decision;
import io.github.jiceng.governance.policy.EffectivePeriod;
import io.github.jiceng.governance.policy.ParameterKey;
import io.github.jiceng.governance.policy.ParameterVersion;
import io.github.jiceng.governance.policy.Policy;
import io.github.jiceng.governance.policy.Rule;
import io.github.jiceng.governance.policy.RuleContext;
import io.github.jiceng.governance.policy.RuleSet;
import io.github.jiceng.governance.policy.Text;
import io.github.jiceng.governance.policy.Verdict;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The openness rules of a villagers' committee (村务公开), each saying on a day what is overdue and by
 * how many days: {@value #ORDINARY} — ordinary affairs in every calendar round of {@link
 * #ORDINARY_MONTHS} (3: a quarter); {@value #FINANCES} — finances every {@link #FINANCE_MONTHS} (1)
 * where collective finances are busy, else with the ordinary round; {@value #MAJOR} — a major
 * matter published at once, late by every day it is not; {@value #PARTY} — party affairs every
 * {@link #PARTY_MONTHS}, which no national law numbers (a city sets it; the seeds' "三公开"). The
 * numbers of the first two are the 《村民委员会组织法》 (2010 revision) 第三十条's, read in the text of the law
 * as amended in 2018 that the 国家法律法规数据库 publishes.
 *
 * <p>A residents' committee (居务公开) is held to the same rules with the numbers a city's measures
 * set: {@link #RESIDENTS_ORDINARY_MONTHS}, {@link #RESIDENTS_FINANCE_MONTHS}, and for major matters
 * {@link #MAJOR_DAYS}. The 《城市居民委员会组织法》 numbers none, so none is a national default, and each rule
 * is not applicable to a residents' committee until a policy sets its number.
 */
public final class OpennessRules {
  private OpennessRules() {}

  /** Rule id: ordinary affairs published every round. */
  public static final String ORDINARY = "OPEN-ORDINARY";

  /** Rule id: finances published every round. */
  public static final String FINANCES = "OPEN-FINANCES";

  /** Rule id: major matters published at once. */
  public static final String MAJOR = "OPEN-MAJOR";

  /** Rule id: party affairs published every round the policy sets. */
  public static final String PARTY = "OPEN-PARTY";

  private static final Citation ARTICLE_30 =
      Citation.of(
          "《中华人民共和国村民委员会组织法》（2010年修订，2018年修正）",
          "第三十条：一般事项至少每季度公布一次；集体财务往来较多的，财务收支情况应当每月公布一次；涉及村民利益的重大事项应当随时公布");

  /** Months in a round of ordinary affairs (一般事项至少每季度公布一次). */
  public static final ParameterKey<Integer> ORDINARY_MONTHS =
      ParameterKey.of(
          "openness.village.ordinary-months",
          Integer.class,
          Text.of("一般事项公开周期（月）", "months in a round of ordinary affairs"));

  /** Months in a round of finances where collective finances are busy (每月公布一次). */
  public static final ParameterKey<Integer> FINANCE_MONTHS =
      ParameterKey.of(
          "openness.village.finance-months",
          Integer.class,
          Text.of("财务收支公开周期（月）", "months in a round of finances, where they are busy"));

  /**
   * Days a major matter may wait before it is late; none nationally (随时公布: late from the day after
   * its decision), a city may allow some.
   */
  public static final ParameterKey<Integer> MAJOR_DAYS =
      ParameterKey.of(
          "openness.major.days",
          Integer.class,
          Text.of("重大事项公开时限（日）", "days a major matter may wait to be published"));

  /** Months in a round of party affairs; no national number. */
  public static final ParameterKey<Integer> PARTY_MONTHS =
      ParameterKey.of(
          "openness.party.months",
          Integer.class,
          Text.of("党务公开周期（月）", "months in a round of party affairs"));

  /** Months in a round of a residents' committee's ordinary affairs (居务公开); a city's number. */
  public static final ParameterKey<Integer> RESIDENTS_ORDINARY_MONTHS =
      ParameterKey.of(
          "openness.residents.ordinary-months",
          Integer.class,
          Text.of("居务公开周期（月）", "months in a round of a residents' committee's affairs"));

  /**
   * Months in a round of a residents' committee's finances where they are busy; a city's number.
   */
  public static final ParameterKey<Integer> RESIDENTS_FINANCE_MONTHS =
      ParameterKey.of(
          "openness.residents.finance-months",
          Integer.class,
          Text.of("居委会财务公开周期（月）", "months in a round of a residents' committee's busy finances"));

  /** Every parameter key of these rules, for loaders that read parameters by id. */
  public static List<ParameterKey<?>> keys() {
    return List.of(
        ORDINARY_MONTHS,
        FINANCE_MONTHS,
        MAJOR_DAYS,
        PARTY_MONTHS,
        RESIDENTS_ORDINARY_MONTHS,
        RESIDENTS_FINANCE_MONTHS);
  }

  /**
   * The parameter that numbers the round of {@code kind} for this committee: the villagers'
   * committee law's, a city's for a residents' committee, the ordinary round's for finances that
   * are not busy; null for a major matter, which has no round.
   */
  private static @Nullable ParameterKey<Integer> roundKey(OpennessFacts f, PublicationKind kind) {
    boolean village = f.kind() == CommitteeKind.VILLAGERS;
    return switch (kind) {
      case ORDINARY -> village ? ORDINARY_MONTHS : RESIDENTS_ORDINARY_MONTHS;
      case FINANCES ->
          f.busyFinances()
              ? (village ? FINANCE_MONTHS : RESIDENTS_FINANCE_MONTHS)
              : roundKey(f, PublicationKind.ORDINARY);
      case PARTY_AFFAIRS -> PARTY_MONTHS;
      case MAJOR -> null;
    };
  }

  /** Whether the committee's major matters are due at once: always a village's, a city's choice. */
  private static boolean majorsDue(OpennessFacts f, Optional<Integer> cityDays) {
    return f.kind() == CommitteeKind.VILLAGERS || cityDays.isPresent();
  }

  /** Adds article 30's numbers, in force from the 2010 revision, to {@code policy}. */
  public static Policy.Builder addNationalDefaults(Policy.Builder policy) {
    Checks.required(policy, "OpennessRules.addNationalDefaults", "policy");
    EffectivePeriod since = EffectivePeriod.from(LocalDate.of(2010, 10, 28));
    return policy
        .define(ORDINARY_MONTHS, ParameterVersion.of(3, since, ARTICLE_30, "every quarter"))
        .define(FINANCE_MONTHS, ParameterVersion.of(1, since, ARTICLE_30, "every month"));
  }

  /** What is overdue on a day under one rule. */
  public record Overdue(String ruleId, Text what, long days) {}

  /** The openness rules. */
  public static final RuleSet<OpennessFacts, Compliance> OPENNESS =
      new RuleSet<>(
          "openness-rules",
          List.of(
              Rule.of(
                  ORDINARY,
                  Text.of("一般事项按期公开", "ordinary affairs published every round"),
                  List.of(),
                  OpennessRules::ordinary),
              Rule.of(
                  FINANCES,
                  Text.of("财务收支按期公开", "finances published every round"),
                  List.of(),
                  OpennessRules::finances),
              Rule.of(
                  MAJOR,
                  Text.of("重大事项随时公开", "major matters published at once"),
                  List.of(ARTICLE_30),
                  OpennessRules::major),
              Rule.of(
                  PARTY,
                  Text.of("党务按期公开", "party affairs published every round"),
                  List.of(),
                  OpennessRules::party)),
          Compliance.combiner());

  /** Decides {@code facts} on {@code asOf}. */
  public static Decision<Compliance> check(OpennessFacts facts, Policy policy, LocalDate asOf) {
    Checks.required(facts, "OpennessRules.check", "facts");
    Checks.required(policy, "OpennessRules.check", "policy");
    Checks.required(asOf, "OpennessRules.check", "asOf");
    return OPENNESS.evaluate("openness of " + facts.committeeId(), facts, policy, asOf);
  }

  /**
   * What is overdue on {@code asOf}, most overdue first: each round missed, each major matter not
   * yet published, with the days and the rule — the reckoning the decision explains (which also
   * names a major matter that was published, but late).
   */
  public static List<Overdue> overdue(OpennessFacts facts, Policy policy, LocalDate asOf) {
    Checks.required(facts, "OpennessRules.overdue", "facts");
    Checks.required(policy, "OpennessRules.overdue", "policy");
    Checks.required(asOf, "OpennessRules.overdue", "asOf");
    List<Overdue> found = new ArrayList<>();
    round(facts, PublicationKind.ORDINARY, policy, asOf, ORDINARY, found);
    round(facts, PublicationKind.FINANCES, policy, asOf, FINANCES, found);
    round(facts, PublicationKind.PARTY_AFFAIRS, policy, asOf, PARTY, found);
    Optional<Integer> grace = Optional.ofNullable(months(policy, MAJOR_DAYS, asOf));
    if (majorsDue(facts, grace)) {
      for (MajorMatter m : facts.majors()) {
        long late = majorLate(facts, m, asOf, grace.orElse(0));
        if (late > 0 && facts.published(m, asOf).isEmpty()) { // one published late is not due
          found.add(
              new Overdue(MAJOR, Text.of("重大事项 " + m.key(), "major matter " + m.key()), late));
        }
      }
    }
    found.sort(java.util.Comparator.comparingLong(Overdue::days).reversed());
    return List.copyOf(found);
  }

  private static @Nullable Integer months(Policy policy, ParameterKey<Integer> key, LocalDate day) {
    return policy.parameter(key).flatMap(p -> p.at(day)).map(v -> v.value()).orElse(null);
  }

  private static void round(
      OpennessFacts f,
      PublicationKind kind,
      Policy policy,
      LocalDate asOf,
      String rule,
      List<Overdue> found) {
    ParameterKey<Integer> key = roundKey(f, kind);
    Integer months = key == null ? null : months(policy, key, asOf);
    if (months == null) {
      return;
    }
    long days =
        CalendarRounds.overdueDays(f.lastPublished(kind, asOf).orElse(null), clamp(months), asOf);
    if (days > 0) {
      found.add(new Overdue(rule, kind.label(), days));
    }
  }

  private static int clamp(int months) {
    return Math.min(120, Math.max(1, months));
  }

  /**
   * Days a major matter is late on {@code asOf}: the days from its decision to its publication (or
   * to {@code asOf} while unpublished), less the {@code grace} days a city allows.
   */
  private static long majorLate(OpennessFacts f, MajorMatter m, LocalDate asOf, int grace) {
    if (m.decided().isAfter(asOf)) {
      return 0;
    }
    Optional<LocalDate> published = f.published(m, asOf);
    LocalDate until = published.orElse(asOf);
    return Math.max(0, ChronoUnit.DAYS.between(m.decided(), until) - Math.max(0, grace));
  }

  private static Verdict ordinary(OpennessFacts f, RuleContext c) {
    return scheduled(f, c, PublicationKind.ORDINARY);
  }

  private static Verdict finances(OpennessFacts f, RuleContext c) {
    return scheduled(f, c, PublicationKind.FINANCES);
  }

  private static Verdict party(OpennessFacts f, RuleContext c) {
    return scheduled(f, c, PublicationKind.PARTY_AFFAIRS);
  }

  /**
   * A round's rule: the villagers' committee law's numbers must be in the policy; a city's numbers
   * (a residents' committee's, party affairs') make the rule apply once they are.
   */
  private static Verdict scheduled(OpennessFacts f, RuleContext c, PublicationKind kind) {
    ParameterKey<Integer> key = java.util.Objects.requireNonNull(roundKey(f, kind));
    boolean national = key == ORDINARY_MONTHS || key == FINANCE_MONTHS;
    Optional<Integer> months = national ? Optional.of(c.use(key)) : c.find(key);
    if (months.isEmpty()) {
      return c.notApplicable(
          kind == PublicationKind.PARTY_AFFAIRS
              ? Text.of("政策未规定党务公开周期", "the policy sets no round for party affairs")
              : Text.of(
                  "居民委员会组织法未规定居务公开周期，由市县规定；本政策未设",
                  "the residents' committee law sets no round; a city does, and this policy sets none"));
    }
    return roundRule(f, c, kind, months.get());
  }

  private static Verdict roundRule(
      OpennessFacts f, RuleContext c, PublicationKind kind, int months) {
    Optional<LocalDate> last = f.lastPublished(kind, c.asOf());
    long days = CalendarRounds.overdueDays(last.orElse(null), clamp(months), c.asOf());
    String lastZh = last.map(d -> "上次公开 " + d).orElse("无公开记录");
    String lastEn = last.map(d -> "last published " + d).orElse("never published");
    return c.check(
        days == 0,
        Text.of(
            kind.label().zh()
                + lastZh
                + "，周期 "
                + months
                + " 个月"
                + (days == 0 ? "，未逾期" : "，逾期 " + days + " 天"),
            kind.label().en()
                + ": "
                + lastEn
                + "; rounds of "
                + months
                + " months; "
                + (days == 0 ? "not overdue" : days + " days overdue")),
        ComparedValue.of(kind.label().en() + " days overdue", days, 0));
  }

  private static Verdict major(OpennessFacts f, RuleContext c) {
    Optional<Integer> cityDays = c.find(MAJOR_DAYS);
    if (!majorsDue(f, cityDays)) {
      return c.notApplicable(
          Text.of(
              "本政策未规定居委会重大事项公开时限",
              "this policy sets no time for a residents' committee's major matters"));
    }
    if (f.majors().isEmpty()) {
      return c.notApplicable(Text.of("无重大事项", "no major matters"));
    }
    List<String> zh = new ArrayList<>();
    List<String> en = new ArrayList<>();
    long worst = 0;
    int grace = cityDays.orElse(0);
    for (MajorMatter m : f.majors()) {
      long late = majorLate(f, m, c.asOf(), grace);
      if (late > 0) {
        zh.add(m.key() + "（" + m.decided() + " 决定，迟 " + late + " 天）");
        en.add(m.key() + " (decided " + m.decided() + ", " + late + " days late)");
        worst = Math.max(worst, late);
      }
    }
    return c.check(
        zh.isEmpty(),
        zh.isEmpty()
            ? Text.of("重大事项均已随时公开", "every major matter published at once")
            : Text.of(
                "未随时公开：" + String.join("、", zh), "not published at once: " + String.join(", ", en)),
        ComparedValue.of("most days late", worst, 0));
  }
}
