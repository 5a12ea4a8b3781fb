package io.github.jiceng.governance.election;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.internal.Checks;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An objection to the published register of voters (对登记参加选举的村民名单有异议) and its handling.
 *
 * @param raised the day it was raised
 * @param decided the day the election committee decided it, or null while undecided
 */
public record Objection(LocalDate raised, @Nullable LocalDate decided) {
  public Objection {
    Checks.required(raised, "Objection", "raised");
    if (decided != null && decided.isBefore(raised)) {
      throw InvalidInputException.of("Objection", "decided", "must not be before raised");
    }
  }
}
