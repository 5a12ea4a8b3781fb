package io.github.jiceng.governance.care;

import io.github.jiceng.governance.internal.Checks;
import io.github.jiceng.governance.people.CareTag;
import io.github.jiceng.governance.people.MaskedResident;
import io.github.jiceng.governance.policy.Compliance;
import io.github.jiceng.governance.policy.Decision;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A resident overdue for a visit or talk on a day, with the rule's explained decision. The resident
 * is masked: the list goes to grid workers' screens and printouts.
 *
 * @param resident the resident, masked
 * @param tag the care the contact is due for
 * @param lastContact the last visit or talk for that care, or null if none is recorded
 * @param overdueDays how many days overdue
 * @param decision the rule's decision, explained
 */
public record CareDue(
    MaskedResident resident,
    CareTag tag,
    @Nullable LocalDate lastContact,
    long overdueDays,
    Decision<Compliance> decision) {
  /** Checks the fields. */
  public CareDue {
    Checks.required(resident, "CareDue", "resident");
    Checks.required(tag, "CareDue", "tag");
    Checks.required(decision, "CareDue", "decision");
  }
}
