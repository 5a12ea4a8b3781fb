package io.github.jiceng.governance.base;

/**
 * An aggregate with an optimistic-locking version: 0 before it is first stored, then 1, 2, ... one
 * more for each update.
 *
 * @param <A> the aggregate type
 */
public interface Versioned<A> {

  /** The version this copy was read at; 0 if it was never stored. */
  long version();

  /** The same aggregate with another version; stores use this after a write. */
  A withVersion(long version);
}
