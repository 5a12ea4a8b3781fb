package io.github.jiceng.governance.access;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.internal.Checks;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The communities a task is meant for: either named communities, or every community of one street
 * (resolved against the stored divisions when the request is decided).
 *
 * @param street the street whose communities are all meant, or {@code null}
 * @param communities the named communities, sorted, without duplicates (empty when {@code street}
 *     is set)
 */
public record Targets(@Nullable DivisionCode street, List<DivisionCode> communities) {

  public Targets {
    communities = List.copyOf(new TreeSet<>(Checks.listOf(communities, "Targets", "communities")));
    if (street == null && communities.isEmpty()) {
      throw InvalidInputException.of(
          "Targets", "communities", "must name a street or at least one community");
    }
    if (street != null && !communities.isEmpty()) {
      throw InvalidInputException.of(
          "Targets", "communities", "must be empty when a whole street is meant");
    }
    if (street != null && street.tier() != DivisionCode.Tier.STREET) {
      throw InvalidInputException.of("Targets", "street", "must be a street-level code");
    }
    for (DivisionCode community : communities) {
      if (community.tier() != DivisionCode.Tier.COMMUNITY) {
        throw InvalidInputException.of(
            "Targets", "communities", community + " is not a community-level code");
      }
    }
  }

  /** The named communities. */
  public static Targets communities(DivisionCode... communities) {
    return new Targets(null, Checks.values("Targets", "communities", communities));
  }

  /** The named communities. */
  public static Targets communities(List<DivisionCode> communities) {
    return new Targets(null, communities);
  }

  /** Every community of {@code street}. */
  public static Targets allOf(DivisionCode street) {
    return new Targets(street, List.of());
  }

  /** The street, when every community of a street is meant. */
  public Optional<DivisionCode> wholeStreet() {
    return Optional.ofNullable(street);
  }

  /**
   * The six-digit county every target lies in: the street's, or the communities' when they share
   * one; empty when the communities span counties. A store sharded by county keeps the request with
   * that county's communities, and refuses a request that has none.
   */
  public Optional<String> county() {
    if (street != null) {
      return Optional.of(street.countyCode());
    }
    String first = communities.get(0).countyCode();
    return communities.stream().allMatch(c -> c.countyCode().equals(first))
        ? Optional.of(first)
        : Optional.empty();
  }

  @Override
  public String toString() {
    return street != null ? "all communities of " + street : communities.toString();
  }
}
