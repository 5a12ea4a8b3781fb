package io.github.jiceng.governance.policy;

import io.github.jiceng.governance.base.GovernanceException;

/**
 * Thrown when a YAML document passes none of {@link YamlInput}'s limits: too large, nested too
 * deep, expanding to too many nodes through its aliases, or an alias inside the node it names.
 * Loaders turn it into their own typed error (a policy check problem, a case file error) with the
 * file and line.
 */
public class YamlLimitException extends GovernanceException {
  private static final long serialVersionUID = 1L;

  private final String problem;
  private final int line;

  public YamlLimitException(String problem, int line) {
    super(problem + (line > 0 ? " (line " + line + ")" : ""));
    this.problem = problem;
    this.line = line;
  }

  /** What is wrong, without the line. */
  public String problem() {
    return problem;
  }

  /** The 1-based line where the limit was passed, or 0 when unknown. */
  public int line() {
    return line;
  }
}
