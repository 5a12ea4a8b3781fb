package io.github.jiceng.governance.party;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.internal.Checks;
import io.github.jiceng.governance.people.Masking;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A party member (党员) of a branch or party group. A member is probationary (预备党员) from the day of
 * admission and full (正式党员) from the day of confirmation; both dates are kept, so counts are always
 * taken as of a date.
 *
 * @param id a stable id, unique within the community's party tree (a member belongs to one branch)
 * @param name the member's name
 * @param admitted the day the member was admitted as a probationary member (入党日期)
 * @param fullSince the day the member became a full member (转正日期), or {@code null} while
 *     probationary
 * @param mobile whether this is a mobile member (流动党员) living away from the home branch
 * @param reportingInService whether this is an in-service member reporting to the community
 *     (在职党员到社区报到), whose membership stays with the employer
 * @param unit the resident unit the member works for, or {@code null}: a joint branch counts its
 *     members per unit
 * @param points the points recorded per period (党员积分), oldest first
 */
public record PartyMember(
    @Pattern(
            regexp = "[A-Za-z0-9._-]{1,64}",
            message = "must be 1-64 letters, digits, '.', '_' or '-'")
        String id,
    @NotBlank @Size(max = 64) String name,
    LocalDate admitted,
    @Nullable LocalDate fullSince,
    boolean mobile,
    boolean reportingInService,
    @Nullable @Size(min = 1, max = 100) String unit,
    @Valid List<MemberPoints> points) {
  private static final String SUBJECT = "PartyMember";

  public PartyMember {
    Checks.key(id, SUBJECT, "id");
    Checks.required(name, SUBJECT, "name");
    Checks.required(admitted, SUBJECT, "admitted");
    points = Checks.listOf(points, SUBJECT, "points");
    if (fullSince != null && fullSince.isBefore(admitted)) {
      throw InvalidInputException.of(SUBJECT, "fullSince", "must not be before admitted");
    }
  }

  /** A full member admitted on {@code admitted} and confirmed on {@code fullSince}. */
  public static PartyMember full(String id, String name, LocalDate admitted, LocalDate fullSince) {
    return new PartyMember(
        id,
        name,
        admitted,
        Checks.required(fullSince, SUBJECT, "fullSince"),
        false,
        false,
        null,
        List.of());
  }

  /** A probationary member admitted on {@code admitted}. */
  public static PartyMember probationary(String id, String name, LocalDate admitted) {
    return new PartyMember(id, name, admitted, null, false, false, null, List.of());
  }

  /** The same member, marked as a mobile member (流动党员). */
  public PartyMember asMobile() {
    return new PartyMember(id, name, admitted, fullSince, true, reportingInService, unit, points);
  }

  /** The same member, marked as an in-service member reporting to the community (在职党员报到). */
  public PartyMember asReportingInService() {
    return new PartyMember(id, name, admitted, fullSince, mobile, true, unit, points);
  }

  /** The same member, working for resident unit {@code unitName}. */
  public PartyMember inUnit(String unitName) {
    return new PartyMember(
        id,
        name,
        admitted,
        fullSince,
        mobile,
        reportingInService,
        Checks.required(unitName, SUBJECT, "unit"),
        points);
  }

  /** The same member with one more period of points. */
  public PartyMember withPoints(MemberPoints period) {
    List<MemberPoints> more = new ArrayList<>(points);
    more.add(Checks.required(period, SUBJECT, "points"));
    return new PartyMember(id, name, admitted, fullSince, mobile, reportingInService, unit, more);
  }

  /** The resident unit the member works for, if recorded. */
  public Optional<String> workUnit() {
    return Optional.ofNullable(unit);
  }

  /**
   * Whether the member's membership (组织关系) is held by the organisation that lists the member: false
   * for an in-service member reporting to the community, whose membership stays with the employer's
   * organisation. Only own members count towards the setup thresholds.
   */
  public boolean isOwnMember() {
    return !reportingInService;
  }

  /** Whether the person is a member (full or probationary) on {@code day}. */
  public boolean isMemberOn(LocalDate day) {
    Checks.required(day, "PartyMember.isMemberOn", "day");
    return !day.isBefore(admitted);
  }

  /** Whether the person is a full member on {@code day}. */
  public boolean isFullOn(LocalDate day) {
    Checks.required(day, "PartyMember.isFullOn", "day");
    return fullSince != null && !day.isBefore(fullSince);
  }

  /** The points recorded for periods that overlap {@code from}–{@code to}, summed. */
  public int pointsBetween(LocalDate from, LocalDate to) {
    return points.stream()
        .filter(p -> !p.to().isBefore(from) && !p.from().isAfter(to))
        .mapToInt(MemberPoints::points)
        .sum();
  }

  /** The member with the name masked ({@code 王**}): names are personal data. */
  @Override
  public String toString() {
    return "PartyMember[id="
        + id
        + ", name="
        + Masking.name(name)
        + ", admitted="
        + admitted
        + ", fullSince="
        + fullSince
        + ", mobile="
        + mobile
        + ", reportingInService="
        + reportingInService
        + ", unit="
        + unit
        + ", points="
        + points.size()
        + " periods]";
  }
}
