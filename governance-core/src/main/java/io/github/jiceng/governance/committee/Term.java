package io.github.jiceng.governance.committee;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.internal.Checks;
import io.github.jiceng.governance.policy.ComparedValue;
import io.github.jiceng.governance.policy.RuleContext;
import io.github.jiceng.governance.policy.Text;
import io.github.jiceng.governance.policy.Verdict;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A term of office (任期): from the day of election to the last day of office, both inclusive.
 *
 * @param start first day of the term
 * @param end last day of the term, after {@code start}
 */
public record Term(LocalDate start, LocalDate end) {

  public Term {
    Checks.required(start, "Term", "start");
    Checks.required(end, "Term", "end");
    if (!end.isAfter(start)) {
      throw InvalidInputException.of("Term", "end", "must be after start");
    }
  }

  /** The term from {@code start} to {@code end}. */
  public static Term of(LocalDate start, LocalDate end) {
    return new Term(start, end);
  }

  /**
   * The term that begins on {@code start} and lasts {@code years} years (ends the day before).
   *
   * @throws io.github.jiceng.governance.base.InvalidInputException if {@code start} is missing,
   *     {@code years} is not positive, or the end falls outside the calendar ({@code
   *     LocalDate.MAX})
   */
  public static Term ofYears(LocalDate start, int years) {
    Checks.required(start, "Term.ofYears", "start");
    if (years < 1) {
      throw io.github.jiceng.governance.base.InvalidInputException.of(
          "Term.ofYears", "years", "must be 1 or more");
    }
    try {
      return new Term(start, start.plusYears(years).minusDays(1));
    } catch (java.time.DateTimeException e) {
      throw io.github.jiceng.governance.base.InvalidInputException.of(
          "Term.ofYears",
          "start",
          "a term of " + years + " years from it would end beyond the calendar");
    }
  }

  /** Whether {@code day} falls within the term. */
  public boolean contains(LocalDate day) {
    Checks.required(day, "Term.contains", "day");
    return !day.isBefore(start) && !day.isAfter(end);
  }

  /** Whether the term fits within {@code years} years from its start. */
  public boolean fitsWithinYears(int years) {
    return end.isBefore(start.plusYears(years));
  }

  /**
   * The result of a "term not run out" rule as of the context's date: not applicable before the
   * term begins, satisfied through its last day, violated after it with the days overdue. Shared by
   * the committee and party rules.
   */
  public Verdict checkCurrent(RuleContext context) {
    Checks.required(context, "Term.checkCurrent", "context");
    LocalDate asOf = context.asOf();
    if (asOf.isBefore(start)) {
      return context.notApplicable(Text.of("届期自 " + start + " 开始", "the term begins on " + start));
    }
    if (contains(asOf)) {
      return context.satisfied(
          Text.of("届期至 " + end + " 届满", "the term runs until " + end),
          ComparedValue.of("as of", asOf, "on or before " + end));
    }
    long overdue = ChronoUnit.DAYS.between(end, asOf);
    return context.violated(
        Text.of(
            "届期已于 " + end + " 届满，换届逾期 " + overdue + " 天",
            "the term ended on " + end + "; the election is " + days(overdue) + " overdue"),
        ComparedValue.of("as of", asOf, "on or before " + end));
  }

  /** {@code n} days in English: "1 day", "2 days". */
  public static String days(long n) {
    return n + (n == 1 ? " day" : " days");
  }

  @Override
  public String toString() {
    return start + "–" + end;
  }
}
