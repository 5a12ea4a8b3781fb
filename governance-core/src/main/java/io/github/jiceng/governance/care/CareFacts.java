package io.github.jiceng.governance.care;

import io.github.jiceng.governance.internal.Checks;
import io.github.jiceng.governance.people.CareTag;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What the care rule looks at for one resident and one tag: the last contact for that tag.
 *
 * @param residentId the resident's key
 * @param tag the care tag
 * @param lastContact the day of the last visit or talk for that tag, or null if none is recorded
 */
public record CareFacts(String residentId, CareTag tag, @Nullable LocalDate lastContact) {
  /** Checks the fields. */
  public CareFacts {
    Checks.key(residentId, "CareFacts", "residentId");
    Checks.required(tag, "CareFacts", "tag");
  }
}
