package io.github.jiceng.governance.facility;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.internal.Checks;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The checklists a policy sets for communities' facilities, as one dated parameter ({@link
 * FacilityStandards#CHECKLISTS}): a city replaces the whole set from a date.
 *
 * @param lists the checklists, each id once
 */
public record Checklists(List<Checklist> lists) {
  /**
   * Checks the ids are distinct.
   *
   * @throws InvalidInputException if an id repeats or there are more than 20 lists
   */
  public Checklists {
    lists = Checks.listOf(lists, "Checklists", "lists");
    if (lists.size() > 20) {
      throw InvalidInputException.of("Checklists", "lists", "must be at most 20");
    }
    Set<String> ids = new HashSet<>();
    for (Checklist list : lists) {
      if (!ids.add(list.id())) {
        throw InvalidInputException.of(
            "Checklists", "lists", "name checklist '" + list.id() + "' more than once");
      }
    }
  }

  /** The checklists given. */
  public static Checklists of(Checklist... lists) {
    Checks.required(lists, "Checklists", "lists");
    return new Checklists(java.util.Arrays.asList(lists));
  }
}
