package io.github.jiceng.governance.people;

import io.github.jiceng.governance.internal.Checks;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A resident as the desks show it without a stated purpose: the name, identity number and phone
 * masked (脱敏), everything else as stored. To see a resident in clear, ask the grid desk for it with
 * a {@code Purpose}; that view is recorded in the audit trail.
 *
 * @param id the resident's key
 * @param householdId the household's key
 * @param name the name, masked ({@code 张*})
 * @param identityNumber the identity number, masked ({@code 3418**********123X})
 * @param phone the phone, masked ({@code 138****5678}), or null if none is recorded
 * @param relation the relation to the head of the household
 * @param tags the groups needing care the resident belongs to
 * @param version the stored version
 */
public record MaskedResident(
    String id,
    String householdId,
    String name,
    String identityNumber,
    @Nullable String phone,
    Relation relation,
    Set<CareTag> tags,
    long version) {

  /** Copies the tags. */
  public MaskedResident {
    tags = Set.copyOf(Checks.required(tags, "MaskedResident", "tags"));
  }

  /** {@code resident}, masked. */
  public static MaskedResident of(Resident resident) {
    Checks.required(resident, "MaskedResident.of", "resident");
    PhoneNumber phone = resident.phone();
    return new MaskedResident(
        resident.id(),
        resident.householdId(),
        Masking.name(resident.name()),
        resident.identityNumber().masked(),
        phone == null ? null : phone.masked(),
        resident.relation(),
        resident.tags(),
        resident.version());
  }

  /** Whether the resident belongs to the group {@code tag}. */
  public boolean has(CareTag tag) {
    return tags.contains(tag);
  }

  /** The fields, which are masked already. */
  @Override
  public String toString() {
    return "MaskedResident[id="
        + id
        + ", householdId="
        + householdId
        + ", name="
        + name
        + ", identityNumber="
        + identityNumber
        + ", phone="
        + phone
        + ", relation="
        + relation
        + ", tags="
        + tags
        + "]";
  }
}
