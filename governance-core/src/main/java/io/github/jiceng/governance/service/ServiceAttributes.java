package io.github.jiceng.governance.service;

import io.github.jiceng.governance.internal.Checks;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The checked attributes of one request, in the item's order. Immutable; personal values show
 * masked in {@link #toString()}.
 */
public final class ServiceAttributes {
  private final Map<String, AttributeValue> values;

  ServiceAttributes(List<AttributeValue> values) {
    Map<String, AttributeValue> byCode = new LinkedHashMap<>();
    for (AttributeValue value : Checks.listOf(values, "ServiceAttributes", "values")) {
      byCode.put(value.code(), value);
    }
    this.values = Collections.unmodifiableMap(byCode);
  }

  /**
   * Checked values as a store reads them back (it stored them from a checked request): no check is
   * repeated.
   */
  public static ServiceAttributes of(List<AttributeValue> values) {
    return new ServiceAttributes(values);
  }

  /** The value of the attribute {@code code}, if the request carries it. */
  public Optional<AttributeValue> get(String code) {
    return Optional.ofNullable(values.get(Checks.required(code, "ServiceAttributes", "code")));
  }

  /** Every value, in the item's order. */
  public List<AttributeValue> all() {
    return List.copyOf(values.values());
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ServiceAttributes o && o.values.equals(values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  /** The values, personal ones masked. */
  @Override
  public String toString() {
    return values.values().toString();
  }
}
