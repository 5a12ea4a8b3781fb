package io.github.jiceng.governance.openness;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.internal.Checks;
import java.time.LocalDate;

/**
 * A major matter touching villagers' interests (涉及村民利益的重大事项), decided on a day: it must be
 * published at once (随时公布).
 *
 * @param key its key, at most 64 characters, named by its {@link Publication}
 * @param decided the day it was decided
 */
public record MajorMatter(String key, LocalDate decided) {
  public MajorMatter {
    Checks.key(key, "MajorMatter", "key");
    if (key.length() > 64) {
      throw InvalidInputException.of("MajorMatter", "key", "must be at most 64 characters");
    }
    Checks.required(decided, "MajorMatter", "decided");
  }
}
