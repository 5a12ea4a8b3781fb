package io.github.jiceng.governance.policy;

import io.github.jiceng.governance.base.InvalidInputException;

/**
 * One value of a parameter, with the days it is in force, the document it comes from, and a label
 * that names the version for people (for example "1989 law, amended 2018" or "2025 revision").
 *
 * @param value the value
 * @param period when the value is in force
 * @param citation where the value comes from
 * @param label a short human name of this version
 * @param <V> the value type
 */
public record ParameterVersion<V>(
    V value, EffectivePeriod period, Citation citation, String label) {

  public ParameterVersion {
    if (value == null) {
      throw InvalidInputException.of("ParameterVersion", "value", "must not be null");
    }
    if (period == null) {
      throw InvalidInputException.of("ParameterVersion", "period", "must not be null");
    }
    if (citation == null) {
      throw InvalidInputException.of("ParameterVersion", "citation", "must not be null");
    }
    if (label == null || label.isBlank()) {
      throw InvalidInputException.of("ParameterVersion", "label", "must not be blank");
    }
  }

  /** Creates a version. */
  public static <V> ParameterVersion<V> of(
      V value, EffectivePeriod period, Citation citation, String label) {
    return new ParameterVersion<>(value, period, citation, label);
  }

  /** The same value and citation, restricted to {@code newPeriod}. */
  ParameterVersion<V> during(EffectivePeriod newPeriod) {
    return new ParameterVersion<>(value, newPeriod, citation, label);
  }
}
