package io.github.jiceng.governance.consultation;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.internal.Checks;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A community's catalogue of matters for consultation (协商事项目录, seed report 002: "督促各社区制定具体协商事项目录"),
 * as one dated parameter ({@link ConsultationRules#CATALOGUE}): a community replaces the whole
 * catalogue from a date.
 *
 * @param matters the matters, each code once, 1 to 200
 */
public record ConsultationCatalogue(List<ConsultationMatter> matters) {
  /**
   * Checks the codes are distinct.
   *
   * @throws InvalidInputException if a code repeats or the catalogue is empty or over 200
   */
  public ConsultationCatalogue {
    matters = Checks.listOf(matters, "ConsultationCatalogue", "matters");
    if (matters.isEmpty() || matters.size() > 200) {
      throw InvalidInputException.of("ConsultationCatalogue", "matters", "must be 1 to 200");
    }
    Set<String> codes = new HashSet<>();
    for (ConsultationMatter matter : matters) {
      if (!codes.add(matter.code())) {
        throw InvalidInputException.of(
            "ConsultationCatalogue",
            "matters",
            "name matter '" + matter.code() + "' more than once");
      }
    }
  }

  /** The catalogue of {@code matters}. */
  public static ConsultationCatalogue of(ConsultationMatter... matters) {
    return new ConsultationCatalogue(Checks.values("ConsultationCatalogue", "matters", matters));
  }

  /** The matter with {@code code}, if the catalogue has it. */
  public Optional<ConsultationMatter> find(String code) {
    return matters.stream().filter(m -> m.code().equals(code)).findFirst();
  }
}
