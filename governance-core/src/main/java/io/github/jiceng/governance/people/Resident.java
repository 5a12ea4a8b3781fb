package io.github.jiceng.governance.people;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.base.Versioned;
import io.github.jiceng.governance.internal.Checks;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A resident (居民) of a household: stored on its own, keyed by an id the caller chooses, and
 * referring to its household.
 *
 * <p>The id appears in messages and logs, so it must not be personal data: an id that is itself a
 * valid identity number is rejected. The identity number is unique in a store: two residents cannot
 * carry the same one.
 *
 * <p>{@link #toString()} masks the name, identity number and phone.
 *
 * @param id the resident's key, for example {@code CD-0001-1}
 * @param householdId the key of the household the resident belongs to
 * @param name the resident's name
 * @param identityNumber the citizen identity number (GB 11643)
 * @param phone a phone number, if known
 * @param relation how the resident relates to the head of the household
 * @param tags the groups needing care the resident belongs to; may be empty
 * @param version the storage version; 0 for a resident not stored yet
 */
public record Resident(
    @NotBlank @Size(max = 64) String id,
    @NotBlank @Size(max = 64) String householdId,
    @NotBlank @Size(max = 50) String name,
    IdentityNumber identityNumber,
    @Nullable PhoneNumber phone,
    Relation relation,
    Set<CareTag> tags,
    long version)
    implements Versioned<Resident> {
  private static final String SUBJECT = "Resident";

  public Resident {
    Checks.key(id, SUBJECT, "id");
    Checks.key(householdId, SUBJECT, "householdId");
    Checks.required(name, SUBJECT, "name");
    Checks.required(identityNumber, SUBJECT, "identityNumber");
    Checks.required(relation, SUBJECT, "relation");
    Checks.version(version, SUBJECT);
    tags = tagSet(tags);
  }

  /**
   * A new resident, not stored yet, with no phone and no tags.
   *
   * @throws InvalidInputException if the identity number is not valid (the message names the field,
   *     not the value)
   */
  public static Resident of(
      String id, String householdId, String name, String identityNumber, Relation relation) {
    return new Resident(
        id, householdId, name, IdentityNumber.of(identityNumber), null, relation, Set.of(), 0);
  }

  /** A copy with this phone number. */
  public Resident withPhone(@Nullable PhoneNumber newPhone) {
    return new Resident(id, householdId, name, identityNumber, newPhone, relation, tags, version);
  }

  /** A copy carrying these tags in addition to its own. */
  public Resident tagged(CareTag... more) {
    EnumSet<CareTag> all = tags.isEmpty() ? EnumSet.noneOf(CareTag.class) : EnumSet.copyOf(tags);
    all.addAll(Checks.values(SUBJECT, "tags", more));
    return new Resident(id, householdId, name, identityNumber, phone, relation, all, version);
  }

  /** A copy moved to another household. */
  public Resident movedTo(String newHouseholdId) {
    return new Resident(id, newHouseholdId, name, identityNumber, phone, relation, tags, version);
  }

  private static Set<CareTag> tagSet(@Nullable Set<CareTag> tags) {
    EnumSet<CareTag> copy = EnumSet.noneOf(CareTag.class);
    if (tags != null) {
      for (CareTag tag : tags) {
        copy.add(Checks.required(tag, SUBJECT, "tags[]"));
      }
    }
    return java.util.Collections.unmodifiableSet(copy);
  }

  /** Whether the resident belongs to the group {@code tag}. */
  public boolean has(CareTag tag) {
    return tags.contains(tag);
  }

  @Override
  public Resident withVersion(long newVersion) {
    return new Resident(id, householdId, name, identityNumber, phone, relation, tags, newVersion);
  }

  /** Shows the id and household; the name, identity number and phone masked. */
  @Override
  public String toString() {
    return "Resident[id="
        + id
        + ", householdId="
        + householdId
        + ", name="
        + Masking.name(name)
        + ", identityNumber="
        + identityNumber
        + ", phone="
        + phone
        + ", relation="
        + relation
        + ", tags="
        + tags
        + ", version="
        + version
        + "]";
  }
}
