package io.github.jiceng.governance.service;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.base.Versioned;
import io.github.jiceng.governance.calendar.WorkingCalendar;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.internal.Checks;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A resident's request for a service item, taken at a community's window (受理) and followed until it
 * is settled. Immutable: each event gives the next request and the {@link RequestTransition} that
 * records it ({@link #apply}). The request names its creator, so an actor's {@code SELF} scope
 * covers the requests it took.
 *
 * @param id the request's key
 * @param itemCode the service item asked for
 * @param itemVersionFrom the first day of the item version it was taken under
 * @param community the community or village whose station took it
 * @param window the window that took it
 * @param department the item's responsible department (主管部门), for the figures
 * @param createdBy the actor who took it
 * @param receivedOn the intake day
 * @param dueOn when it is due: the intake day for an item settled on the spot, else after the
 *     promised working days
 * @param state where it stands
 * @param doneOn the day it reached a final state, or null while open
 * @param workingDaysTaken the working days from intake to {@code doneOn}, or null while open (0 for
 *     an item settled at intake)
 * @param attributes the checked attributes (personal ones masked in {@code toString})
 * @param satisfaction the resident's rating, once given
 * @param transitions how many steps its history has (intake included)
 * @param version the stored version
 */
public record ServiceRequest(
    String id,
    String itemCode,
    LocalDate itemVersionFrom,
    DivisionCode community,
    String window,
    String department,
    String createdBy,
    LocalDate receivedOn,
    LocalDate dueOn,
    RequestState state,
    @Nullable LocalDate doneOn,
    @Nullable Integer workingDaysTaken,
    ServiceAttributes attributes,
    @Nullable Satisfaction satisfaction,
    int transitions,
    long version)
    implements Versioned<ServiceRequest> {
  private static final String SUBJECT = "ServiceRequest";

  /** Checks the fields. */
  public ServiceRequest {
    Checks.key(id, SUBJECT, "id");
    Checks.required(itemCode, SUBJECT, "itemCode");
    Checks.required(itemVersionFrom, SUBJECT, "itemVersionFrom");
    Checks.required(community, SUBJECT, "community");
    Checks.required(window, SUBJECT, "window");
    Checks.required(department, SUBJECT, "department");
    Checks.key(createdBy, SUBJECT, "createdBy");
    Checks.required(receivedOn, SUBJECT, "receivedOn");
    Checks.required(dueOn, SUBJECT, "dueOn");
    Checks.required(state, SUBJECT, "state");
    Checks.required(attributes, SUBJECT, "attributes");
    Checks.version(version, SUBJECT);
    if (id.length() > 64) {
      throw InvalidInputException.of(SUBJECT, "id", "must be at most 64 characters");
    }
    if (dueOn.isBefore(receivedOn)) {
      throw InvalidInputException.of(SUBJECT, "dueOn", "must not be before the intake day");
    }
    if (state.isFinal() != (doneOn != null) || (doneOn == null) != (workingDaysTaken == null)) {
      throw InvalidInputException.of(
          SUBJECT, "doneOn", "and workingDaysTaken are set exactly when the request is final");
    }
    if (doneOn != null && doneOn.isBefore(receivedOn)) {
      throw InvalidInputException.of(SUBJECT, "doneOn", "must not be before the intake day");
    }
    if (transitions < 1) {
      throw InvalidInputException.of(SUBJECT, "transitions", "must be at least 1 (the intake)");
    }
  }

  /** A new request and the first step of its history. */
  public record Step(ServiceRequest request, RequestTransition transition) {}

  /**
   * Takes a request for {@code item} at {@code community}'s window on {@code at}'s day: checks the
   * attributes against the item, and settles an item of {@link ItemKind#ON_THE_SPOT} at once.
   *
   * @throws InvalidInputException listing every attribute problem, never a value
   */
  public static Step intake(
      String id,
      ServiceItem item,
      DivisionCode community,
      Map<String, String> attributes,
      String actor,
      Instant at,
      LocalDate day,
      WorkingCalendar calendar) {
    Checks.required(item, SUBJECT, "item");
    Checks.required(at, SUBJECT, "at");
    Checks.required(day, SUBJECT, "day");
    if (!item.period().contains(day)) {
      throw InvalidInputException.of(
          SUBJECT, "itemCode", "item " + item.code() + " is not in the catalogue on " + day);
    }
    ServiceAttributes checked = item.checkAttributes(attributes, day);
    boolean settled = item.kind() == ItemKind.ON_THE_SPOT;
    RequestState state = settled ? RequestState.DONE : RequestState.RECEIVED;
    ServiceRequest request =
        new ServiceRequest(
            id,
            item.code(),
            item.period().from(),
            community,
            item.window(),
            item.department(),
            actor,
            day,
            item.dueOn(day, calendar),
            state,
            settled ? day : null,
            settled ? 0 : null,
            checked,
            null,
            1,
            0);
    return new Step(request, new RequestTransition(id, 1, null, null, state, actor, at, null));
  }

  /**
   * What {@code event} makes of this request: the next request (its history one step longer) and
   * the step to keep.
   *
   * @throws InvalidInputException if the event cannot happen in the current state, or a refusal or
   *     return has no reason
   */
  public Step apply(
      RequestEvent event,
      String actor,
      Instant at,
      LocalDate day,
      @Nullable String note,
      WorkingCalendar calendar) {
    Checks.required(event, SUBJECT, "event");
    Checks.required(day, SUBJECT, "day");
    Checks.required(calendar, SUBJECT, "calendar");
    if (!event.allowedFrom(state)) {
      throw InvalidInputException.of(
          SUBJECT, "state", event + " cannot happen to a request that is " + state);
    }
    boolean needsReason =
        event == RequestEvent.REFUSE || event == RequestEvent.RETURN_FOR_CORRECTION;
    if (needsReason && (note == null || note.isBlank())) {
      throw InvalidInputException.of(SUBJECT, "note", "must give the reason for " + event);
    }
    RequestState next = event.to();
    boolean ends = next.isFinal();
    ServiceRequest after =
        changed(
            next,
            ends ? day : null,
            ends ? calendar.workingDaysBetween(receivedOn, day) : null,
            satisfaction,
            transitions + 1,
            version);
    return new Step(
        after, new RequestTransition(id, transitions + 1, event, state, next, actor, at, note));
  }

  /**
   * The request with the resident's rating.
   *
   * @throws InvalidInputException if it is not settled yet, or already rated
   */
  public ServiceRequest rated(Satisfaction rating) {
    Checks.required(rating, SUBJECT, "rating");
    if (state != RequestState.DONE && state != RequestState.REFUSED) {
      throw InvalidInputException.of(
          SUBJECT, "satisfaction", "can be given once the request is settled");
    }
    if (satisfaction != null) {
      throw InvalidInputException.of(
          SUBJECT, "satisfaction", "was given already: it is recorded once");
    }
    return changed(state, doneOn, workingDaysTaken, rating, transitions, version);
  }

  /** Whether it was settled (done) by its due day. */
  public boolean doneOnTime() {
    return state == RequestState.DONE && doneOn != null && !doneOn.isAfter(dueOn);
  }

  /**
   * How many working days past its due day an open request is on {@code asOf} (0 if not overdue or
   * no longer open).
   */
  public int overdueWorkingDays(LocalDate asOf, WorkingCalendar calendar) {
    Checks.required(asOf, SUBJECT, "asOf");
    Checks.required(calendar, SUBJECT, "calendar");
    if (state.isFinal() || !asOf.isAfter(dueOn)) {
      return 0;
    }
    return calendar.workingDaysBetween(dueOn, asOf);
  }

  /**
   * How many working days past its due day the request was settled or, while it is open, is on
   * {@code asOf}: 0 when on time; a withdrawn request is never late.
   */
  public int workingDaysLate(LocalDate asOf, WorkingCalendar calendar) {
    Checks.required(asOf, SUBJECT, "asOf");
    Checks.required(calendar, SUBJECT, "calendar");
    if (state == RequestState.WITHDRAWN) {
      return 0;
    }
    LocalDate end = doneOn != null ? doneOn : asOf;
    return calendar.workingDaysBetween(dueOn, end);
  }

  @Override
  public ServiceRequest withVersion(long newVersion) {
    return changed(state, doneOn, workingDaysTaken, satisfaction, transitions, newVersion);
  }

  /** This request with what a step, a rating or a store may change; the rest as it is. */
  private ServiceRequest changed(
      RequestState newState,
      @Nullable LocalDate newDoneOn,
      @Nullable Integer newWorkingDaysTaken,
      @Nullable Satisfaction newSatisfaction,
      int newTransitions,
      long newVersion) {
    return new ServiceRequest(
        id,
        itemCode,
        itemVersionFrom,
        community,
        window,
        department,
        createdBy,
        receivedOn,
        dueOn,
        newState,
        newDoneOn,
        newWorkingDaysTaken,
        attributes,
        newSatisfaction,
        newTransitions,
        newVersion);
  }
}
