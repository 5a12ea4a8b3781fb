package io.github.jiceng.governance.base;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when an input does not satisfy the library's constraints, before anything is written. It
 * lists every {@link Violation} found, each naming the field and the problem (never the value).
 */
public class InvalidInputException extends GovernanceException {
  private static final long serialVersionUID = 1L;

  private final String subject;
  private final List<Violation> violations;

  /**
   * @param subject what was being checked, for example "AdministrativeDivision"
   * @param violations the problems found; at least one
   */
  public InvalidInputException(String subject, List<Violation> violations) {
    super(message(subject, violations));
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("an InvalidInputException needs at least one violation");
    }
    this.subject = subject;
    this.violations = List.copyOf(violations);
  }

  /** Shorthand for a single violation. */
  public static InvalidInputException of(String subject, String field, String problem) {
    return new InvalidInputException(subject, List.of(new Violation(field, problem)));
  }

  /** What was being checked, for example "AdministrativeDivision". */
  public String subject() {
    return subject;
  }

  /** Every problem found, in a stable order (sorted by field). */
  public List<Violation> violations() {
    return violations;
  }

  private static String message(String subject, List<Violation> violations) {
    return "invalid "
        + subject
        + ": "
        + violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
  }
}
