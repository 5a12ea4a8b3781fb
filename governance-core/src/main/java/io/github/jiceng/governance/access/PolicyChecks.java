package io.github.jiceng.governance.access;

import io.github.jiceng.governance.access.AccessPolicy.Location;
import io.github.jiceng.governance.calendar.WorkingCalendar;
import io.github.jiceng.governance.policy.EffectivePeriod;
import io.github.jiceng.governance.policy.Parameter;
import io.github.jiceng.governance.policy.ParameterKey;
import io.github.jiceng.governance.policy.ParameterVersion;
import io.github.jiceng.governance.policy.Policy;
import io.github.jiceng.governance.policy.PolicyProblem;
import io.github.jiceng.governance.policy.PolicyProblem.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The static check of an access policy, run by {@link AccessPolicy.Builder#build()}.
 *
 * <p>Errors: an item code on two lists in overlapping periods (INCOMPATIBLE_LISTS); a code twice on
 * one list, or a prohibited kind or form twice, in overlapping periods (DUPLICATE_CODE); an ASSIST
 * item without its authority or funding (ASSIST_WITHOUT_AUTHORITY_OR_FUNDING); overlapping versions
 * of one parameter (OVERLAPPING_PARAMETER); an unknown rule id (UNKNOWN_RULE); a DUTY, ASSIST or
 * CERTIFICATE item that a prohibited kind covers (PROHIBITED_ITEM); an item declaring a kind the
 * policy does not list (UNKNOWN_KIND).
 *
 * <p>Warnings: days between two versions of a parameter with no value (PARAMETER_GAP); rules that
 * can never fire because what they look for is missing (NEVER_FIRES); and, when the policy is
 * loaded for a day ({@link AccessPolicy.Builder#loadedOn}), a working calendar that ends within
 * {@value #CALENDAR_WARNING_DAYS} days of it (CALENDAR_ENDING).
 */
final class PolicyChecks {
  /**
   * How far ahead of its last day a working calendar is reported as ending: long enough to add the
   * next year's State Council notice, which is usually published in November or December.
   */
  static final int CALENDAR_WARNING_DAYS = 90;

  private final AccessPolicy.Builder builder;
  private final Policy parameters;
  private final List<PolicyProblem> found = new ArrayList<>();

  private PolicyChecks(AccessPolicy.Builder builder, Policy parameters) {
    this.builder = builder;
    this.parameters = parameters;
  }

  static List<PolicyProblem> check(AccessPolicy.Builder builder, Policy parameters) {
    PolicyChecks checks = new PolicyChecks(builder, parameters);
    checks.items();
    checks.prohibitedItems();
    checks.duplicates(
        builder.prohibitedKinds(), ProhibitedKind::code, ProhibitedKind::period, "prohibited kind");
    checks.duplicates(
        builder.approvedForms(), ApprovedForm::code, ApprovedForm::period, "approved form");
    checks.gaps();
    checks.neverFires();
    if (builder.loadedOn() != null) {
      checks.found.addAll(calendarEnding(parameters, builder.loadedOn()));
    }
    return checks.found;
  }

  /**
   * CALENDAR_ENDING, if the working calendar of {@code parameters} ends (or ended) within {@value
   * #CALENDAR_WARNING_DAYS} days of {@code day}: from its end on, A4 cannot count working days and
   * waits for the notice.
   */
  static List<PolicyProblem> calendarEnding(Policy parameters, LocalDate day) {
    java.util.Optional<LocalDate> last = WorkingCalendar.of(parameters).lastDay();
    if (last.isEmpty() || last.get().isAfter(day.plusDays(CALENDAR_WARNING_DAYS))) {
      return List.of();
    }
    int next = last.get().getYear() + 1;
    String when =
        last.get().isBefore(day)
            ? "ended on " + last.get() + ", before " + day
            : "ends on " + last.get() + ", within " + CALENDAR_WARNING_DAYS + " days of " + day;
    return List.of(
        new PolicyProblem(
            Severity.WARNING,
            "CALENDAR_ENDING",
            WorkingCalendar.HOLIDAYS.id(),
            "the working calendar "
                + when
                + ": add the State Council's holiday notice for "
                + next
                + " (国务院办公厅关于"
                + next
                + "年部分节假日安排的通知) to the policy; until then A4 cannot count working days into "
                + next
                + " and such requests stay pending",
            null,
            0));
  }

  private void items() {
    Map<String, List<WorkItem>> byCode = new LinkedHashMap<>();
    for (WorkItem item : builder.items()) {
      for (WorkItem earlier : byCode.getOrDefault(item.code(), List.of())) {
        if (!earlier.period().overlaps(item.period())) {
          continue;
        }
        if (earlier.list() == item.list()) {
          error(
              "DUPLICATE_CODE",
              item.code(),
              "appears twice on the " + item.list().label().en() + overlap(earlier, item),
              builder.where(item));
        } else if (earlier.list().incompatibleWith(item.list())) {
          error(
              "INCOMPATIBLE_LISTS",
              item.code(),
              "is on the "
                  + earlier.list().label().en()
                  + " and the "
                  + item.list().label().en()
                  + overlap(earlier, item),
              builder.where(item));
        }
      }
      byCode.computeIfAbsent(item.code(), k -> new ArrayList<>()).add(item);
      if (item.list() == AccessList.ASSIST
          && (item.authority() == null || item.funding() == null)) {
        String what =
            item.authority() == null && item.funding() == null
                ? "authority and funding"
                : item.authority() == null ? "authority" : "funding";
        error(
            "ASSIST_WITHOUT_AUTHORITY_OR_FUNDING",
            item.code(),
            "an assist item must state the "
                + what
                + (what.contains(" and ") ? " that go" : " that goes")
                + " with it (权随责走、费随事转)",
            builder.where(item));
      }
    }
  }

  /**
   * A DUTY, ASSIST or CERTIFICATE item that a prohibited kind covers in an overlapping period
   * (PROHIBITED_ITEM): the policy would admit through its lists what A6 refuses. An item declaring
   * a kind the policy does not list is UNKNOWN_KIND.
   */
  private void prohibitedItems() {
    java.util.Set<String> known = new java.util.HashSet<>();
    builder.prohibitedKinds().forEach(k -> known.add(k.code()));
    for (WorkItem item : builder.items()) {
      for (String declared : item.kinds()) {
        if (!known.contains(declared)) {
          error(
              "UNKNOWN_KIND",
              item.code(),
              "declares prohibited kind "
                  + declared
                  + ", which the policy does not list; the kinds are "
                  + new java.util.TreeSet<>(known),
              builder.where(item));
        }
      }
      if (item.list() == AccessList.NEGATIVE) {
        continue; // refused anyway: a negative item may well be a prohibited kind
      }
      for (ProhibitionCover cover : ProhibitionCover.ofItem(builder.prohibitedKinds(), item)) {
        if (cover.kind().period().overlaps(item.period())) {
          error(
              "PROHIBITED_ITEM",
              item.code(),
              "is on the "
                  + item.list().label().en()
                  + " but prohibited kind "
                  + cover.kind().code()
                  + " ("
                  + cover.kind().title()
                  + ") covers it: "
                  + cover.how().en()
                  + "; rule A6 would refuse every request for it",
              builder.where(item));
        }
      }
    }
  }

  /** " in overlapping periods (… and …)", and where the earlier entry was written. */
  private String overlap(WorkItem earlier, WorkItem item) {
    return " in overlapping periods ("
        + earlier.period()
        + " and "
        + item.period()
        + ")"
        + also(earlier);
  }

  private String also(Object earlier) {
    Location where = builder.where(earlier);
    return where.line() > 0 ? "; the other is at line " + where.line() : "";
  }

  private <T> void duplicates(
      List<T> values, Function<T, String> code, Function<T, EffectivePeriod> period, String what) {
    List<T> seen = new ArrayList<>();
    for (T value : values) {
      for (T earlier : seen) {
        if (code.apply(earlier).equals(code.apply(value))
            && period.apply(earlier).overlaps(period.apply(value))) {
          error(
              "DUPLICATE_CODE",
              code.apply(value),
              "the " + what + " appears twice in overlapping periods" + also(earlier),
              builder.where(value));
        }
      }
      seen.add(value);
    }
  }

  private void gaps() {
    for (Parameter<?> parameter : parameters.parameters()) {
      List<? extends ParameterVersion<?>> versions = parameter.versions();
      for (int i = 1; i < versions.size(); i++) {
        EffectivePeriod before = versions.get(i - 1).period();
        LocalDate next = versions.get(i).period().from();
        LocalDate end = before.to();
        if (end != null && end.plusDays(1).isBefore(next)) {
          warning(
              "PARAMETER_GAP",
              parameter.key().id(),
              "no value from " + end.plusDays(1) + " to " + next.minusDays(1),
              Location.NONE);
        }
      }
    }
  }

  private void neverFires() {
    listNeeded(
        AccessRules.NEGATIVE_LIST,
        AccessList.NEGATIVE,
        "never refuses: the negative list is empty");
    listNeeded(AccessRules.DUTY_LIST, AccessList.DUTY, "never admits: the duty list is empty");
    listNeeded(
        AccessRules.ASSIST_LIST, AccessList.ASSIST, "never applies: the assist list is empty");
    listNeeded(
        AccessRules.CERTIFICATES,
        AccessList.CERTIFICATE,
        "refuses every certificate: the certificate list is empty");
    if (builder.prohibitedKinds().isEmpty()) {
      warning(
          "NEVER_FIRES",
          AccessRules.PROHIBITED_KIND,
          "never refuses: no prohibited kind is listed",
          Location.NONE);
    }
    parameterNeeded(AccessRules.UNLISTED, AccessParameters.LEAD_WORKING_DAYS);
    parameterNeeded(AccessRules.UNLISTED, AccessParameters.DECISION_WORKING_DAYS);
    parameterNeeded(AccessRules.UNLISTED, WorkingCalendar.HOLIDAYS);
    parameterNeeded(AccessRules.EMERGENCY, AccessParameters.EMERGENCY_MAX_DAYS);
    builder
        .rulePeriods()
        .forEach(
            (rule, period) -> {
              if (!builder.items().isEmpty()
                  && builder.items().stream().noneMatch(item -> item.period().overlaps(period))) {
                warning(
                    "NEVER_FIRES",
                    rule,
                    "its period " + period + " shares no day with any item of the policy",
                    Location.NONE);
              }
            });
  }

  private void listNeeded(String rule, AccessList list, String message) {
    if (builder.items().stream().noneMatch(item -> item.list() == list)) {
      warning("NEVER_FIRES", rule, message, Location.NONE);
    }
  }

  private void parameterNeeded(String rule, ParameterKey<?> key) {
    if (parameters.parameter(key).map(p -> p.versions().isEmpty()).orElse(true)) {
      warning(
          "NEVER_FIRES",
          rule,
          "never applies: the policy has no value of parameter " + key.id(),
          Location.NONE);
    }
  }

  private void error(String check, String subject, String message, Location where) {
    found.add(builder.problem(Severity.ERROR, check, subject, message, where));
  }

  private void warning(String check, String subject, String message, Location where) {
    found.add(builder.problem(Severity.WARNING, check, subject, message, where));
  }
}
