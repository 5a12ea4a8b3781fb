package io.github.jiceng.governance.policy;

import com.google.common.collect.ImmutableRangeMap;
import com.google.common.collect.Range;
import com.google.common.collect.RangeMap;
import com.google.common.collect.TreeRangeMap;
import io.github.jiceng.governance.internal.Checks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A policy parameter: its key and its versions over time. Immutable; at most one version is in
 * force on any day.
 *
 * @param <V> the value type
 */
public final class Parameter<V> {
  private final ParameterKey<V> key;
  private final ImmutableRangeMap<LocalDate, ParameterVersion<V>> versions;

  // the same versions as days and values in date order, for valueOn: rules read a parameter on
  // every decision, and a search of the range map cost more than the rest of a rule (measured)
  private final long[] firstDays;
  private final long[] lastDays;
  private final Object[] values;

  private Parameter(ParameterKey<V> key, RangeMap<LocalDate, ParameterVersion<V>> versions) {
    this.key = key;
    this.versions = ImmutableRangeMap.copyOf(versions);
    int size = this.versions.asMapOfRanges().size();
    this.firstDays = new long[size];
    this.lastDays = new long[size];
    this.values = new Object[size];
    int i = 0;
    for (Map.Entry<Range<LocalDate>, ParameterVersion<V>> entry :
        this.versions.asMapOfRanges().entrySet()) {
      EffectivePeriod period = EffectivePeriod.ofRange(entry.getKey());
      LocalDate to = period.to();
      firstDays[i] = period.from().toEpochDay();
      lastDays[i] = to == null ? Long.MAX_VALUE : to.toEpochDay();
      values[i] = entry.getValue().value();
      i++;
    }
  }

  /**
   * A parameter made of {@code versions}, which must not overlap.
   *
   * @throws InvalidPolicyException if two versions are in force on the same day
   */
  @SafeVarargs
  @SuppressWarnings("varargs") // the array is only read, into an immutable list
  public static <V> Parameter<V> of(ParameterKey<V> key, ParameterVersion<V>... versions) {
    return of(key, Checks.values("Parameter", "versions", versions));
  }

  /**
   * A parameter made of {@code versions}, which must not overlap.
   *
   * @throws InvalidPolicyException if two versions are in force on the same day
   */
  public static <V> Parameter<V> of(ParameterKey<V> key, List<ParameterVersion<V>> versions) {
    Checks.required(key, "Parameter", "key");
    Checks.listOf(
        Checks.required(versions, "Parameter " + key.id(), "versions"),
        "Parameter " + key.id(),
        "versions");
    TreeRangeMap<LocalDate, ParameterVersion<V>> map = TreeRangeMap.create();
    for (ParameterVersion<V> version : versions) {
      Range<LocalDate> range = version.period().asRange();
      if (!map.subRangeMap(range).asMapOfRanges().isEmpty()) {
        ParameterVersion<V> clash =
            map.subRangeMap(range).asMapOfRanges().values().iterator().next();
        throw new InvalidPolicyException(
            "parameter '"
                + key.id()
                + "': version '"
                + version.label()
                + "' ("
                + version.period()
                + ") overlaps version '"
                + clash.label()
                + "' ("
                + clash.period()
                + ")");
      }
      map.put(range, version);
    }
    return new Parameter<>(key, map);
  }

  /** The key. */
  public ParameterKey<V> key() {
    return key;
  }

  /** The version in force on {@code day}, if any. */
  public Optional<ParameterVersion<V>> at(LocalDate day) {
    Map.Entry<Range<LocalDate>, ParameterVersion<V>> entry = versions.getEntry(day);
    if (entry == null) {
      return Optional.empty();
    }
    return Optional.of(entry.getValue().during(EffectivePeriod.ofRange(entry.getKey())));
  }

  /**
   * The value in force on {@code day}, or null: {@link #at} without building the version's record,
   * for hot paths that need the number only.
   */
  @SuppressWarnings("unchecked") // values holds the versions' values, all of type V
  public @Nullable V valueOn(LocalDate day) {
    long epochDay = Checks.required(day, "Parameter.valueOn", "day").toEpochDay();
    for (int i = 0; i < firstDays.length && firstDays[i] <= epochDay; i++) {
      if (epochDay <= lastDays[i]) {
        return (V) values[i];
      }
    }
    return null;
  }

  /**
   * All versions in date order. Where an override cut a version short, the period shown is the part
   * still in force.
   */
  public List<ParameterVersion<V>> versions() {
    List<ParameterVersion<V>> result = new ArrayList<>();
    versions
        .asMapOfRanges()
        .forEach((range, version) -> result.add(version.during(EffectivePeriod.ofRange(range))));
    return List.copyOf(result);
  }

  /**
   * A copy in which {@code version} replaces whatever was in force during its period; versions
   * outside that period are kept (cut short where they overlapped). This is how a city puts its own
   * number over a national default.
   */
  public Parameter<V> overriddenBy(ParameterVersion<V> version) {
    TreeRangeMap<LocalDate, ParameterVersion<V>> map = TreeRangeMap.create();
    map.putAll(versions);
    map.put(version.period().asRange(), version);
    return new Parameter<>(key, map);
  }

  @Override
  public String toString() {
    return key.id() + versions();
  }
}
