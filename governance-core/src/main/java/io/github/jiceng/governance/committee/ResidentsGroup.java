package io.github.jiceng.governance.committee;

import io.github.jiceng.governance.internal.Checks;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * A residents' group (居民小组) or villagers' group (村民小组): a sub-unit of a committee, usually a few
 * buildings or a natural village.
 *
 * @param name the group's name, unique within the committee
 * @param households the number of households in the group
 */
public record ResidentsGroup(
    @NotBlank @Size(max = 64) String name, @PositiveOrZero int households) {

  public ResidentsGroup {
    Checks.required(name, "ResidentsGroup", "name");
  }
}
