package io.github.jiceng.governance.inmemory;

import io.github.jiceng.governance.base.DuplicateKeyException;
import io.github.jiceng.governance.base.IntegrityViolationException;
import io.github.jiceng.governance.base.Versioned;
import io.github.jiceng.governance.base.WriteConflictException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * One kind of aggregate, ordered by key, with the version and duplicate rules of the SPI. Not
 * thread-safe: the store guards it with its lock, and records every change in the {@link UndoLog}
 * of the running transaction.
 */
final class Table<K extends Comparable<K>, A extends Versioned<A>> {
  private final String name;
  private final Function<A, K> keyOf;
  private final TreeMap<K, A> rows = new TreeMap<>();
  private final @Nullable Unique<A, ?> unique;
  private final @Nullable Function<A, ?> owner;
  private final Map<Object, K> uniqueIndex = new HashMap<>();

  Table(String name, Function<A, K> keyOf) {
    this(name, keyOf, null, null);
  }

  /** A table with one more unique column besides the key, such as a resident's identity number. */
  Table(String name, Function<A, K> keyOf, @Nullable Unique<A, ?> unique) {
    this(name, keyOf, unique, null);
  }

  private Table(
      String name,
      Function<A, K> keyOf,
      @Nullable Unique<A, ?> unique,
      @Nullable Function<A, ?> owner) {
    this.name = name;
    this.keyOf = keyOf;
    this.unique = unique;
    this.owner = owner;
  }

  /**
   * A table whose rows belong to an owner that an update never changes — a record's community, a
   * project's council — as the JDBC store keeps the owner out of an update's {@code SET}: an update
   * naming another owner is an {@link IntegrityViolationException}.
   */
  static <K extends Comparable<K>, A extends Versioned<A>> Table<K, A> owned(
      String name, Function<A, K> keyOf, Function<A, ?> owner) {
    return new Table<>(name, keyOf, null, owner);
  }

  /**
   * A unique column: how to read it off a row, and how to name it in a message (a column holding
   * personal data is named masked).
   */
  record Unique<A, U>(String column, Function<A, U> valueOf, Function<U, String> shown) {
    String describe(A row) {
      return column + " " + shown.apply(valueOf.apply(row));
    }
  }

  A insert(A aggregate, UndoLog undo) {
    K key = keyOf.apply(aggregate);
    if (rows.containsKey(key)) {
      throw new DuplicateKeyException(name + " " + key + " already exists");
    }
    claimUnique(key, aggregate, undo);
    A stored = aggregate.withVersion(1);
    rows.put(key, stored);
    undo.record(() -> rows.remove(key));
    return stored;
  }

  /** Points the unique index at {@code key} for {@code row}'s value, if no other row holds it. */
  private void claimUnique(K key, A row, UndoLog undo) {
    if (unique == null) {
      return;
    }
    Object value = unique.valueOf().apply(row);
    K holder = uniqueIndex.get(value);
    if (holder != null && !holder.equals(key)) {
      throw new DuplicateKeyException(
          name
              + " "
              + key
              + ": "
              + unique.describe(row)
              + " is already recorded for "
              + name
              + " "
              + holder);
    }
    if (holder == null) {
      uniqueIndex.put(value, key);
      undo.record(() -> uniqueIndex.remove(value));
    }
  }

  private void releaseUnique(A row, UndoLog undo) {
    if (unique == null) {
      return;
    }
    Object value = unique.valueOf().apply(row);
    K holder = uniqueIndex.remove(value);
    if (holder != null) {
      undo.record(() -> uniqueIndex.put(value, holder));
    }
  }

  /**
   * Inserts after checking the references of a new row with {@code references} (which throws). A
   * taken key skips the check, so it is reported as a duplicate rather than a missing reference.
   */
  A insert(A aggregate, UndoLog undo, Consumer<A> references) {
    if (!rows.containsKey(keyOf.apply(aggregate))) {
      references.accept(aggregate);
    }
    return insert(aggregate, undo);
  }

  /** Inserts each of {@code aggregates} as {@link #insert(Versioned, UndoLog, Consumer)} does. */
  List<A> insertAll(List<A> aggregates, UndoLog undo, Consumer<A> references) {
    List<A> stored = new ArrayList<>(aggregates.size());
    aggregates.forEach(a -> stored.add(insert(a, undo, references)));
    return List.copyOf(stored);
  }

  /**
   * Updates after checking the references of a stored row with {@code references} (which throws). A
   * missing row skips the check, so it is reported as a concurrent deletion.
   */
  A update(A aggregate, UndoLog undo, Consumer<A> references) {
    if (rows.containsKey(keyOf.apply(aggregate))) {
      references.accept(aggregate);
    }
    return update(aggregate, undo);
  }

  A update(A aggregate, UndoLog undo) {
    K key = keyOf.apply(aggregate);
    A current = rows.get(key);
    if (current == null) {
      throw new WriteConflictException(
          name + " " + key + " cannot be updated: it does not exist (deleted meanwhile?)");
    }
    if (owner != null && !owner.apply(current).equals(owner.apply(aggregate))) {
      throw new IntegrityViolationException(
          name + " " + key + " belongs to " + owner.apply(current) + " and stays there");
    }
    checkVersion(key, current, aggregate.version());
    if (unique != null
        && !unique.valueOf().apply(current).equals(unique.valueOf().apply(aggregate))) {
      claimUnique(key, aggregate, undo);
      releaseUnique(current, undo);
    }
    A stored = aggregate.withVersion(current.version() + 1);
    rows.put(key, stored);
    undo.record(() -> rows.put(key, current));
    return stored;
  }

  boolean delete(K key, long expectedVersion, UndoLog undo) {
    A current = rows.get(key);
    if (current == null) {
      return false;
    }
    checkVersion(key, current, expectedVersion);
    releaseUnique(current, undo);
    rows.remove(key);
    undo.record(() -> rows.put(key, current));
    return true;
  }

  Optional<A> find(K key) {
    return Optional.ofNullable(rows.get(key));
  }

  /** The row holding {@code value} in the unique column; empty if none (or no unique column). */
  Optional<A> findUnique(Object value) {
    K key = uniqueIndex.get(value);
    return key == null ? Optional.empty() : find(key);
  }

  boolean contains(K key) {
    return rows.containsKey(key);
  }

  List<A> where(Predicate<A> condition) {
    List<A> result = new ArrayList<>();
    for (A row : rows.values()) {
      if (condition.test(row)) {
        result.add(row);
      }
    }
    return result;
  }

  boolean any(Predicate<A> condition) {
    return rows.values().stream().anyMatch(condition);
  }

  private void checkVersion(K key, A current, long expected) {
    if (current.version() != expected) {
      throw new WriteConflictException(
          name
              + " "
              + key
              + " was changed by someone else: stored version "
              + current.version()
              + ", yours "
              + expected);
    }
  }
}
