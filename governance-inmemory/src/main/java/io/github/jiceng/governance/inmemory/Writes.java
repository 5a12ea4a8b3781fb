package io.github.jiceng.governance.inmemory;

import java.util.function.Function;

/**
 * How a repository writes: inside the transaction its view is bound to, or, outside one, in a
 * transaction of its own. {@code change} records on the undo log what it changes.
 */
interface Writes {
  <T> T write(Function<UndoLog, T> change);
}
