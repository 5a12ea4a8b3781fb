package io.github.jiceng.governance.policy;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One finding of the static check of a policy document — an access policy, a service catalogue — or
 * of reading its file: an error stops loading, a warning is returned with what was loaded (for
 * example {@code AccessPolicy.warnings()}).
 *
 * @param severity error or warning
 * @param check which check found it, for example {@code INCOMPATIBLE_LISTS}
 * @param subject what it is about: an item code, a parameter id, a rule id or a key
 * @param message what is wrong, in words
 * @param file the policy file, or {@code null} for a policy built in Java
 * @param line the line in that file (1-based), or 0 when unknown
 */
public record PolicyProblem(
    Severity severity,
    String check,
    String subject,
    String message,
    @Nullable String file,
    int line) {

  /** How serious a finding is. */
  public enum Severity {
    /** The policy contradicts itself or lacks what a rule needs; it is not loaded. */
    ERROR,
    /** The policy loads, but something is probably not what its author meant. */
    WARNING
  }

  /** Where the finding is, as {@code file:line}, if known. */
  public Optional<String> location() {
    if (file == null) {
      return Optional.empty();
    }
    return Optional.of(line > 0 ? file + ":" + line : file);
  }

  /** {@code policy.yaml:12: ERROR INCOMPATIBLE_LISTS X-07: ...}. */
  @Override
  public String toString() {
    return location().map(l -> l + ": ").orElse("")
        + severity
        + " "
        + check
        + " "
        + subject
        + ": "
        + message;
  }
}
