package io.github.jiceng.governance.points;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.internal.Checks;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A moral points bank's table of deeds, as one dated parameter ({@link PointsRules#DEEDS}): a
 * village replaces the whole table from a date.
 *
 * @param deeds the deeds, each code once, at most 200
 */
public record DeedTable(List<Deed> deeds) {
  /**
   * Checks the codes are distinct.
   *
   * @throws InvalidInputException if a code repeats or the table is empty or over 200
   */
  public DeedTable {
    deeds = Checks.listOf(deeds, "DeedTable", "deeds");
    if (deeds.isEmpty() || deeds.size() > 200) {
      throw InvalidInputException.of("DeedTable", "deeds", "must be 1 to 200");
    }
    Set<String> codes = new HashSet<>();
    for (Deed deed : deeds) {
      if (!codes.add(deed.code())) {
        throw InvalidInputException.of(
            "DeedTable", "deeds", "name deed '" + deed.code() + "' more than once");
      }
    }
  }

  /** The table of {@code deeds}. */
  public static DeedTable of(Deed... deeds) {
    Checks.required(deeds, "DeedTable", "deeds");
    return new DeedTable(java.util.Arrays.asList(deeds));
  }

  /** The deed with {@code code}, if the table has it. */
  public Optional<Deed> find(String code) {
    return deeds.stream().filter(d -> d.code().equals(code)).findFirst();
  }
}
