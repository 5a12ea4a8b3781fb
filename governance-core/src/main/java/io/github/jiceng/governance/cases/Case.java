package io.github.jiceng.governance.cases;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.base.Versioned;
import io.github.jiceng.governance.division.Coordinates;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.grid.GridCode;
import io.github.jiceng.governance.grid.GridSetting;
import io.github.jiceng.governance.internal.Checks;
import io.github.jiceng.governance.service.Satisfaction;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A case on the closed loop (案件): a problem reported at a place, of a category, followed from the
 * report to its closure. Immutable: each action gives the next case and the {@link CaseTransition}
 * that records it ({@link #apply}); nothing is overwritten.
 *
 * <p>Responsibility (首接负责): the body that received the report answers for the case until it is
 * dispatched; then the body it was dispatched to does; a body that returns it as not responsible
 * hands it back to the first one until it is dispatched again.
 *
 * @param id the case's key, at most 64 characters
 * @param category its category in the event catalogue
 * @param kind immediate, promised or coordinated
 * @param urgency normal or urgent
 * @param source where it came from
 * @param community the community or village it is in
 * @param setting urban for a community, rural for a village: the limits may differ (城市 / 农村)
 * @param grid the grid it is in, or null if not known
 * @param building the building, or null
 * @param coordinates where on the map, or null
 * @param description what is wrong, at most 2,000 characters; it may describe people, so it never
 *     appears in {@code toString}
 * @param attachments ids of photos or documents kept elsewhere, at most 20
 * @param reporter who reported it, or null (a patrol); masked in {@code toString}
 * @param receivedBy the body that received the report (首接), e.g. the 12345 centre or the community
 * @param state where it stands
 * @param body the body it is dispatched to now, or null
 * @param pendingRequestBy who asked for the extension or suspension awaiting approval, or null
 * @param level the level that oversees it, raised by each escalation
 * @param evaluation the reporter's evaluation of the result (评价, the fifth step of 民情五步工作法), given
 *     once after closure, or null
 * @param times what the loop's figures count of it: deadlines, on-time flags, handling time,
 *     returns, reworks, extensions ({@link CaseTimes})
 * @param reportedAt when it was reported
 * @param changedAt when its last step happened
 * @param transitions how many steps its history has (the report included)
 * @param version the stored version
 */
public record Case(
    String id,
    CaseCategory category,
    CaseKind kind,
    Urgency urgency,
    CaseSource source,
    DivisionCode community,
    GridSetting setting,
    @Nullable GridCode grid,
    @Nullable String building,
    @Nullable Coordinates coordinates,
    String description,
    List<String> attachments,
    @Nullable Reporter reporter,
    String receivedBy,
    CaseState state,
    @Nullable String body,
    @Nullable String pendingRequestBy,
    EscalationLevel level,
    @Nullable Satisfaction evaluation,
    CaseTimes times,
    Instant reportedAt,
    Instant changedAt,
    int transitions,
    long version)
    implements Versioned<Case> {
  private static final String SUBJECT = "Case";

  /**
   * Checks the fields.
   *
   * @throws InvalidInputException naming the field that is missing or out of its bounds
   */
  public Case {
    Checks.key(id, SUBJECT, "id");
    Checks.required(category, SUBJECT, "category");
    Checks.required(kind, SUBJECT, "kind");
    Checks.required(urgency, SUBJECT, "urgency");
    Checks.required(source, SUBJECT, "source");
    Checks.required(community, SUBJECT, "community");
    Checks.required(setting, SUBJECT, "setting");
    Checks.required(description, SUBJECT, "description");
    attachments = Checks.listOf(attachments, SUBJECT, "attachments");
    Checks.key(receivedBy, SUBJECT, "receivedBy");
    Checks.required(state, SUBJECT, "state");
    Checks.required(level, SUBJECT, "level");
    Checks.required(times, SUBJECT, "times");
    Checks.required(reportedAt, SUBJECT, "reportedAt");
    Checks.required(changedAt, SUBJECT, "changedAt");
    Checks.version(version, SUBJECT);
    if (id.length() > 64) {
      throw InvalidInputException.of(SUBJECT, "id", "must be at most 64 characters");
    }
    if (description.isBlank() || description.length() > 2_000) {
      throw InvalidInputException.of(SUBJECT, "description", "must be 1 to 2000 characters");
    }
    if (building != null && (building.isBlank() || building.length() > 100)) {
      throw InvalidInputException.of(SUBJECT, "building", "must be 1 to 100 characters");
    }
    if (attachments.size() > 20) {
      throw InvalidInputException.of(SUBJECT, "attachments", "must be at most 20");
    }
    for (int i = 0; i < attachments.size(); i++) {
      String a = attachments.get(i);
      if (a.isBlank() || a.length() > 128 || Checks.containsPersonalNumber(a)) {
        throw InvalidInputException.of(
            SUBJECT,
            "attachments[" + i + "]",
            "must be a document id of at most 128 characters, without personal numbers");
      }
    }
    if (body != null) {
      Checks.key(body, SUBJECT, "body");
    }
    if (changedAt.isBefore(reportedAt)) {
      throw InvalidInputException.of(SUBJECT, "changedAt", "must not be before reportedAt");
    }
    if (transitions < 1) {
      throw InvalidInputException.of(SUBJECT, "transitions", "must be at least 1 (the report)");
    }
  }

  /** A new case and the first step of its history. */
  public record Step(Case next, CaseTransition transition) {}

  /** The body answering for the case now: the one it is dispatched to, else the first receiver. */
  public String responsible() {
    return body != null ? body : receivedBy;
  }

  /**
   * A case in a community of {@code setting}, reported at {@code at} by {@code actor}, received by
   * {@code receivedBy}: state {@link CaseState#REPORTED}, version 0 until stored.
   *
   * @throws InvalidInputException naming any field that is wrong
   */
  public static Step report(
      String id,
      CaseCategory category,
      CaseKind kind,
      Urgency urgency,
      CaseSource source,
      DivisionCode community,
      GridSetting setting,
      @Nullable GridCode grid,
      String description,
      @Nullable Reporter reporter,
      String receivedBy,
      String actor,
      Instant at) {
    return report(
        new CaseReport(
            id,
            category,
            kind,
            urgency,
            source,
            community,
            grid,
            description,
            reporter,
            receivedBy),
        setting,
        actor,
        at);
  }

  /**
   * The case {@code r} describes, in a community of {@code setting} (the desk reads it off the
   * community's level: rural for a village), reported at {@code at} by {@code actor}: state {@link
   * CaseState#REPORTED}, version 0 until stored.
   *
   * @throws InvalidInputException naming any field that is wrong
   */
  public static Step report(CaseReport r, GridSetting setting, String actor, Instant at) {
    Checks.required(r, SUBJECT, "report");
    Case reported =
        new Case(
            r.id(),
            r.category(),
            r.kind(),
            r.urgency(),
            r.source(),
            r.community(),
            setting,
            r.grid(),
            r.building(),
            r.coordinates(),
            r.description(),
            r.attachments(),
            r.reporter(),
            r.receivedBy(),
            CaseState.REPORTED,
            null,
            null,
            EscalationLevel.GRID,
            null,
            CaseTimes.NONE,
            at,
            at,
            1,
            0);
    return new Step(
        reported,
        new CaseTransition(r.id(), 1, null, null, CaseState.REPORTED, actor, at, null, null));
  }

  /**
   * What {@code action} by {@code actor} at {@code at} makes of this case: the next case and the
   * step to keep.
   *
   * @param reason why — required for the actions that {@link CaseAction#needsReason()}
   * @param toBody the body to dispatch to — required for {@link CaseAction#DISPATCH}, refused for
   *     any other action
   * @throws IllegalCaseTransitionException if the action cannot happen in the current state
   * @throws InvalidInputException if a reason or a body is missing or not wanted, {@code at} is
   *     before the last step, or an approval is given by the actor who asked
   */
  public Step apply(
      CaseAction action,
      String actor,
      Instant at,
      @Nullable String reason,
      @Nullable String toBody) {
    Checks.required(action, SUBJECT, "action");
    Checks.key(actor, SUBJECT, "actor");
    Checks.required(at, SUBJECT, "at");
    if (!action.allowedFrom(state)) {
      throw new IllegalCaseTransitionException(id, state, action);
    }
    if (action.needsReason() && (reason == null || reason.isBlank())) {
      throw InvalidInputException.of("case " + id, "reason", "must be given for " + action);
    }
    if ((action == CaseAction.DISPATCH) != (toBody != null)) {
      throw InvalidInputException.of(
          "case " + id,
          "body",
          action == CaseAction.DISPATCH
              ? "must name the body the case is dispatched to"
              : "is given only when dispatching");
    }
    if (at.isBefore(changedAt)) {
      throw InvalidInputException.of(
          "case " + id, "at", "must not be before the last step (" + changedAt + ")");
    }
    if (action == CaseAction.ESCALATE && level == EscalationLevel.DISTRICT) {
      throw InvalidInputException.of(
          "case " + id, "action", "ESCALATE cannot go above the DISTRICT level");
    }
    if (action.isApproval() && actor.equals(pendingRequestBy)) {
      throw InvalidInputException.of(
          "case " + id, "actor", "must not approve what the same actor asked for");
    }
    String nextBody =
        switch (action) {
          case DISPATCH -> toBody;
          case RETURN_AS_NOT_RESPONSIBLE -> null;
          default -> body;
        };
    String pending;
    if (action == CaseAction.REQUEST_EXTENSION || action == CaseAction.REQUEST_SUSPENSION) {
      pending = actor;
    } else {
      pending = action == CaseAction.ESCALATE ? pendingRequestBy : null; // an escalation waits too
    }
    CaseState nextState = action.next(state);
    EscalationLevel nextLevel = action == CaseAction.ESCALATE ? level.next() : level;
    Case next =
        changed(
            nextState,
            nextBody,
            pending,
            nextLevel,
            evaluation,
            times.counting(action),
            at,
            transitions + 1,
            version);
    return new Step(
        next,
        new CaseTransition(
            id, transitions + 1, action, state, nextState, actor, at, reason, toBody));
  }

  /**
   * The case with its reporter's evaluation of the result, given once the case is closed.
   *
   * @throws InvalidInputException if it is not closed, or was evaluated already
   */
  public Case evaluated(Satisfaction rating) {
    Checks.required(rating, SUBJECT, "rating");
    if (state != CaseState.CLOSED) {
      throw InvalidInputException.of(
          "case " + id, "evaluation", "can be given once the case is closed");
    }
    if (evaluation != null) {
      throw InvalidInputException.of(
          "case " + id, "evaluation", "was given already: it is recorded once");
    }
    return changed(
        state, body, pendingRequestBy, level, rating, times, changedAt, transitions, version);
  }

  /**
   * The case with {@code newTimes}: its clocks read after a step ({@link CaseTimes#withClocks}).
   */
  public Case withTimes(CaseTimes newTimes) {
    Checks.required(newTimes, SUBJECT, "times");
    return changed(
        state,
        body,
        pendingRequestBy,
        level,
        evaluation,
        newTimes,
        changedAt,
        transitions,
        version);
  }

  @Override
  public Case withVersion(long newVersion) {
    return changed(
        state,
        body,
        pendingRequestBy,
        level,
        evaluation,
        times,
        changedAt,
        transitions,
        newVersion);
  }

  /** This case with what a step or a store may change; the rest as it is. */
  private Case changed(
      CaseState newState,
      @Nullable String newBody,
      @Nullable String newPending,
      EscalationLevel newLevel,
      @Nullable Satisfaction newEvaluation,
      CaseTimes newTimes,
      Instant newChangedAt,
      int newTransitions,
      long newVersion) {
    return new Case(
        id,
        category,
        kind,
        urgency,
        source,
        community,
        setting,
        grid,
        building,
        coordinates,
        description,
        attachments,
        reporter,
        receivedBy,
        newState,
        newBody,
        newPending,
        newLevel,
        newEvaluation,
        newTimes,
        reportedAt,
        newChangedAt,
        newTransitions,
        newVersion);
  }

  /** The key, category, place, state and who answers for it; never the description or reporter. */
  @Override
  public String toString() {
    return "Case["
        + id
        + " "
        + category
        + " at "
        + community
        + (grid == null ? "" : " " + grid.value())
        + ", "
        + state
        + ", responsible "
        + responsible()
        + ", level "
        + level
        + ", v"
        + version
        + "]";
  }
}
