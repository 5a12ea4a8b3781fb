package io.github.jiceng.governance.inmemory;

import java.util.ArrayDeque;
import java.util.Deque;

/** The changes of one transaction, to be undone in reverse order if it fails. */
final class UndoLog {
  private final Deque<Runnable> steps = new ArrayDeque<>();

  void record(Runnable undo) {
    steps.push(undo);
  }

  void rollback() {
    while (!steps.isEmpty()) {
      steps.pop().run();
    }
  }
}
