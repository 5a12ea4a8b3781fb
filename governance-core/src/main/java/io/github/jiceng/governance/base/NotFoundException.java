package io.github.jiceng.governance.base;

/** Thrown when an operation needs a record that does not exist, for example a parent division. */
public class NotFoundException extends GovernanceException {
  private static final long serialVersionUID = 1L;

  public NotFoundException(String message) {
    super(message);
  }
}
