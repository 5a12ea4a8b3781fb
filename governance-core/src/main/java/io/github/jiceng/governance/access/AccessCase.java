package io.github.jiceng.governance.access;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.internal.Checks;
import java.util.List;

/**
 * The facts an access decision is made on: one request, one of its communities, and what the store
 * knows around them.
 *
 * @param request the request
 * @param community the community decided for
 * @param inspectionsThisYear inspections the same department already brings to this community in
 *     the calendar year of the request's start, through other admitted requests (rule A9)
 * @param approvals the leadership group's steps on this request, in order (rule A4)
 * @param streetOffice whether the community answers to a street office on the day decided (rule
 *     A5); false where the street office has been abolished and the community deals with the
 *     district directly ({@link io.github.jiceng.governance.division.DivisionTimeline#parentOn})
 */
public record AccessCase(
    TaskRequest request,
    DivisionCode community,
    int inspectionsThisYear,
    List<ApprovalStep> approvals,
    boolean streetOffice) {

  public AccessCase {
    Checks.required(request, "AccessCase", "request");
    Checks.required(community, "AccessCase", "community");
    if (inspectionsThisYear < 0) {
      throw InvalidInputException.of("AccessCase", "inspectionsThisYear", "must not be negative");
    }
    approvals = Checks.listOf(approvals, "AccessCase", "approvals");
  }

  /** A case of a community that answers to a street office, as most do. */
  public AccessCase(
      TaskRequest request,
      DivisionCode community,
      int inspectionsThisYear,
      List<ApprovalStep> approvals) {
    this(request, community, inspectionsThisYear, approvals, true);
  }

  /** A request for one community with no history: no earlier inspections, no approval steps. */
  public static AccessCase of(TaskRequest request, DivisionCode community) {
    return new AccessCase(request, community, 0, List.of());
  }

  /** This case for a community whose street office has been abolished on the day decided. */
  public AccessCase withoutStreetOffice() {
    return new AccessCase(request, community, inspectionsThisYear, approvals, false);
  }
}
