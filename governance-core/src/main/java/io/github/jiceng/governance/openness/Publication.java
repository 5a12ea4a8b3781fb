package io.github.jiceng.governance.openness;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.internal.Checks;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a committee's publication log (公开记录).
 *
 * @param kind what was published
 * @param on the day it was published
 * @param matter for a major matter, its key (the one {@link MajorMatter} names, at most 64
 *     characters), else null
 */
public record Publication(PublicationKind kind, LocalDate on, @Nullable String matter) {
  public Publication {
    Checks.required(kind, "Publication", "kind");
    Checks.required(on, "Publication", "on");
    if ((kind == PublicationKind.MAJOR) != (matter != null)) {
      throw InvalidInputException.of(
          "Publication", "matter", "names the major matter published, and only for one");
    }
    if (matter != null && (Checks.key(matter, "Publication", "matter").length() > 64)) {
      throw InvalidInputException.of("Publication", "matter", "must be at most 64 characters");
    }
  }
}
