package io.github.jiceng.governance.care;

import io.github.jiceng.governance.internal.Checks;
import io.github.jiceng.governance.people.CareTag;
import io.github.jiceng.governance.policy.ComparedValue;
import io.github.jiceng.governance.policy.Compliance;
import io.github.jiceng.governance.policy.Decision;
import io.github.jiceng.governance.policy.ParameterKey;
import io.github.jiceng.governance.policy.Policy;
import io.github.jiceng.governance.policy.Rule;
import io.github.jiceng.governance.policy.RuleContext;
import io.github.jiceng.governance.policy.RuleSet;
import io.github.jiceng.governance.policy.Text;
import io.github.jiceng.governance.policy.Verdict;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The care rule {@value #CONTACT_DUE}: a resident with a care tag has at least one visit or talk in
 * every round of {@code care.contact.<tag>.months} months (calendar rounds: 3 months are the
 * quarters). On a day, the resident is overdue when a round has ended without a contact since the
 * last one — by the days since that round ended. With no contact recorded, only the last ended
 * round is counted (when the care began is not known). No national schedule exists: the months are
 * a city's or county's (seed report 003: a released prisoner at least one talk a quarter).
 */
public final class CareRules {
  private CareRules() {}

  /** Rule id: a contact in every round. */
  public static final String CONTACT_DUE = "CARE-CONTACT-DUE";

  /** The months of a round of contacts for residents with {@code tag}, e.g. 3 for a quarter. */
  public static ParameterKey<Integer> roundMonths(CareTag tag) {
    Checks.required(tag, "CareRules.roundMonths", "tag");
    return KEYS.get(tag.ordinal());
  }

  private static final List<ParameterKey<Integer>> KEYS =
      Arrays.stream(CareTag.values())
          .map(
              t ->
                  ParameterKey.of(
                      "care.contact."
                          + t.name().toLowerCase(Locale.ROOT).replace('_', '-')
                          + ".months",
                      Integer.class,
                      Text.of(
                          t.label().zh() + "走访谈话周期（月）",
                          "months in a round of contacts with " + t.label().en() + " residents")))
          .toList();

  /** Every parameter key of the care rules, for loaders that read parameters by id. */
  public static List<ParameterKey<?>> keys() {
    return List.copyOf(KEYS);
  }

  /** The rule every cared-for resident must satisfy. */
  public static final RuleSet<CareFacts, Compliance> CARE =
      new RuleSet<>(
          "care-rules",
          List.of(
              Rule.of(
                  CONTACT_DUE,
                  Text.of("按周期走访谈话", "a visit or talk in every round"),
                  List.of(),
                  CareRules::contactDue)),
          Compliance.combiner());

  /** Decides whether the resident of {@code facts} is up to date with contacts on {@code asOf}. */
  public static Decision<Compliance> check(CareFacts facts, Policy policy, LocalDate asOf) {
    Checks.required(facts, "CareRules.check", "facts");
    Checks.required(policy, "CareRules.check", "policy");
    Checks.required(asOf, "CareRules.check", "asOf");
    return CARE.evaluate(facts.residentId() + " " + facts.tag(), facts, policy, asOf);
  }

  /**
   * How many days the resident is overdue on {@code asOf}: 0 if not, or if the policy sets no round
   * for the tag. The same reckoning the rule explains.
   */
  public static long overdueDays(CareFacts facts, Policy policy, LocalDate asOf) {
    Checks.required(facts, "CareRules.overdueDays", "facts");
    Checks.required(policy, "CareRules.overdueDays", "policy");
    Checks.required(asOf, "CareRules.overdueDays", "asOf");
    return policy
        .parameter(roundMonths(facts.tag()))
        .flatMap(p -> p.at(asOf))
        .map(v -> overdue(facts.lastContact(), v.value(), asOf))
        .orElse(0L);
  }

  private static Verdict contactDue(CareFacts f, RuleContext c) {
    Optional<Integer> months = c.find(roundMonths(f.tag()));
    if (months.isEmpty()) {
      return c.notApplicable(
          Text.of(
              "政策未规定" + f.tag().label().zh() + "走访周期",
              "the policy sets no round of contacts for " + f.tag().label().en()));
    }
    int n = months.get();
    LocalDate asOf = c.asOf();
    long days = overdue(f.lastContact(), n, asOf);
    LocalDate last = f.lastContact();
    String lastZh = last == null ? "无走访谈话记录" : "上次走访谈话 " + last;
    String lastEn = last == null ? "no visit or talk recorded" : "last visit or talk " + last;
    return c.check(
        days == 0,
        Text.of(
            lastZh + "，周期 " + n + " 个月" + (days == 0 ? "，未超期" : "，超期 " + days + " 天"),
            lastEn
                + "; rounds of "
                + n
                + " months; "
                + (days == 0 ? "not overdue" : days + " days overdue")),
        ComparedValue.of("days overdue", days, 0));
  }

  /** Days since the first round that ended without a contact after {@code last}; 0 if none. */
  private static long overdue(@Nullable LocalDate last, int months, LocalDate asOf) {
    return io.github.jiceng.governance.calendar.CalendarRounds.overdueDays(
        last, Math.min(120, Math.max(1, months)), asOf);
  }
}
