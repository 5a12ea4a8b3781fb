package io.github.jiceng.governance.calendar;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.internal.Checks;
import io.github.jiceng.governance.policy.Citation;
import io.github.jiceng.governance.policy.EffectivePeriod;
import io.github.jiceng.governance.policy.ParameterKey;
import io.github.jiceng.governance.policy.ParameterNotInForceException;
import io.github.jiceng.governance.policy.ParameterVersion;
import io.github.jiceng.governance.policy.Policy;
import io.github.jiceng.governance.policy.RuleContext;
import io.github.jiceng.governance.policy.Text;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Working days (工作日) as a policy defines them: Monday to Friday, minus the holidays and plus the
 * make-up working days (调休) of each year's {@link HolidayNotice}. Immutable and thread-safe.
 *
 * <p>The notices are the versions of the parameter {@link #HOLIDAYS}, one per year. A question
 * about a year the policy has no notice for throws {@link ParameterNotInForceException} rather than
 * guessing, so a rule that counts working days into an unpublished year is reported as not
 * applicable, with the reason.
 *
 * <p>Counting convention: {@link #workingDaysBetween(LocalDate, LocalDate)} counts the working days
 * after the first date up to and including the second, so an application on Monday for a start on
 * the next Monday is "5 working days ahead".
 */
public final class WorkingCalendar {

  /** The yearly holiday arrangement (节假日安排): one version per calendar year. */
  public static final ParameterKey<HolidayNotice> HOLIDAYS =
      ParameterKey.of(
          "calendar.holidays",
          HolidayNotice.class,
          Text.of("全国年节及纪念日放假安排（含调休）", "public holidays and make-up working days of a year"));

  private final String policyId;

  /** The first year with a notice; {@code cumulative[y - firstYear]} is year y's counts or null. */
  private final int firstYear;

  private final int[][] cumulative;

  private WorkingCalendar(String policyId, List<ParameterVersion<HolidayNotice>> notices) {
    this.policyId = policyId;
    int first = Integer.MAX_VALUE;
    int last = Integer.MIN_VALUE;
    for (ParameterVersion<HolidayNotice> version : notices) {
      first = Math.min(first, version.value().year());
      last = Math.max(last, version.value().year());
    }
    this.firstYear = first;
    this.cumulative = new int[notices.isEmpty() ? 0 : last - first + 1][];
    for (ParameterVersion<HolidayNotice> version : notices) {
      HolidayNotice notice = version.value();
      cumulative[notice.year() - first] = countUpTo(notice);
    }
  }

  /** The calendar of {@code policy}: every year for which it holds a {@link HolidayNotice}. */
  public static WorkingCalendar of(Policy policy) {
    Checks.required(policy, "WorkingCalendar.of", "policy");
    return policy.derived(WorkingCalendar.class, WorkingCalendar::build);
  }

  /** Counts the working days of every year the policy has a notice for; kept with the policy. */
  private static WorkingCalendar build(Policy policy) {
    return new WorkingCalendar(
        policy.id(),
        policy
            .parameter(HOLIDAYS)
            .map(io.github.jiceng.governance.policy.Parameter::versions)
            .orElse(List.of()));
  }

  /**
   * The parameter version for one year's notice: in force from 1 January to 31 December of that
   * year, citing the notice.
   */
  public static ParameterVersion<HolidayNotice> version(HolidayNotice notice, Citation citation) {
    Checks.required(notice, "WorkingCalendar.version", "notice");
    Checks.required(citation, "WorkingCalendar.version", "citation");
    return ParameterVersion.of(
        notice,
        EffectivePeriod.between(
            LocalDate.of(notice.year(), 1, 1), LocalDate.of(notice.year(), 12, 31)),
        citation,
        notice.year() + "年节假日安排");
  }

  /** Whether the calendar has a notice for {@code year}. */
  public boolean covers(int year) {
    return counts(year) != null;
  }

  /**
   * The first year from {@code from}'s to {@code to}'s that the calendar has no notice for, if any:
   * the year a policy author must add before working days can be counted over that span.
   */
  public java.util.OptionalInt firstYearWithoutNotice(LocalDate from, LocalDate to) {
    Checks.required(from, "WorkingCalendar.firstYearWithoutNotice", "from");
    Checks.required(to, "WorkingCalendar.firstYearWithoutNotice", "to");
    for (int year = from.getYear(); year <= to.getYear(); year++) {
      if (!covers(year)) {
        return java.util.OptionalInt.of(year);
      }
    }
    return java.util.OptionalInt.empty();
  }

  /**
   * The last day the calendar knows (31 December of its last year with a notice), if it has any.
   */
  public java.util.Optional<LocalDate> lastDay() {
    return cumulative.length == 0
        ? java.util.Optional.empty()
        : java.util.Optional.of(LocalDate.of(firstYear + cumulative.length - 1, 12, 31));
  }

  /**
   * Whether {@code day} is a working day.
   *
   * @throws ParameterNotInForceException if the calendar has no notice for that year
   */
  public boolean isWorkingDay(LocalDate day) {
    Checks.required(day, "WorkingCalendar.isWorkingDay", "day");
    int[] counts = year(day);
    int index = day.getDayOfYear();
    return counts[index] > counts[index - 1];
  }

  /**
   * The number of working days after {@code from} up to and including {@code to}; zero when {@code
   * to} is not after {@code from}.
   *
   * @throws ParameterNotInForceException if a year in between has no notice
   */
  public int workingDaysBetween(LocalDate from, LocalDate to) {
    Checks.required(from, "WorkingCalendar.workingDaysBetween", "from");
    Checks.required(to, "WorkingCalendar.workingDaysBetween", "to");
    if (!to.isAfter(from)) {
      return 0;
    }
    int total = 0;
    LocalDate cursor = from;
    while (cursor.getYear() < to.getYear()) {
      int[] counts = year(cursor);
      total += counts[counts.length - 1] - counts[cursor.getDayOfYear()];
      cursor = LocalDate.of(cursor.getYear(), 12, 31);
      cursor = cursor.plusDays(1);
      total += isWorkingDay(cursor) ? 1 : 0;
    }
    int[] counts = year(to);
    return total + counts[to.getDayOfYear()] - counts[cursor.getDayOfYear()];
  }

  /**
   * The {@code days}-th working day after {@code from} ({@code from} itself not counted).
   *
   * @throws ParameterNotInForceException if the count runs into a year with no notice
   */
  public LocalDate plusWorkingDays(LocalDate from, int days) {
    Checks.required(from, "WorkingCalendar.plusWorkingDays", "from");
    if (days < 0) {
      throw InvalidInputException.of("WorkingCalendar", "days", "must not be negative");
    }
    if (days == 0) {
      return from;
    }
    int year = from.getYear();
    int[] counts = year(from);
    // the target is reached on the first day of the year whose running count equals it
    int target = counts[from.getDayOfYear()] + days;
    while (target > counts[counts.length - 1]) {
      target -= counts[counts.length - 1];
      year++;
      counts = year(LocalDate.of(year, 1, 1));
    }
    int low = 0;
    int high = counts.length - 1;
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (counts[middle] >= target) {
        high = middle;
      } else {
        low = middle + 1;
      }
    }
    return LocalDate.ofYearDay(year, low);
  }

  /**
   * Records in {@code context} the notice of every year from {@code from} to {@code to}, so that a
   * rule counting working days cites the notices it relied on.
   *
   * @throws ParameterNotInForceException if a year has no notice (the rule is then not applicable)
   */
  public static void recordUse(RuleContext context, LocalDate from, LocalDate to) {
    Checks.required(context, "WorkingCalendar.recordUse", "context");
    Checks.required(from, "WorkingCalendar.recordUse", "from");
    Checks.required(to, "WorkingCalendar.recordUse", "to");
    for (int year = from.getYear(); year <= to.getYear(); year++) {
      context.use(HOLIDAYS, LocalDate.of(year, 1, 1));
    }
  }

  private int[] year(LocalDate day) {
    int[] counts = counts(day.getYear());
    if (counts == null) {
      throw new ParameterNotInForceException(policyId, HOLIDAYS.id(), day);
    }
    return counts;
  }

  private int @Nullable [] counts(int year) {
    int index = year - firstYear;
    return index < 0 || index >= cumulative.length ? null : cumulative[index];
  }

  /** counts[i] = working days from 1 January to day-of-year i inclusive; counts[0] = 0. */
  private static int[] countUpTo(HolidayNotice notice) {
    LocalDate day = LocalDate.of(notice.year(), 1, 1);
    int[] counts = new int[day.lengthOfYear() + 1];
    for (int i = 1; i < counts.length; i++, day = day.plusDays(1)) {
      counts[i] = counts[i - 1] + (notice.isWorkingDay(day) ? 1 : 0);
    }
    return counts;
  }

  @Override
  public String toString() {
    List<Integer> years = new ArrayList<>();
    for (int i = 0; i < cumulative.length; i++) {
      if (cumulative[i] != null) {
        years.add(firstYear + i);
      }
    }
    return "WorkingCalendar[" + policyId + ", years " + years + "]";
  }
}
