package io.github.jiceng.governance.access;

import io.github.jiceng.governance.internal.Checks;
import jakarta.validation.constraints.Size;

/**
 * An inspection or assessment (检查考核 / 创建评比) that a task brings with it.
 *
 * @param title what is inspected, for example "文明城市创建测评"
 * @param unifiedByStreetOffice whether it is carried out within the street office's unified
 *     comprehensive assessment (街道统一综合考评) rather than by the department on its own
 */
public record Inspection(@Size(max = 500) String title, boolean unifiedByStreetOffice) {

  public Inspection {
    title = WorkItem.nonBlank(Checks.required(title, "Inspection", "title"), "Inspection", "title");
  }

  /** An inspection within the street office's unified assessment. */
  public static Inspection unified(String title) {
    return new Inspection(title, true);
  }

  /** An inspection the department would carry out on its own. */
  public static Inspection separate(String title) {
    return new Inspection(title, false);
  }
}
