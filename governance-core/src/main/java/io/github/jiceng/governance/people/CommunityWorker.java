package io.github.jiceng.governance.people;

import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.internal.Checks;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A community worker (社区工作者) of a community's staff, who may serve as a grid worker (网格员, see
 * {@code Grid}'s assignments) and may hold social-work qualifications.
 *
 * <p>{@link #toString()} masks the name and phone.
 *
 * @param id the worker's key; not personal data
 * @param name the worker's name
 * @param phone a phone number, if known
 * @param community the community the worker serves
 * @param qualifications the social-work qualifications held; may be empty
 */
public record CommunityWorker(
    @NotBlank @Size(max = 64) String id,
    @NotBlank @Size(max = 50) String name,
    @Nullable PhoneNumber phone,
    DivisionCode community,
    Set<Qualification> qualifications) {
  private static final String SUBJECT = "CommunityWorker";

  public CommunityWorker {
    Checks.key(id, SUBJECT, "id");
    Checks.required(name, SUBJECT, "name");
    Checks.required(community, SUBJECT, "community");
    EnumSet<Qualification> copy = EnumSet.noneOf(Qualification.class);
    if (qualifications != null) {
      qualifications.forEach(q -> copy.add(Checks.required(q, SUBJECT, "qualifications[]")));
    }
    qualifications = java.util.Collections.unmodifiableSet(copy);
  }

  /** Whether the worker is a licensed social worker (社会工作师 or 高级社会工作师). */
  public boolean isLicensedSocialWorker() {
    return qualifications.stream().anyMatch(Qualification::isLicensed);
  }

  @Override
  public String toString() {
    return "CommunityWorker[id="
        + id
        + ", name="
        + Masking.name(name)
        + ", phone="
        + phone
        + ", community="
        + community
        + ", qualifications="
        + qualifications
        + "]";
  }
}
