package io.github.jiceng.governance.facility;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.grid.GridSetting;
import io.github.jiceng.governance.internal.Checks;
import io.github.jiceng.governance.policy.Text;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a community's facilities must hold, as a district or city writes it — "三室三站一栏一校一场", "五中心
 * 一广场", "一厅八室三栏一场所": named items, each a room or function code that some facility of the community
 * must list.
 *
 * @param id its key, e.g. {@code three-rooms-three-stations}
 * @param title what the policy calls it
 * @param settings the communities it applies to: urban, rural or both
 * @param items what must be there, 1 to 50, each code once
 */
public record Checklist(String id, Text title, Set<GridSetting> settings, List<Item> items) {
  private static final Pattern CODE = Pattern.compile("[a-z0-9-]{1,32}");
  private static final String SUBJECT = "Checklist";

  /**
   * One item of a checklist.
   *
   * @param code the room or function code a facility lists, e.g. {@code police-room}
   * @param name its name, e.g. 社区警务室 / community police room
   */
  public record Item(String code, Text name) {
    /** Checks the code. */
    public Item {
      Checks.required(code, "Checklist.Item", "code");
      Checks.required(name, "Checklist.Item", "name");
      if (!CODE.matcher(code).matches()) {
        throw InvalidInputException.of(
            "Checklist.Item",
            "code",
            "must be lower-case letters, digits and '-', at most 32 characters");
      }
    }
  }

  /**
   * Checks the fields.
   *
   * @throws InvalidInputException if a field is missing, there are no items or more than 50, or a
   *     code repeats
   */
  public Checklist {
    Checks.key(id, SUBJECT, "id");
    Checks.required(title, SUBJECT, "title");
    Checks.required(settings, SUBJECT, "settings");
    items = Checks.listOf(items, SUBJECT, "items");
    if (settings.isEmpty()) {
      throw InvalidInputException.of(
          SUBJECT + " " + id, "settings", "must name urban, rural or both");
    }
    settings = Set.copyOf(EnumSet.copyOf(settings));
    if (items.isEmpty() || items.size() > 50) {
      throw InvalidInputException.of(SUBJECT + " " + id, "items", "must be 1 to 50");
    }
    Set<String> codes = new HashSet<>();
    for (Item item : items) {
      if (!codes.add(item.code())) {
        throw InvalidInputException.of(
            SUBJECT + " " + id, "items", "name code '" + item.code() + "' more than once");
      }
    }
  }

  /** Whether it applies to communities of {@code setting}. */
  public boolean appliesTo(GridSetting setting) {
    return settings.contains(setting);
  }

  /** The items none of {@code functions} provides, in the checklist's order. */
  public List<Item> missing(Set<String> functions) {
    return items.stream().filter(i -> !functions.contains(i.code())).toList();
  }
}
