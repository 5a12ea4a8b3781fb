package io.github.jiceng.governance.policy;

import io.github.jiceng.governance.internal.Checks;

/**
 * Which version of which parameter a rule used: the trace of "under which version of which rule".
 *
 * @param parameterId the parameter's id
 * @param value the value used, as text
 * @param versionLabel the version's label, for example "2025 revision"
 * @param period when that version is in force
 * @param citation where it comes from
 */
public record ParameterUse(
    String parameterId,
    String value,
    String versionLabel,
    EffectivePeriod period,
    Citation citation) {

  /** The use of {@code version} of {@code key}. */
  public static ParameterUse of(ParameterKey<?> key, ParameterVersion<?> version) {
    Checks.required(key, "ParameterUse.of", "key");
    Checks.required(version, "ParameterUse.of", "version");
    return new ParameterUse(
        key.id(),
        String.valueOf(version.value()),
        version.label(),
        version.period(),
        version.citation());
  }

  @Override
  public String toString() {
    return parameterId
        + " = "
        + value
        + " ["
        + versionLabel
        + ", "
        + period
        + "; "
        + citation
        + "]";
  }
}
