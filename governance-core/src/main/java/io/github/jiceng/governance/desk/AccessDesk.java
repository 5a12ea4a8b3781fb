package io.github.jiceng.governance.desk;

import io.github.jiceng.governance.access.AccessCase;
import io.github.jiceng.governance.access.AccessDecision;
import io.github.jiceng.governance.access.AccessOutcome;
import io.github.jiceng.governance.access.AccessPolicy;
import io.github.jiceng.governance.access.ApprovalAction;
import io.github.jiceng.governance.access.ApprovalStep;
import io.github.jiceng.governance.access.BurdenReport;
import io.github.jiceng.governance.access.StoredPolicy;
import io.github.jiceng.governance.access.Targets;
import io.github.jiceng.governance.access.TaskRequest;
import io.github.jiceng.governance.audit.AuditAction;
import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.base.NotFoundException;
import io.github.jiceng.governance.division.AdministrativeDivision;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.division.DivisionLevel;
import io.github.jiceng.governance.internal.Checks;
import io.github.jiceng.governance.policy.Decision;
import io.github.jiceng.governance.scope.Reach;
import io.github.jiceng.governance.spi.GovernanceStore;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The task desk (工作事项准入受理): publish policies, take departments' requests, decide them per community
 * and keep every decision, record the leadership group's steps, and measure the burden. Everything
 * goes through the {@link GovernanceStore}; thread-safe when the store is.
 *
 * <p>Obtain it from {@code Governance.access()}, or construct it over a {@link DeskSetup}.
 */
public final class AccessDesk {
  private final DeskSetup setup;
  private final GovernanceStore store;
  private final Clock clock;

  /** Every record is validated before it is written: the limits are the domain's, not a store's. */
  private final io.github.jiceng.governance.internal.InputValidator validator;

  private final Map<String, AccessPolicy> policies = new ConcurrentHashMap<>();

  private static final java.util.Comparator<AccessDecision> DECISION_ORDER =
      java.util.Comparator.comparing(AccessDecision::requestId)
          .thenComparing(AccessDecision::community)
          .thenComparingInt(AccessDecision::sequence);

  /**
   * A desk over {@code setup}'s store (which keeps policies, requests, decisions and approval
   * steps), its clock (which gives "today" when a method is called without a date) and its
   * validator.
   */
  public AccessDesk(DeskSetup setup) {
    this.setup = Checks.required(setup, "AccessDesk", "setup");
    this.store = setup.store();
    this.clock = setup.clock();
    this.validator = setup.validator();
  }

  /**
   * Stores a policy version, published today, and records the publication in the audit trail.
   * Publishing changes the rules for every community the store serves, so the caller's scope must
   * be {@link io.github.jiceng.governance.scope.ScopeKind#ALL}.
   *
   * @throws io.github.jiceng.governance.base.DuplicateKeyException if that id and version are
   *     stored
   * @throws InvalidInputException if the policy's file would have more than {@link
   *     io.github.jiceng.governance.policy.YamlInput#MAX_CHARACTERS} characters, more than any
   *     instance could read back
   */
  public StoredPolicy publish(AccessPolicy policy) {
    Checks.required(policy, "AccessDesk.publish", "policy");
    StoredPolicy record = validator.validate(StoredPolicy.of(policy, today()), "StoredPolicy");
    StoredPolicy stored =
        setup.publish(
            "access policy " + policy.id(),
            AuditAction.POLICY_PUBLICATION,
            policy.id() + " " + policy.version(),
            record.document(),
            tx -> tx.accessPolicies().insert(record));
    policies.put(key(policy.id(), policy.version()), policy);
    return stored;
  }

  /**
   * A stored policy version, read back from the store (and kept in memory afterwards: versions
   * never change), checked as loaded today by the clock: its {@link AccessPolicy#warnings()}
   * include a working calendar that ends within 90 days (ask {@link AccessPolicy#warningsOn} on
   * later days).
   *
   * @throws NotFoundException if it is not stored
   * @throws io.github.jiceng.governance.scope.AccessDeniedException if no caller is bound (any
   *     bound caller may read a policy: it governs every community)
   */
  public AccessPolicy policy(String policyId, String version) {
    Checks.required(policyId, "AccessDesk.policy", "policyId");
    Checks.required(version, "AccessDesk.policy", "version");
    setup.caller(); // any bound caller may read a policy: it governs every community
    return policies.computeIfAbsent(
        key(policyId, version),
        k ->
            store
                .accessPolicies()
                .find(policyId, version)
                .orElseThrow(
                    () ->
                        new NotFoundException(
                            "access policy " + policyId + " " + version + " is not stored"))
                .policy(today()));
  }

  /**
   * Stores a new request.
   *
   * @throws io.github.jiceng.governance.scope.AccessDeniedException if the caller's scope does not
   *     cover every community (or the whole street) the request targets
   */
  public TaskRequest submit(TaskRequest request) {
    Checks.required(request, "AccessDesk.submit", "request");
    TaskRequest valid = validator.validate(request, "TaskRequest");
    return store.inTransaction(
        tx -> {
          requireTargets(setup.reach(tx), valid, "submit task request " + valid.id());
          return tx.taskRequests().insert(valid);
        });
  }

  /**
   * Decides a stored request under {@code policy} as of today; see {@link #decide(String,
   * AccessPolicy, LocalDate)}.
   */
  public List<AccessDecision> decide(String requestId, AccessPolicy policy) {
    return decide(requestId, policy, today());
  }

  /**
   * Decides a stored request for each of its communities under {@code policy} as of {@code asOf},
   * and stores the decisions (all of them or none). Earlier decisions are kept: each new one gets
   * the next sequence number for its request and community.
   *
   * <p>The facts come from the store: the communities of a whole street are its stored communities
   * and villages; the leadership group's steps are those stored for the request; the inspections
   * the department already brings to a community this year are those of its other requests whose
   * latest decision for that community admitted them.
   *
   * <p>Each decision is recorded in the audit trail in the same transaction.
   *
   * @throws NotFoundException if the request, a named community or the street is not stored
   * @throws io.github.jiceng.governance.scope.AccessDeniedException if the caller's scope does not
   *     cover every target of the request
   */
  public List<AccessDecision> decide(String requestId, AccessPolicy policy, LocalDate asOf) {
    return decideAll(requestId, policy, asOf);
  }

  /**
   * Whether {@code community} answers to a street office on {@code day}, not to the district itself
   * (rule A5 reads the district's deployment where the street office has been abolished).
   */
  private static boolean answersToAStreet(
      io.github.jiceng.governance.division.DivisionTimeline timeline,
      DivisionCode community,
      LocalDate day) {
    return timeline
        .parentOn(community, day)
        .map(p -> p.tier() == DivisionCode.Tier.STREET)
        .orElse(true);
  }

  private List<AccessDecision> decideAll(String requestId, AccessPolicy policy, LocalDate asOf) {
    Checks.key(requestId, "AccessDesk.decide", "requestId");
    Checks.required(policy, "AccessDesk.decide", "policy");
    Checks.required(asOf, "AccessDesk.decide", "asOf");
    return store.inTransaction(
        tx -> {
          TaskRequest request = visibleRequest(tx, requestId);
          List<ApprovalStep> steps = tx.approvals().findByRequest(requestId);
          List<AccessDecision> earlier = tx.accessDecisions().findByRequest(requestId);
          List<AccessDecision> made = new ArrayList<>();
          java.util.Map<String, io.github.jiceng.governance.division.DivisionTimeline> timelines =
              new java.util.HashMap<>();
          for (DivisionCode community : communities(tx, request, asOf)) {
            int inspections = inspectionsThisYear(tx, request, community);
            AccessCase accessCase = new AccessCase(request, community, inspections, steps);
            var timeline =
                timelines.computeIfAbsent(
                    community.countyCode(), county -> DeskSetup.timeline(tx, community));
            if (!answersToAStreet(timeline, community, asOf)) {
              accessCase = accessCase.withoutStreetOffice();
            }
            Decision<AccessOutcome> decision = policy.decide(accessCase, asOf);
            int sequence =
                1 + (int) earlier.stream().filter(d -> d.community().equals(community)).count();
            AccessDecision stored =
                tx.accessDecisions()
                    .insert(
                        new AccessDecision(
                            requestId, community, sequence, request.department(), decision));
            setup.audit(tx, AuditAction.ACCESS_DECISION, stored.id(), auditPayload(stored, policy));
            made.add(stored);
          }
          return List.copyOf(made);
        });
  }

  /**
   * Every decision on a request, oldest first per community; empty if the request is not stored or
   * the caller's scope does not cover every target of it.
   */
  public List<AccessDecision> decisions(String requestId) {
    Checks.key(requestId, "AccessDesk.decisions", "requestId");
    return visible(store, requestId).isPresent()
        ? store.accessDecisions().findByRequest(requestId)
        : List.of();
  }

  /**
   * Records that the leadership group approved an unlisted request as a temporary item until {@code
   * until} (rule A4). Decide the request again for the approval to take effect.
   *
   * @throws InvalidInputException if the group already approved or rejected it
   */
  public ApprovalStep approve(
      String requestId, String by, LocalDate on, LocalDate until, @Nullable String note) {
    return step(requestId, ApprovalAction.APPROVED, by, on, until, note);
  }

  /**
   * Records that the leadership group rejected a request.
   *
   * @throws InvalidInputException if the group already approved or rejected it
   */
  public ApprovalStep reject(String requestId, String by, LocalDate on, @Nullable String note) {
    return step(requestId, ApprovalAction.REJECTED, by, on, null, note);
  }

  /**
   * Records that the leadership group revoked its approval from {@code on}.
   *
   * @throws InvalidInputException if the request is not currently approved
   */
  public ApprovalStep revoke(String requestId, String by, LocalDate on, @Nullable String note) {
    return step(requestId, ApprovalAction.REVOKED, by, on, null, note);
  }

  /**
   * The leadership group's steps on a request, in order; empty if the request is not stored or the
   * caller's scope does not cover every target of it.
   */
  public List<ApprovalStep> approvals(String requestId) {
    Checks.key(requestId, "AccessDesk.approvals", "requestId");
    return visible(store, requestId).isPresent()
        ? store.approvals().findByRequest(requestId)
        : List.of();
  }

  /**
   * The burden figures for the communities within {@code scope} (a district, street or community)
   * that the caller's data scope covers, from decisions made as of {@code from} to {@code to},
   * counting the latest decision on each request and community — a community merged away by {@code
   * to} counted under the community that carries it on (a split one stays under its own code).
   *
   * @throws io.github.jiceng.governance.scope.AccessDeniedException if the caller's data scope
   *     covers nothing of {@code scope}
   */
  public BurdenReport burden(DivisionCode scope, LocalDate from, LocalDate to) {
    Checks.required(scope, "AccessDesk.burden", "scope");
    Checks.required(from, "AccessDesk.burden", "from");
    Checks.required(to, "AccessDesk.burden", "to");
    if (to.isBefore(from)) {
      throw InvalidInputException.of("AccessDesk.burden", "to", "must not be before 'from'");
    }
    List<AccessDecision> decisions =
        DeskSetup.withinReach(
            setup.reach(store),
            scope,
            area -> store.accessDecisions().findWithin(area, from, to),
            // decisions are made for communities and villages: a single division of a higher tier
            // has none of its own
            area ->
                area.tier() == DivisionCode.Tier.COMMUNITY
                    ? store.accessDecisions().findWithin(area, from, to)
                    : List.of(),
            DECISION_ORDER,
            "read the burden of");
    Map<String, TaskRequest> requests = new HashMap<>();
    for (AccessDecision d : decisions) {
      requests.computeIfAbsent(d.requestId(), id -> store.taskRequests().find(id).orElse(null));
    }
    io.github.jiceng.governance.division.DivisionTimeline timeline =
        DeskSetup.timeline(store, scope);
    return BurdenReport.of(
        scope,
        from,
        to,
        decisions,
        requests,
        community -> {
          java.util.Set<DivisionCode> carriedOn = timeline.successorsOn(community, to);
          return carriedOn.size() == 1 ? carriedOn.iterator().next() : community;
        });
  }

  private ApprovalStep step(
      String requestId,
      ApprovalAction action,
      String by,
      LocalDate on,
      @Nullable LocalDate until,
      @Nullable String note) {
    String call = "AccessDesk." + action.name().toLowerCase(java.util.Locale.ROOT);
    Checks.key(requestId, call, "requestId");
    Checks.required(by, call, "by");
    Checks.required(on, call, "on");
    if (action == ApprovalAction.APPROVED) {
      Checks.required(until, call, "until");
    }
    return store.inTransaction(
        tx -> {
          visibleRequest(tx, requestId);
          List<ApprovalStep> steps = tx.approvals().findByRequest(requestId);
          ApprovalStep last = steps.isEmpty() ? null : steps.get(steps.size() - 1);
          String subject = "ApprovalStep " + requestId;
          if (action == ApprovalAction.REVOKED) {
            if (last == null || last.action() != ApprovalAction.APPROVED) {
              throw InvalidInputException.of(
                  subject, "action", "only an approved request can be revoked");
            }
          } else if (last != null) {
            throw InvalidInputException.of(
                subject,
                "action",
                "the leadership group has already decided this request (" + last.action() + ")");
          }
          if (last != null && on.isBefore(last.on())) {
            throw InvalidInputException.of(
                subject, "on", "must not be before the previous step (" + last.on() + ")");
          }
          ApprovalStep step =
              new ApprovalStep(
                  requestId, steps.size() + 1, action, on, by, until, note == null ? "" : note);
          ApprovalStep appended = tx.approvals().append(validator.validate(step, "ApprovalStep"));
          setup.audit(
              tx,
              AuditAction.APPROVAL_STEP,
              requestId + "#" + appended.sequence(),
              appended.action() + " " + appended.on() + " " + appended.until() + " " + by);
          return appended;
        });
  }

  /**
   * The stored request, if the caller's scope covers every target of it: a request outside the
   * scope is "not stored" to the caller, so that its existence does not leak.
   */
  private Optional<TaskRequest> visible(GovernanceStore tx, String requestId) {
    Reach reach = setup.reach(tx);
    return tx.taskRequests().find(requestId).filter(r -> coversTargets(reach, r));
  }

  private TaskRequest visibleRequest(GovernanceStore tx, String requestId) {
    return visible(tx, requestId)
        .orElseThrow(() -> new NotFoundException("task request " + requestId + " is not stored"));
  }

  private static void requireTargets(Reach reach, TaskRequest request, String what) {
    DeskSetup.require(reach, coversTargets(reach, request), what);
  }

  /** Whether the reach covers the whole street the request targets, or each named community. */
  private static boolean coversTargets(Reach reach, TaskRequest request) {
    Targets targets = request.targets();
    if (targets.street() != null) {
      return reach.coversBelow(targets.street());
    }
    return targets.communities().stream().allMatch(reach::covers);
  }

  /** What the audit record of a decision digests: its key facts, not the request's text. */
  private static String auditPayload(AccessDecision decision, AccessPolicy policy) {
    return decision.id()
        + " "
        + decision.outcome()
        + " "
        + policy.id()
        + " "
        + policy.version()
        + " "
        + decision.asOf();
  }

  /**
   * The communities a request reaches on {@code day}: those it names, or those that answer to its
   * street on that day — the street's own and those of streets merged into it, never one merged
   * away.
   */
  private static List<DivisionCode> communities(
      GovernanceStore tx, TaskRequest request, LocalDate day) {
    Targets targets = request.targets();
    if (targets.street() != null) {
      DivisionCode street = targets.street();
      if (tx.divisions().find(street).isEmpty()) {
        throw new NotFoundException("street " + street + " is not stored");
      }
      io.github.jiceng.governance.division.DivisionTimeline timeline =
          DeskSetup.timeline(tx, street);
      // the street's own communities and those of the streets merged into it: read only those
      List<DivisionCode> found =
          timeline.lineage(street, day).stream()
              .flatMap(s -> tx.divisions().findChildren(s).stream())
              .filter(
                  d -> d.level() == DivisionLevel.COMMUNITY || d.level() == DivisionLevel.VILLAGE)
              .map(AdministrativeDivision::code)
              .filter(c -> timeline.inForce(c, day))
              .filter(c -> timeline.parentOn(c, day).filter(street::equals).isPresent())
              .toList();
      if (found.isEmpty()) {
        throw new NotFoundException("street " + street + " has no stored communities on " + day);
      }
      return found;
    }
    for (DivisionCode community : targets.communities()) {
      if (tx.divisions().find(community).isEmpty()) {
        throw new NotFoundException("community " + community + " is not stored");
      }
    }
    return targets.communities();
  }

  private static int inspectionsThisYear(
      GovernanceStore tx, TaskRequest request, DivisionCode community) {
    if (request.inspections().isEmpty()) {
      return 0; // rule A9 looks at the history only when the request brings inspections of its own
    }
    int year = request.start().getYear();
    List<AccessDecision> others = new ArrayList<>();
    for (AccessDecision d :
        tx.accessDecisions()
            .findWithin(community, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))) {
      if (d.community().equals(community)
          && d.department().equals(request.department())
          && !d.requestId().equals(request.id())) {
        others.add(d);
      }
    }
    int count = 0;
    for (AccessDecision d : AccessDecision.latest(others)) {
      if (d.outcome() == AccessOutcome.ADMITTED) {
        count += tx.taskRequests().find(d.requestId()).map(r -> r.inspections().size()).orElse(0);
      }
    }
    return count;
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private static String key(String policyId, String version) {
    return policyId + "\u0000" + version;
  }

  @Override
  public String toString() {
    return "AccessDesk[" + store + "]";
  }
}
