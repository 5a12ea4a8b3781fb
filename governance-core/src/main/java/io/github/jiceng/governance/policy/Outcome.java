package io.github.jiceng.governance.policy;

/**
 * The overall outcome of a {@link Decision}. Each family of decisions has its own enum of outcomes
 * (compliant or not; admitted, refused or pending; ...) implementing this interface.
 */
public interface Outcome {

  /** The outcome in words. */
  Text label();
}
