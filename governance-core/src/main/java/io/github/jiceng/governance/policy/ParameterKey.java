package io.github.jiceng.governance.policy;

import io.github.jiceng.governance.base.InvalidInputException;
import java.util.regex.Pattern;

/**
 * The typed name of a policy parameter, for example {@code committee.residents.households} of type
 * {@link IntRange}. Keys are compared by {@link #id()} only.
 *
 * @param id a stable, dotted identifier: lower-case letters, digits, dots, dashes
 * @param type the type of the parameter's values
 * @param description what the parameter means
 * @param <V> the type of the parameter's values
 */
public record ParameterKey<V>(String id, Class<V> type, Text description) {
  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z0-9-]+)*");

  public ParameterKey {
    if (id == null || !ID.matcher(id).matches()) {
      throw InvalidInputException.of(
          "ParameterKey", "id", "must be dotted lower-case words, for example 'grid.households'");
    }
    if (type == null) {
      throw InvalidInputException.of("ParameterKey", "type", "must not be null");
    }
    if (description == null) {
      throw InvalidInputException.of("ParameterKey", "description", "must not be null");
    }
  }

  /** Creates a key. */
  public static <V> ParameterKey<V> of(String id, Class<V> type, Text description) {
    return new ParameterKey<>(id, type, description);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ParameterKey<?> key && key.id.equals(id);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  @Override
  public String toString() {
    return id;
  }
}
