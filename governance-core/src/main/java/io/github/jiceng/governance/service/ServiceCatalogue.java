package io.github.jiceng.governance.service;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.base.Violation;
import io.github.jiceng.governance.internal.Checks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A jurisdiction's catalogue of public service items (公共服务事项目录), every version of every item, asked
 * as of a day: which items exist on that day and what each then requires. Immutable and
 * thread-safe; build with {@link #builder(String, String)}.
 */
public final class ServiceCatalogue {
  private final String id;
  private final String version;
  private final Map<String, List<ServiceItem>> versions;

  private ServiceCatalogue(String id, String version, Map<String, List<ServiceItem>> versions) {
    this.id = id;
    this.version = version;
    this.versions = versions;
  }

  /** A builder for catalogue {@code id}, version {@code version} (e.g. a year and a number). */
  public static Builder builder(String id, String version) {
    return new Builder(
        Checks.key(id, "ServiceCatalogue", "id"),
        Checks.key(version, "ServiceCatalogue", "version"));
  }

  /** The catalogue's id. */
  public String id() {
    return id;
  }

  /** The catalogue's version. */
  public String version() {
    return version;
  }

  /** The version of item {@code code} valid on {@code day}, if the item exists then. */
  public Optional<ServiceItem> item(String code, LocalDate day) {
    Checks.required(code, "ServiceCatalogue.item", "code");
    Checks.required(day, "ServiceCatalogue.item", "day");
    for (ServiceItem item : versions.getOrDefault(code, List.of())) {
      if (item.period().contains(day)) {
        return Optional.of(item);
      }
    }
    return Optional.empty();
  }

  /** The items valid on {@code day}, by code. */
  public List<ServiceItem> items(LocalDate day) {
    Checks.required(day, "ServiceCatalogue.items", "day");
    List<ServiceItem> valid = new ArrayList<>();
    for (String code : versions.keySet()) {
      item(code, day).ifPresent(valid::add);
    }
    return valid;
  }

  /** The code of every item the catalogue has ever had, in order. */
  public List<String> codes() {
    return List.copyOf(versions.keySet());
  }

  /** Every version of item {@code code}, oldest first; empty if the catalogue has no such item. */
  public List<ServiceItem> versions(String code) {
    return versions.getOrDefault(
        Checks.required(code, "ServiceCatalogue.versions", "code"), List.of());
  }

  /** The windows that take an item valid on {@code day}, by name. */
  public SortedSet<String> windows(LocalDate day) {
    SortedSet<String> windows = new TreeSet<>();
    items(day).forEach(item -> windows.add(item.window()));
    return windows;
  }

  @Override
  public String toString() {
    return "ServiceCatalogue[" + id + " " + version + ", " + versions.size() + " items]";
  }

  /** Builds a {@link ServiceCatalogue}. Not thread-safe. */
  public static final class Builder {
    private final String id;
    private final String version;
    private final List<ServiceItem> items = new ArrayList<>();

    private Builder(String id, String version) {
      this.id = id;
      this.version = version;
    }

    /** Adds a version of an item. */
    public Builder item(ServiceItem item) {
      items.add(Checks.required(item, "ServiceCatalogue", "item"));
      return this;
    }

    /**
     * The catalogue.
     *
     * @throws InvalidInputException if two versions of one item overlap ({@code items[3]: …})
     */
    public ServiceCatalogue build() {
      // the position of each version as added, so that a problem names the one to fix
      Map<String, List<Integer>> byCode = new TreeMap<>();
      for (int i = 0; i < items.size(); i++) {
        byCode.computeIfAbsent(items.get(i).code(), c -> new ArrayList<>()).add(i);
      }
      List<Violation> problems = new ArrayList<>();
      for (List<Integer> positions : byCode.values()) {
        positions.sort(Comparator.comparing(i -> items.get(i).period().from()));
        for (int a = 0; a < positions.size(); a++) {
          ServiceItem earlier = items.get(positions.get(a));
          for (int b = a + 1; b < positions.size(); b++) {
            if (earlier.period().overlaps(items.get(positions.get(b)).period())) {
              problems.add(
                  new Violation(
                      "items[" + positions.get(b) + "]",
                      "overlaps the version of item "
                          + earlier.code()
                          + " valid from "
                          + earlier.period().from()));
            }
          }
        }
      }
      if (!problems.isEmpty()) {
        throw new InvalidInputException("service catalogue " + id, problems);
      }
      Map<String, List<ServiceItem>> frozen = new TreeMap<>();
      byCode.forEach(
          (code, positions) -> frozen.put(code, positions.stream().map(items::get).toList()));
      return new ServiceCatalogue(id, version, java.util.Collections.unmodifiableMap(frozen));
    }
  }
}
