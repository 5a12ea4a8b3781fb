package io.github.jiceng.governance.inmemory;

import io.github.jiceng.governance.base.DuplicateKeyException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Immutable records, ordered by key, that can only be added — policies, decisions, approval steps.
 * Not thread-safe: the store guards it with its lock and records each addition in the {@link
 * UndoLog}.
 */
final class Ledger<K extends Comparable<K>, V> {
  private final String name;
  private final Function<V, K> keyOf;
  private final TreeMap<K, V> rows = new TreeMap<>();

  Ledger(String name, Function<V, K> keyOf) {
    this.name = name;
    this.keyOf = keyOf;
  }

  V insert(V value, UndoLog undo) {
    K key = keyOf.apply(value);
    if (rows.containsKey(key)) {
      throw new DuplicateKeyException(name + " " + key + " already exists");
    }
    rows.put(key, value);
    undo.record(() -> rows.remove(key));
    return value;
  }

  Optional<V> find(K key) {
    return Optional.ofNullable(rows.get(key));
  }

  List<V> where(Predicate<V> condition) {
    List<V> result = new ArrayList<>();
    for (V row : rows.values()) {
      if (condition.test(row)) {
        result.add(row);
      }
    }
    return result;
  }

  boolean any(Predicate<V> condition) {
    return rows.values().stream().anyMatch(condition);
  }
}
