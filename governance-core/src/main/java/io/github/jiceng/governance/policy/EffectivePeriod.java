package io.github.jiceng.governance.policy;

import com.google.common.collect.BoundType;
import com.google.common.collect.Range;
import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.internal.Checks;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The days on which a rule or a parameter value is in force: from {@code from} to {@code to}, both
 * inclusive; an open end ({@code to == null}) means "until further notice".
 *
 * @param from first day in force
 * @param to last day in force, or {@code null} when open-ended
 */
public record EffectivePeriod(LocalDate from, @Nullable LocalDate to) {

  public EffectivePeriod {
    if (from == null) {
      throw InvalidInputException.of("EffectivePeriod", "from", "must not be null");
    }
    if (to != null && to.isBefore(from)) {
      throw InvalidInputException.of("EffectivePeriod", "to", "must not be before 'from'");
    }
  }

  /** In force from {@code from} on, with no end. */
  public static EffectivePeriod from(LocalDate from) {
    return new EffectivePeriod(from, null);
  }

  /** In force from {@code from} to {@code to}, both inclusive. */
  public static EffectivePeriod between(LocalDate from, LocalDate to) {
    return new EffectivePeriod(from, to);
  }

  /** In force on every day. */
  public static EffectivePeriod always() {
    return new EffectivePeriod(LocalDate.MIN, null);
  }

  /** The last day in force, if the period has an end. */
  public Optional<LocalDate> end() {
    return Optional.ofNullable(to);
  }

  /** Whether {@code day} lies inside the period. */
  public boolean contains(LocalDate day) {
    Checks.required(day, "EffectivePeriod.contains", "day");
    return !day.isBefore(from) && (to == null || !day.isAfter(to));
  }

  /** Whether the two periods share at least one day. */
  public boolean overlaps(EffectivePeriod other) {
    Checks.required(other, "EffectivePeriod.overlaps", "other");
    return asRange().isConnected(other.asRange())
        && !asRange().intersection(other.asRange()).isEmpty();
  }

  /**
   * The period as a closed (or, when open-ended, half-bounded) Guava range, for the policy
   * package's own range maps; Guava types stay out of the public API.
   */
  Range<LocalDate> asRange() {
    return to == null ? Range.atLeast(from) : Range.closed(from, to);
  }

  /**
   * The inclusive period of a range of days, whatever its bound types (RangeMap leaves open ones).
   */
  static EffectivePeriod ofRange(Range<LocalDate> range) {
    LocalDate lower = range.lowerEndpoint();
    if (range.lowerBoundType() == BoundType.OPEN) {
      lower = lower.plusDays(1);
    }
    if (!range.hasUpperBound()) {
      return from(lower);
    }
    LocalDate upper = range.upperEndpoint();
    if (range.upperBoundType() == BoundType.OPEN) {
      upper = upper.minusDays(1);
    }
    return between(lower, upper);
  }

  @Override
  public String toString() {
    String start = from.equals(LocalDate.MIN) ? "…" : from.toString();
    return start + " – " + (to == null ? "" : to.toString());
  }
}
