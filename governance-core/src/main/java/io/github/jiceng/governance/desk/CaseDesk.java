package io.github.jiceng.governance.desk;

import static io.github.jiceng.governance.desk.DeskSetup.required;

import io.github.jiceng.governance.audit.AuditAction;
import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.base.NotFoundException;
import io.github.jiceng.governance.base.WriteConflictException;
import io.github.jiceng.governance.cases.Case;
import io.github.jiceng.governance.cases.CaseAction;
import io.github.jiceng.governance.cases.CaseClock;
import io.github.jiceng.governance.cases.CaseFigures;
import io.github.jiceng.governance.cases.CaseLimits;
import io.github.jiceng.governance.cases.CaseReport;
import io.github.jiceng.governance.cases.CaseRules;
import io.github.jiceng.governance.cases.CaseStage;
import io.github.jiceng.governance.cases.CaseTransition;
import io.github.jiceng.governance.cases.Dispute;
import io.github.jiceng.governance.cases.EscalationFacts;
import io.github.jiceng.governance.cases.EscalationLevel;
import io.github.jiceng.governance.cases.MediationFigures;
import io.github.jiceng.governance.cases.Routing;
import io.github.jiceng.governance.cases.RoutingTable;
import io.github.jiceng.governance.cases.StoredRoutingTable;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.grid.GridSetting;
import io.github.jiceng.governance.internal.Checks;
import io.github.jiceng.governance.policy.Decision;
import io.github.jiceng.governance.scope.Reach;
import io.github.jiceng.governance.service.Satisfaction;
import io.github.jiceng.governance.service.ServiceParameters;
import io.github.jiceng.governance.spi.GovernanceStore;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The command centre's desk for cases on the closed loop (统一受理、统一调度): reports, every step of the
 * loop, dispatch by a routing table, the cases' clocks and their escalation. Every call honours the
 * caller's data scope — a case belongs to its community, and to its grid for a grid worker posted
 * there — and every report and step is recorded in the audit trail in its transaction. Obtain it
 * from {@code Governance.cases()}. Thread-safe.
 */
public final class CaseDesk {
  private final DeskSetup setup;
  private final GovernanceStore store;

  /** A desk over {@code setup}'s store, policy (its working time and limits), clock and caller. */
  public CaseDesk(DeskSetup setup) {
    this.setup = required(setup, "setup");
    this.store = setup.store();
  }

  /** Routing-table versions read from the store: a stored version never changes. */
  private final java.util.Map<String, RoutingTable> tables =
      new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * Stores a routing-table version — a change of the table — published now by the caller because of
   * {@code reason}, and records it in the audit trail. The table routes every community of the
   * store it serves, so the caller's scope must be {@code ALL}.
   *
   * @throws io.github.jiceng.governance.base.DuplicateKeyException if that id and version are
   *     stored; a change is a new version
   * @throws InvalidInputException if the reason is blank or over 500 characters
   */
  public StoredRoutingTable publishRouting(RoutingTable table, String reason) {
    required(table, "table");
    StoredRoutingTable record =
        StoredRoutingTable.of(table, setup.clock().instant(), setup.caller().actorId(), reason);
    StoredRoutingTable stored =
        setup.publish(
            "routing table " + table.id(),
            AuditAction.ROUTING_PUBLICATION,
            table.id() + " " + table.version(),
            record.reason() + "\n" + record.document(),
            tx -> tx.routingTables().insert(record));
    tables.put(table.id() + "\u0000" + table.version(), table);
    return stored;
  }

  /**
   * The static check of {@code table} for {@code area} (a district or street): every category of
   * {@code categories} that some recorded community or village within the area, in force on {@code
   * day} (not merged away), has no body for on {@code day}, one gap per pair, ordered by category
   * then community. The communities are read from the store, so a table is checked against the
   * divisions as they are, not as it was written.
   *
   * @throws io.github.jiceng.governance.scope.AccessDeniedException unless the caller's scope
   *     covers the whole area
   */
  public List<RoutingTable.Gap> routingGaps(
      RoutingTable table,
      DivisionCode area,
      java.util.Collection<io.github.jiceng.governance.cases.CaseCategory> categories,
      LocalDate day) {
    required(table, "table");
    required(area, "area");
    required(categories, "categories");
    required(day, "day");
    Reach reach = setup.reach(store);
    DeskSetup.require(reach, reach.coversBelow(area), "check routing for " + area);
    io.github.jiceng.governance.division.DivisionTimeline timeline =
        DeskSetup.timeline(store, area);
    List<DivisionCode> communities =
        store.divisions().findWithin(area).stream()
            .filter(d -> d.code().tier() == DivisionCode.Tier.COMMUNITY)
            .filter(d -> timeline.inForce(d.code(), day))
            .map(io.github.jiceng.governance.division.AdministrativeDivision::code)
            .sorted()
            .toList();
    return table.gaps(categories, communities, day);
  }

  /**
   * A stored routing-table version (kept in memory once read). Any bound caller may read it.
   *
   * @throws NotFoundException if it is not stored
   */
  public RoutingTable routing(String routingId, String version) {
    required(routingId, "routingId");
    required(version, "version");
    setup.caller();
    return tables.computeIfAbsent(
        routingId + "\u0000" + version,
        k ->
            store
                .routingTables()
                .find(routingId, version)
                .orElseThrow(
                    () ->
                        new NotFoundException(
                            "routing table " + routingId + " " + version + " is not stored"))
                .table());
  }

  /**
   * The table's history: every stored version, oldest first, each with who published it, when and
   * why; without reading their files.
   */
  public List<StoredRoutingTable> routingHistory(String routingId) {
    required(routingId, "routingId");
    setup.caller();
    return store.routingTables().findVersions(routingId);
  }

  /**
   * Records a report as a new case, now, by the caller.
   *
   * @return the stored case, at version 1, {@code REPORTED}
   * @throws io.github.jiceng.governance.scope.AccessDeniedException if the caller's scope covers
   *     neither the case's community nor its grid
   * @throws NotFoundException if the community is not recorded
   * @throws io.github.jiceng.governance.base.DuplicateKeyException if the id is taken
   * @throws InvalidInputException naming any field of the report that is wrong
   */
  public Case report(CaseReport report) {
    required(report, "report");
    String actor = setup.caller().actorId();
    Instant at = setup.clock().instant();
    return store.inTransaction(
        tx -> {
          Reach reach = setup.reach(tx);
          DeskSetup.require(
              reach,
              covers(reach, report.community(), report.grid()),
              "report a case at " + report.community());
          GridSetting setting =
              GridSetting.of(
                  DeskSetup.requireRecorded(tx, report.community(), "case " + report.id()).level());
          Case.Step step = Case.report(report, setting, actor, at);
          Case stored =
              tx.cases().insert(timed(step.next(), List.of(step.transition())), step.transition());
          setup.audit(
              tx,
              AuditAction.CASE_REPORT,
              report.id(),
              report.category().code() + " " + report.urgency());
          return stored;
        });
  }

  /**
   * Applies {@code action} to the case as the caller, now: the case read must still be at {@code
   * expectedVersion}, so that of two dispatchers acting on what they saw, exactly one succeeds.
   *
   * @param reason why, where the action needs one
   * @param body the body to dispatch to, for {@link CaseAction#DISPATCH} only
   * @return the stored case after the step
   * @throws NotFoundException if the case is not recorded or not in the caller's scope
   * @throws WriteConflictException if someone changed the case since {@code expectedVersion}
   * @throws io.github.jiceng.governance.cases.IllegalCaseTransitionException if the action cannot
   *     happen in the case's state
   * @throws InvalidInputException if a reason or body is missing or not wanted, or a return comes
   *     after the body's window to return ({@link CaseStage#RETURN_WINDOW}) closed
   */
  public Case act(
      String caseId,
      long expectedVersion,
      CaseAction action,
      @Nullable String reason,
      @Nullable String body) {
    Checks.key(caseId, "CaseDesk.act", "caseId");
    required(action, "action");
    return store.inTransaction(
        tx -> {
          Case current = current(tx, caseId, expectedVersion);
          if (action == CaseAction.RETURN_AS_NOT_RESPONSIBLE) {
            checkReturnWindow(tx, current);
          }
          return step(tx, current, action, reason, body);
        });
  }

  /** A body may return a case only within its window to return, if the policy sets one. */
  private void checkReturnWindow(GovernanceStore tx, Case current) {
    for (CaseClock.StageTime clock :
        CaseClock.of(
            current,
            tx.cases().history(current.id()),
            setup.policy(),
            setup.clock().instant(),
            setup.clock().getZone())) {
      if (clock.stage() == CaseStage.RETURN_WINDOW && clock.isOverdue()) {
        CaseLimits.Found limit = clock.limit().orElseThrow();
        throw InvalidInputException.of(
            "case " + current.id(),
            "action",
            "RETURN_AS_NOT_RESPONSIBLE comes after the window to return ("
                + limit.limit()
                + ", "
                + limit.key().id()
                + ") closed at "
                + clock.deadline()
                + ": the body it was dispatched to answers for it now");
      }
    }
  }

  /**
   * Dispatches a filed case to the body {@code table} routes it to today, the routing's deciding
   * line as the step's reason.
   *
   * @return the routing, and the case after the dispatch (empty if no line covers it: the case
   *     stays filed)
   * @throws NotFoundException if the case is not recorded or not in the caller's scope
   * @throws WriteConflictException if someone changed the case since {@code expectedVersion}
   */
  public Dispatch dispatch(String caseId, long expectedVersion, RoutingTable table) {
    Checks.key(caseId, "CaseDesk.dispatch", "caseId");
    required(table, "table");
    return store.inTransaction(
        tx -> {
          Case current = current(tx, caseId, expectedVersion);
          Routing routing =
              table.route(current.category(), current.community(), current.grid(), setup.today());
          if (routing.chosen().isEmpty()) {
            return new Dispatch(routing, Optional.empty());
          }
          String reason =
              "派遣 / routed by "
                  + table.id()
                  + " "
                  + table.version()
                  + ": "
                  + routing.chosen().get();
          Case dispatched =
              step(tx, current, CaseAction.DISPATCH, reason, routing.chosen().get().body());
          return new Dispatch(routing, Optional.of(dispatched));
        });
  }

  /**
   * What a dispatch did.
   *
   * @param routing how the table routed the case, every line with its verdict
   * @param dispatched the case after the dispatch, or empty if no line covered it
   */
  public record Dispatch(Routing routing, Optional<Case> dispatched) {}

  /**
   * The case's clocks now: per stage, its limit, time used and left, overdue, deadline, warning.
   *
   * @throws NotFoundException if the case is not recorded or not in the caller's scope
   */
  public List<CaseClock.StageTime> clock(String caseId) {
    Checks.key(caseId, "CaseDesk.clock", "caseId");
    Case c = visible(store, caseId).orElseThrow(() -> notStored(caseId));
    return CaseClock.of(
        c,
        store.cases().history(caseId),
        setup.policy(),
        setup.clock().instant(),
        setup.clock().getZone());
  }

  /**
   * Raises the case one level if its clocks call for a higher one now ({@link
   * CaseRules#ESCALATION}), the deciding rule's reason recorded as the step's.
   *
   * @return the escalation decision, and the case after the step (empty if it was not due)
   * @throws NotFoundException if the case is not recorded or not in the caller's scope
   * @throws WriteConflictException if someone changed the case since {@code expectedVersion}
   */
  public Escalation escalateIfDue(String caseId, long expectedVersion) {
    Checks.key(caseId, "CaseDesk.escalateIfDue", "caseId");
    return store.inTransaction(
        tx -> {
          Case current = current(tx, caseId, expectedVersion);
          Instant now = setup.clock().instant();
          List<CaseClock.StageTime> clocks =
              CaseClock.of(
                  current,
                  tx.cases().history(caseId),
                  setup.policy(),
                  now,
                  setup.clock().getZone());
          Decision<EscalationLevel> decision =
              CaseRules.checkEscalation(
                  EscalationFacts.of(current, clocks), setup.policy(), setup.today());
          if (decision.outcome().compareTo(current.level()) <= 0) {
            return new Escalation(decision, Optional.empty());
          }
          String reason =
              decision.decidingRules().stream()
                  .findFirst()
                  .map(r -> r.ruleId() + ": " + r.reason().zh() + " / " + r.reason().en())
                  .orElse("escalated");
          Case escalated =
              step(
                  tx,
                  current,
                  CaseAction.ESCALATE,
                  reason.length() > 500 ? reason.substring(0, 500) : reason,
                  null);
          return new Escalation(decision, Optional.of(escalated));
        });
  }

  /**
   * What an escalation check did.
   *
   * @param decision the level the case's clocks call for, explained rule by rule
   * @param escalated the case after it went up one level, or empty if it was not due
   */
  public record Escalation(Decision<EscalationLevel> decision, Optional<Case> escalated) {}

  /**
   * Records the reporter's evaluation of a closed case, once (评价, the fifth step of 民情五步工作法:
   * 收集、分析、办理、反馈、评价), on the rating scale the policy sets today ({@code service.rating.levels}).
   *
   * @throws NotFoundException if the case is not recorded or not in the caller's scope
   * @throws WriteConflictException if someone changed the case since {@code expectedVersion}
   * @throws InvalidInputException if it is not closed, already evaluated, or the rating is off the
   *     scale
   */
  public Case evaluate(String caseId, long expectedVersion, Satisfaction rating) {
    Checks.key(caseId, "CaseDesk.evaluate", "caseId");
    ServiceParameters.onScale(rating, setup.policy(), setup.today(), "CaseDesk.evaluate");
    return store.inTransaction(
        tx -> {
          Case evaluated = current(tx, caseId, expectedVersion).evaluated(rating);
          Case stored = tx.cases().update(evaluated, null);
          setup.audit(tx, AuditAction.CASE_EVALUATION, caseId, rating.name());
          return stored;
        });
  }

  /**
   * Records a dispute brought today at {@code community} (a small matter starts with the household
   * heads, a major one with the committee), audited.
   *
   * @throws io.github.jiceng.governance.scope.AccessDeniedException if the caller's scope does not
   *     cover the community
   * @throws io.github.jiceng.governance.base.DuplicateKeyException if the id is taken
   * @throws NotFoundException if the community is not recorded
   */
  public Dispute bringDispute(String id, DivisionCode community, String subject, boolean major) {
    Dispute brought = Dispute.brought(id, community, subject, major, setup.today());
    return store.inTransaction(
        tx -> {
          Reach reach = setup.reach(tx);
          DeskSetup.require(reach, reach.covers(community), "record a dispute at " + community);
          DeskSetup.requireRecorded(tx, community, "dispute " + id);
          Dispute stored = tx.disputes().insert(brought);
          setup.audit(
              tx, AuditAction.DISPUTE_MEDIATION, id, (major ? "major" : "small") + " brought");
          return stored;
        });
  }

  /**
   * Records today's attempt of the next line at a dispute: {@code settled} or not; an attempt at
   * the judicial line refers it to the judicial process. Audited.
   *
   * @throws NotFoundException if the dispute is not recorded or not in the caller's scope
   * @throws WriteConflictException if someone recorded an attempt first
   * @throws InvalidInputException if the dispute is settled or referred already
   */
  public Dispute mediate(String disputeId, boolean settled, @Nullable String note) {
    Checks.key(disputeId, "CaseDesk.mediate", "disputeId");
    return store.inTransaction(
        tx -> {
          Reach reach = setup.reach(tx);
          Dispute current =
              tx.disputes()
                  .find(disputeId)
                  .filter(d -> reach.covers(d.community()))
                  .orElseThrow(
                      () -> new NotFoundException("dispute " + disputeId + " is not stored"));
          Dispute next = current.mediated(setup.today(), settled, note);
          Dispute stored = tx.disputes().appendAttempt(next);
          Dispute.Attempt attempt = next.attempts().get(next.attempts().size() - 1);
          setup.audit(
              tx,
              AuditAction.DISPUTE_MEDIATION,
              disputeId + "#" + next.attempts().size(),
              attempt.line() + (attempt.settled() ? " settled" : " not settled"));
          return stored;
        });
  }

  /** The dispute with this id; empty if it is not recorded or not in the caller's scope. */
  public Optional<Dispute> dispute(String disputeId) {
    Checks.key(disputeId, "CaseDesk.dispute", "disputeId");
    Reach reach = setup.reach(store);
    return store.disputes().find(disputeId).filter(d -> reach.covers(d.community()));
  }

  /**
   * The mediation figures of the disputes brought within {@code scope} from {@code from} to {@code
   * to}, at the communities the caller's scope covers — "11 disputes, 11 mediated (100.0 %)".
   * Counted by the store, once per covered area, and added up.
   *
   * @throws io.github.jiceng.governance.scope.AccessDeniedException if the caller's scope covers
   *     nothing of {@code scope}
   */
  public MediationFigures mediationFigures(DivisionCode scope, LocalDate from, LocalDate to) {
    required(scope, "scope");
    required(from, "from");
    required(to, "to");
    List<MediationFigures> parts =
        DeskSetup.withinReach(
            setup.reach(store),
            scope,
            area -> List.of(store.disputes().figures(area, true, from, to)),
            area -> List.of(store.disputes().figures(area, false, from, to)),
            java.util.Comparator.comparingLong(MediationFigures::disputes),
            "read the mediation figures of");
    return MediationFigures.sum(parts);
  }

  /** The case with this id; empty if it is not recorded or not in the caller's scope. */
  public Optional<Case> find(String caseId) {
    Checks.key(caseId, "CaseDesk.find", "caseId");
    return visible(store, caseId);
  }

  /** A case's steps, oldest first; empty if it is not recorded or not in the caller's scope. */
  public List<CaseTransition> history(String caseId) {
    Checks.key(caseId, "CaseDesk.history", "caseId");
    return visible(store, caseId).isPresent() ? store.cases().history(caseId) : List.of();
  }

  /**
   * The cases reported in {@code community} from {@code from} (inclusive) to {@code to}
   * (exclusive): all of them if the caller's scope covers the community, else those in the grids it
   * is posted to.
   *
   * @throws io.github.jiceng.governance.scope.AccessDeniedException if it covers neither
   */
  public List<Case> casesIn(DivisionCode community, Instant from, Instant to) {
    required(community, "community");
    required(from, "from");
    required(to, "to");
    if (to.isBefore(from)) {
      throw InvalidInputException.of("CaseDesk.casesIn", "to", "must not be before 'from'");
    }
    Reach reach = setup.reach(store);
    boolean whole = reach.covers(community);
    boolean someGrid = reach.grids().stream().anyMatch(g -> g.fits(community));
    DeskSetup.require(reach, whole || someGrid, "read the cases of " + community);
    List<Case> cases = store.cases().findByCommunity(community, from, to);
    return whole ? cases : cases.stream().filter(c -> covers(reach, c)).toList();
  }

  /**
   * {@code c} with what its clocks give at its last step — deadlines and on-time flags — so that
   * the store can count the figures without the history.
   */
  private Case timed(Case c, List<CaseTransition> history) {
    List<CaseClock.StageTime> clocks =
        CaseClock.of(c, history, setup.policy(), c.changedAt(), setup.clock().getZone());
    return c.withTimes(c.times().withClocks(c, clocks, setup.clock().getZone()));
  }

  /**
   * The figures of the cases reported within {@code scope} (a district, street or community) from
   * {@code from} to {@code to}, at the communities the caller's data scope covers, per {@code by};
   * "overdue now" at this instant. Counted by the store, once per covered area, and merged.
   *
   * @throws io.github.jiceng.governance.scope.AccessDeniedException if the caller's data scope
   *     covers nothing of {@code scope}
   */
  public CaseFigures figures(DivisionCode scope, Instant from, Instant to, CaseFigures.GroupBy by) {
    required(scope, "scope");
    required(from, "from");
    required(to, "to");
    required(by, "by");
    if (to.isBefore(from)) {
      throw InvalidInputException.of("CaseDesk.figures", "to", "must not be before 'from'");
    }
    Instant now = setup.clock().instant();
    List<CaseFigures.Line> parts =
        DeskSetup.withinReach(
            setup.reach(store),
            scope,
            area -> store.cases().figures(area, true, from, to, now, by),
            area -> store.cases().figures(area, false, from, to, now, by),
            java.util.Comparator.comparing(CaseFigures.Line::key),
            "read the case figures of");
    return CaseFigures.of(scope, from, to, now, by, parts);
  }

  private Case step(
      GovernanceStore tx,
      Case current,
      CaseAction action,
      @Nullable String reason,
      @Nullable String body) {
    Case.Step step =
        current.apply(action, setup.caller().actorId(), setup.clock().instant(), reason, body);
    List<CaseTransition> history = new java.util.ArrayList<>(tx.cases().history(current.id()));
    history.add(step.transition());
    Case stored = tx.cases().update(timed(step.next(), history), step.transition());
    setup.audit(
        tx,
        AuditAction.CASE_TRANSITION,
        current.id() + "#" + step.transition().sequence(),
        action
            + " "
            + step.transition().from()
            + " "
            + step.transition().to()
            + (body == null ? "" : " " + body));
    return stored;
  }

  private Case current(GovernanceStore tx, String caseId, long expectedVersion) {
    Case current = visible(tx, caseId).orElseThrow(() -> notStored(caseId));
    return DeskSetup.atVersion(current, expectedVersion, "case " + caseId);
  }

  private Optional<Case> visible(GovernanceStore tx, String caseId) {
    Reach reach = setup.reach(tx);
    return tx.cases().find(caseId).filter(c -> covers(reach, c));
  }

  private static boolean covers(Reach reach, Case c) {
    return covers(reach, c.community(), c.grid());
  }

  private static boolean covers(
      Reach reach,
      DivisionCode community,
      io.github.jiceng.governance.grid.@Nullable GridCode grid) {
    return grid == null ? reach.covers(community) : reach.coversGrid(grid, community);
  }

  private static NotFoundException notStored(String caseId) {
    return new NotFoundException("case " + caseId + " is not stored");
  }

  @Override
  public String toString() {
    return "CaseDesk[" + setup + "]";
  }
}
