package io.github.jiceng.governance.policy;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.internal.Checks;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The parameters of one jurisdiction — the national defaults, or a city's or district's own numbers
 * — under an id and a version. Immutable and safe to share between threads.
 *
 * <p>A city starts from the national defaults and overrides what its regulations say:
 *
 * <pre>{@code
 * Policy wuhu = Policy.builder("wuhu-jinghu", "2026.1")
 *     .basedOn(NationalDefaults.policy())
 *     .override(CommitteeLaw.RESIDENTS_HOUSEHOLDS, ParameterVersion.of(
 *         IntRange.of(800, 2500), EffectivePeriod.from(LocalDate.of(2026, 3, 1)),
 *         Citation.of("《芜湖市社区工作条例》", "第八条"), "Wuhu 2026"))
 *     .build();
 * }</pre>
 */
public final class Policy {
  private final String id;
  private final String version;
  private final Map<String, Parameter<?>> parameters;

  /** Values worked out from the (immutable) parameters once, by the type that works them out. */
  private final java.util.concurrent.ConcurrentHashMap<Class<?>, Object> derived =
      new java.util.concurrent.ConcurrentHashMap<>();

  private Policy(String id, String version, Map<String, Parameter<?>> parameters) {
    this.id = id;
    this.version = version;
    // a HashMap, not Map.copyOf: parameter ids share long prefixes ("access.", "committee."), and
    // Map.copyOf's lookups compare strings without comparing hashes first
    this.parameters = java.util.Collections.unmodifiableMap(new java.util.HashMap<>(parameters));
  }

  /** Starts a policy with the given id (for example {@code "CN-national"}) and version. */
  public static Builder builder(String id, String version) {
    return new Builder(id, version);
  }

  /**
   * A value worked out from this policy's parameters — its working calendar, its working time —
   * once, and kept with the policy, which never changes. {@code derive} may run more than once when
   * two threads ask at once; the first value kept is the one every caller gets.
   *
   * @param type the type of the value, its key
   * @param derive works the value out from the policy
   */
  public <T> T derived(Class<T> type, java.util.function.Function<Policy, T> derive) {
    Checks.required(type, "Policy.derived", "type");
    Checks.required(derive, "Policy.derived", "derive");
    Object known = derived.get(type);
    if (known == null) {
      // not computeIfAbsent: a derivation may ask for another (working time asks for the calendar)
      T value = Checks.required(derive.apply(this), "Policy.derived", "derive's value");
      known = derived.putIfAbsent(type, value);
      if (known == null) {
        known = value;
      }
    }
    return type.cast(known);
  }

  /** The policy's id, for example {@code "CN-national"}. */
  public String id() {
    return id;
  }

  /** The policy's version, for example {@code "2026.1"}. */
  public String version() {
    return version;
  }

  /** The parameter with this key, if the policy defines it. */
  public <V> Optional<Parameter<V>> parameter(ParameterKey<V> key) {
    Checks.required(key, "Policy.parameter", "key");
    Parameter<?> parameter = parameters.get(key.id());
    return parameter == null ? Optional.empty() : Optional.of(typed(parameter, key));
  }

  @SuppressWarnings("unchecked")
  private <V> Parameter<V> typed(Parameter<?> parameter, ParameterKey<V> key) {
    if (!parameter.key().type().equals(key.type())) {
      throw new InvalidPolicyException(
          "parameter '"
              + key.id()
              + "' holds "
              + parameter.key().type().getSimpleName()
              + " values, not "
              + key.type().getSimpleName());
    }
    return (Parameter<V>) parameter;
  }

  /**
   * The version of {@code key} in force on {@code day}.
   *
   * @throws ParameterNotInForceException if the policy has no value for that day
   */
  public <V> ParameterVersion<V> valueAt(ParameterKey<V> key, LocalDate day) {
    Checks.required(key, "Policy.valueAt", "key");
    Checks.required(day, "Policy.valueAt", "day");
    return parameter(key)
        .flatMap(p -> p.at(day))
        .orElseThrow(() -> new ParameterNotInForceException(id, key.id(), day));
  }

  /**
   * The value of {@code key} in force on {@code day}: {@link #valueAt} without the version's
   * record, for hot paths that need the number only.
   *
   * @throws ParameterNotInForceException if the policy has no value for that day
   */
  public <V> V value(ParameterKey<V> key, LocalDate day) {
    Checks.required(key, "Policy.value", "key");
    Checks.required(day, "Policy.value", "day");
    V value = findValue(key, day);
    if (value == null) {
      throw new ParameterNotInForceException(id, key.id(), day);
    }
    return value;
  }

  /** The value of {@code key} in force on {@code day}, or null if there is none. */
  public <V> @Nullable V findValue(ParameterKey<V> key, LocalDate day) {
    Checks.required(key, "Policy.findValue", "key");
    Checks.required(day, "Policy.findValue", "day");
    Parameter<?> parameter = parameters.get(key.id());
    return parameter == null ? null : typed(parameter, key).valueOn(day);
  }

  /** Every parameter of the policy. */
  public Collection<Parameter<?>> parameters() {
    return parameters.values();
  }

  @Override
  public String toString() {
    return "Policy[" + id + " " + version + ", " + parameters.size() + " parameters]";
  }

  /** Builds a {@link Policy}. Not thread-safe. */
  public static final class Builder {
    private final String id;
    private final String version;
    private final Map<String, Parameter<?>> parameters = new LinkedHashMap<>();

    private Builder(String id, String version) {
      if (id == null || id.isBlank()) {
        throw InvalidInputException.of("Policy", "id", "must not be blank");
      }
      if (version == null || version.isBlank()) {
        throw InvalidInputException.of("Policy", "version", "must not be blank");
      }
      this.id = id;
      this.version = version;
    }

    /** Copies every parameter of {@code base}; later calls may override them. */
    public Builder basedOn(Policy base) {
      parameters.putAll(Checks.required(base, "Policy " + id, "base").parameters);
      return this;
    }

    /**
     * Defines a parameter from scratch.
     *
     * @throws InvalidPolicyException if the parameter is already defined, or its versions overlap
     */
    @SafeVarargs
    @SuppressWarnings("varargs") // the array is only read, into an immutable list
    public final <V> Builder define(ParameterKey<V> key, ParameterVersion<V>... versions) {
      Checks.required(key, "Policy " + id, "key");
      Checks.values("Policy " + id, "versions", versions);
      if (parameters.containsKey(key.id())) {
        throw new InvalidPolicyException(
            "parameter '" + key.id() + "' is defined twice in policy '" + id + "'");
      }
      parameters.put(key.id(), Parameter.of(key, List.of(versions)));
      return this;
    }

    /**
     * Puts {@code version} over whatever the parameter had during its period, keeping the other
     * versions (cut short where they overlap). Defines the parameter if it did not exist.
     */
    public <V> Builder override(ParameterKey<V> key, ParameterVersion<V> version) {
      Checks.required(key, "Policy " + id, "key");
      Checks.required(version, "Policy " + id, "version");
      Parameter<?> existing = parameters.get(key.id());
      Parameter<V> updated;
      if (existing == null) {
        updated = Parameter.of(key, List.of(version));
      } else {
        if (!existing.key().type().equals(key.type())) {
          throw new InvalidPolicyException(
              "parameter '" + key.id() + "' cannot change its type in an override");
        }
        @SuppressWarnings("unchecked")
        Parameter<V> typed = (Parameter<V>) existing;
        updated = typed.overriddenBy(version);
      }
      parameters.put(key.id(), updated);
      return this;
    }

    /** The immutable policy. */
    public Policy build() {
      return new Policy(id, version, parameters);
    }
  }
}
