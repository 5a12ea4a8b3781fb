package io.github.jiceng.governance.calendar;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.internal.Checks;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The office hours of a working day (工作时间), as spans of the day — for example 08:30–12:00 and
 * 14:00–17:30 — so that "2 working hours" is exact across the lunch break and the night. The value
 * of the dated parameter {@link WorkingTime#HOURS}; no national default is shipped, since office
 * hours are set locally (the State Council's rule fixes eight hours a day and forty a week, not the
 * hours themselves).
 *
 * @param spans the spans, in order, none overlapping or touching another; at least one
 */
public record WorkingHours(List<Span> spans) {
  private static final String SUBJECT = "WorkingHours";

  /**
   * One span of office hours: from {@code start} (included) to {@code end} (excluded), within one
   * day.
   *
   * @param start when it opens
   * @param end when it closes, after {@code start}
   */
  public record Span(LocalTime start, LocalTime end) {
    /**
     * Checks the span.
     *
     * @throws InvalidInputException if either end is missing or the span is empty or reversed
     */
    public Span {
      Checks.required(start, SUBJECT, "start");
      Checks.required(end, SUBJECT, "end");
      if (!end.isAfter(start)) {
        throw InvalidInputException.of(
            SUBJECT, "end", "must be after the start (" + start + "), within the day");
      }
    }

    /** Its length. */
    public Duration length() {
      return Duration.between(start, end);
    }

    @Override
    public String toString() {
      return start + "–" + end;
    }
  }

  /**
   * Checks and copies the spans.
   *
   * @throws InvalidInputException if there is none, or two overlap, touch or are out of order
   */
  public WorkingHours {
    spans = Checks.listOf(spans, SUBJECT, "spans");
    if (spans.isEmpty()) {
      throw InvalidInputException.of(SUBJECT, "spans", "must hold at least one span");
    }
    for (int i = 1; i < spans.size(); i++) {
      if (!spans.get(i).start().isAfter(spans.get(i - 1).end())) {
        throw InvalidInputException.of(
            SUBJECT,
            "spans[" + i + "]",
            "must start after span " + (i - 1) + " (" + spans.get(i - 1) + ") ends");
      }
    }
  }

  /**
   * Office hours written {@code "08:30-12:00", "14:00-17:30"}.
   *
   * @throws InvalidInputException naming the span that is not {@code HH:MM-HH:MM} or is wrong
   */
  public static WorkingHours of(String... spans) {
    List<Span> read = new ArrayList<>();
    for (int i = 0; i < Checks.values(SUBJECT, "spans", spans).size(); i++) {
      String text = spans[i].strip();
      int dash = text.indexOf('-');
      try {
        if (dash < 0) {
          throw new java.time.format.DateTimeParseException("no dash", text, 0);
        }
        read.add(
            new Span(
                LocalTime.parse(text.substring(0, dash).strip()),
                LocalTime.parse(text.substring(dash + 1).strip())));
      } catch (java.time.format.DateTimeParseException e) {
        throw InvalidInputException.of(
            SUBJECT, "spans[" + i + "]", "must be written HH:MM-HH:MM, e.g. 08:30-12:00");
      }
    }
    return new WorkingHours(read);
  }

  /** The spans as {@link #of} reads them: {@code 08:30-12:00}. */
  public List<String> written() {
    return spans.stream().map(s -> s.start() + "-" + s.end()).toList();
  }

  /** The working time of a whole working day: the spans' lengths added up. */
  public Duration perDay() {
    Duration total = Duration.ZERO;
    for (Span span : spans) {
      total = total.plus(span.length());
    }
    return total;
  }

  /** The working time of a day from midnight until {@code time}. */
  Duration before(LocalTime time) {
    Duration total = Duration.ZERO;
    for (Span span : spans) {
      if (!time.isAfter(span.start())) {
        break;
      }
      LocalTime end = time.isBefore(span.end()) ? time : span.end();
      total = total.plus(Duration.between(span.start(), end));
    }
    return total;
  }

  /**
   * The time of day at which {@code worked} of the day's working time has passed: the end of that
   * much office time, which is a span's end when it fills the span exactly.
   */
  LocalTime after(Duration worked) {
    Duration left = worked;
    for (Span span : spans) {
      if (left.compareTo(span.length()) <= 0) {
        return span.start().plus(left);
      }
      left = left.minus(span.length());
    }
    return spans.get(spans.size() - 1).end();
  }

  @Override
  public String toString() {
    return spans.toString();
  }
}
