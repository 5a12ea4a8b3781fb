package io.github.jiceng.governance.committee;

import io.github.jiceng.governance.InvalidInputException;
import io.github.jiceng.governance.internal.Checks;
import java.time.LocalDate;

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

  /** The term that begins on {@code start} and lasts {@code years} years (ends the day before). */
  public static Term ofYears(LocalDate start, int years) {
    return new Term(start, start.plusYears(years).minusDays(1));
  }

  /** Whether {@code day} falls within the term. */
  public boolean contains(LocalDate day) {
    return !day.isBefore(start) && !day.isAfter(end);
  }

  /** Whether the term fits within {@code years} years from its start. */
  public boolean fitsWithinYears(int years) {
    return end.isBefore(start.plusYears(years));
  }

  @Override
  public String toString() {
    return start + "–" + end;
  }
}
