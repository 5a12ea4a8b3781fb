package io.github.jiceng.governance.desk;

import io.github.jiceng.governance.audit.AuditAction;
import io.github.jiceng.governance.audit.AuditEntry;
import io.github.jiceng.governance.audit.AuditLink;
import io.github.jiceng.governance.audit.AuditRecord;
import io.github.jiceng.governance.audit.HashAlgorithm;
import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.internal.Checks;
import io.github.jiceng.governance.internal.InputValidator;
import io.github.jiceng.governance.party.PartyTree;
import io.github.jiceng.governance.policy.Policy;
import io.github.jiceng.governance.scope.AccessDeniedException;
import io.github.jiceng.governance.scope.Caller;
import io.github.jiceng.governance.scope.Reach;
import io.github.jiceng.governance.scope.ScopeGrant;
import io.github.jiceng.governance.spi.GovernanceStore;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What every desk works with, made once and shared by all the desks of one facade: the store that
 * keeps the records, the policy the rules are evaluated under, the clock that says what "today" is,
 * the validator every write passes before it reaches the store, the hash of the audit trail — and
 * the caller the desks act for. Immutable and thread-safe.
 *
 * <p>{@link io.github.jiceng.governance.Governance} makes one for its desks; build one yourself to
 * use a single desk without the facade, binding the caller as the facade does:
 *
 * <pre>{@code
 * DeskSetup setup = DeskSetup.of(store, NationalDefaults.policy(), clock);
 * CommitteeDesk committees = new CommitteeDesk(setup.as("clerk-017"));
 * }</pre>
 *
 * <p>A setup with no caller bound (as {@link #of} makes it) serves only what reads no record — the
 * rule checks on objects given to it; every call that reads or writes records throws {@link
 * AccessDeniedException}.
 */
public final class DeskSetup {
  private final GovernanceStore store;
  private final Policy policy;
  private final Clock clock;
  private final HashAlgorithm auditHash;
  private final InputValidator validator;
  private final @Nullable Caller caller;

  private DeskSetup(
      GovernanceStore store,
      Policy policy,
      Clock clock,
      HashAlgorithm auditHash,
      InputValidator validator,
      @Nullable Caller caller) {
    this.store = store;
    this.policy = policy;
    this.clock = clock;
    this.auditHash = auditHash;
    this.validator = validator;
    this.caller = caller;
  }

  /**
   * A setup over {@code store}, evaluating rules under {@code policy}, with "today" from {@code
   * clock}, hashing the audit trail with SHA-256, and no caller bound.
   *
   * @throws InvalidInputException if an argument is null
   */
  public static DeskSetup of(GovernanceStore store, Policy policy, Clock clock) {
    return of(store, policy, clock, HashAlgorithm.SHA_256);
  }

  /**
   * A setup as {@link #of(GovernanceStore, Policy, Clock)}, hashing the audit trail with {@code
   * auditHash}.
   *
   * @throws InvalidInputException if an argument is null
   */
  public static DeskSetup of(
      GovernanceStore store, Policy policy, Clock clock, HashAlgorithm auditHash) {
    return new DeskSetup(
        Checks.required(store, "DeskSetup", "store"),
        Checks.required(policy, "DeskSetup", "policy"),
        Checks.required(clock, "DeskSetup", "clock"),
        Checks.required(auditHash, "DeskSetup", "auditHash"),
        new InputValidator(),
        null);
  }

  /**
   * This setup checking what desks write with {@code validator} — the application's Bean Validation
   * validator, e.g. a Spring context's — instead of its own. Violations are reported by field and
   * message only, never with the rejected value.
   *
   * @throws InvalidInputException if the validator is null
   */
  public DeskSetup withValidator(jakarta.validation.Validator validator) {
    return new DeskSetup(store, policy, clock, auditHash, InputValidator.using(validator), caller);
  }

  /**
   * This setup acting for {@code actorId}, with the data scopes of the grants the store holds for
   * it (read now: bind per request, so that a revocation counts from the next request). An actor
   * with no grant sees nothing.
   *
   * @throws InvalidInputException if the id is not a valid actor id, or is the system actor's
   */
  public DeskSetup as(String actorId) {
    String id = Caller.actorId(actorId, "Governance call", "actorId");
    if (Caller.SYSTEM_ID.equals(id)) {
      throw InvalidInputException.of(
          "Governance call", "actorId", "is the system actor's: use asSystem()");
    }
    List<ScopeGrant> grants = store.scopeGrants().findByActor(id);
    return bound(new Caller(id, grants.stream().map(ScopeGrant::scope).toList()));
  }

  /**
   * This setup acting as the {@link Caller#SYSTEM system actor}: every record, audited as {@value
   * Caller#SYSTEM_ID}. For trusted work done for no user — start-up, imports from another system,
   * scheduled jobs; never for a user's request.
   */
  public DeskSetup asSystem() {
    return bound(Caller.SYSTEM);
  }

  private DeskSetup bound(Caller bound) {
    return new DeskSetup(store, policy, clock, auditHash, validator, bound);
  }

  /**
   * The store records are kept in. Package-private: the desks are the only path from a caller to
   * stored records, so a setup does not hand its store out.
   */
  GovernanceStore store() {
    return store;
  }

  /** The policy rules are evaluated under. */
  public Policy policy() {
    return policy;
  }

  /** The clock that says what "today" is. */
  public Clock clock() {
    return clock;
  }

  /** Today, by the clock: the "as of" date of a question asked without one. */
  public LocalDate today() {
    return LocalDate.now(clock);
  }

  /** The validator every record passes before it is written. */
  InputValidator validator() {
    return validator;
  }

  /** The hash function of the audit trail. */
  public HashAlgorithm auditHash() {
    return auditHash;
  }

  /**
   * The caller the desks act for.
   *
   * @throws AccessDeniedException if none is bound
   */
  public Caller caller() {
    if (caller == null) {
      throw AccessDeniedException.noCaller("read or write records");
    }
    return caller;
  }

  /** What the caller covers today, reading its grid posts through {@code tx} if it needs them. */
  Reach reach(GovernanceStore tx) {
    return reach(tx, today());
  }

  /** What the caller covers on {@code day}. */
  Reach reach(GovernanceStore tx, LocalDate day) {
    Caller who = caller();
    Reach reach =
        Reach.needsPosts(who)
            ? Reach.of(who, tx.grids().findPostedTo(who.actorId(), day))
            : Reach.of(who, List.of());
    return inheritMerged(tx, reach, who, day);
  }

  /**
   * A scope on a division covers the records of the divisions merged into it (their records keep
   * their codes): one read of the changes per county the caller's division scopes lie in.
   */
  private static Reach inheritMerged(GovernanceStore tx, Reach reach, Caller who, LocalDate day) {
    java.util.Set<String> counties = new java.util.TreeSet<>();
    for (io.github.jiceng.governance.scope.DataScope scope : who.scopes()) {
      switch (scope.kind()) {
        case DIVISION, DIVISION_AND_BELOW -> counties.add(scope.division().countyCode());
        case CUSTOM -> scope.divisions().forEach(d -> counties.add(d.countyCode()));
        default -> {}
      }
    }
    if (counties.isEmpty()) {
      return reach;
    }
    java.util.Map<String, io.github.jiceng.governance.division.DivisionTimeline> timelines =
        new java.util.HashMap<>();
    for (String county : counties) {
      List<io.github.jiceng.governance.division.DivisionChange> changes =
          tx.divisions().changesIn(county);
      if (!changes.isEmpty()) {
        timelines.put(county, io.github.jiceng.governance.division.DivisionTimeline.of(changes));
      }
    }
    if (timelines.isEmpty()) {
      return reach;
    }
    return reach.inheriting(
        code -> {
          var timeline = timelines.get(code.countyCode());
          return timeline == null ? List.of(code) : timeline.lineage(code, day);
        });
  }

  /**
   * Refuses, naming the actor and its scopes, unless {@code covered}.
   *
   * @throws AccessDeniedException if not covered
   */
  static void require(Reach reach, boolean covered, String what) {
    if (!covered) {
      throw denied(reach, what);
    }
  }

  /** The refusal of {@code what} to the caller of {@code reach}. */
  static AccessDeniedException denied(Reach reach, String what) {
    return new AccessDeniedException(reach.actorId(), reach.scopes(), what);
  }

  /**
   * Appends the caller's {@code action} on {@code subject} to the audit trail through {@code tx},
   * so that it commits or rolls back with what it records. {@code payload} is hashed, not stored:
   * build it from ids, codes and outcomes.
   */
  AuditRecord audit(GovernanceStore tx, AuditAction action, String subject, String payload) {
    AuditEntry entry = AuditEntry.of(caller().actorId(), action, subject, payload, auditHash);
    return tx.audit().append(AuditLink.of(entry, clock, auditHash));
  }

  /**
   * A list query run once per area of {@code ancestor} that {@code reach} covers — {@code whole}
   * for an area covered with everything under it, {@code only} for a single division — and merged
   * in {@code order}. Each run has its area as its predicate, so nothing outside the reach is read.
   *
   * @throws AccessDeniedException if the reach covers nothing of {@code ancestor}
   */
  static <T> List<T> withinReach(
      Reach reach,
      DivisionCode ancestor,
      Function<DivisionCode, List<T>> whole,
      Function<DivisionCode, List<T>> only,
      Comparator<T> order,
      String what) {
    List<Reach.Area> areas = reach.areasWithin(ancestor);
    if (areas.isEmpty()) {
      throw denied(reach, what + " " + ancestor);
    }
    if (areas.size() == 1) {
      Reach.Area area = areas.get(0);
      return area.below() ? whole.apply(area.code()) : only.apply(area.code());
    }
    List<T> merged = new ArrayList<>();
    for (Reach.Area area : areas) {
      merged.addAll(area.below() ? whole.apply(area.code()) : only.apply(area.code()));
    }
    merged.sort(order);
    return merged;
  }

  /**
   * {@code input}, checked with Bean Validation and the domain's own checks.
   *
   * @throws InvalidInputException naming every field that is wrong, never its value
   */
  <T> T valid(@Nullable T input, String subject) {
    if (input instanceof PartyTree tree) {
      validator.validateParts(tree.validationParts(), subject); // linear in the members
      return input;
    }
    return validator.validate(required(input, subject), subject);
  }

  /**
   * Validates {@code input}, then — in one transaction — checks that the caller's reach covers its
   * {@code division}, checks its references and writes it: nothing is written if any fails.
   *
   * @throws AccessDeniedException if the caller's reach does not cover the division
   */
  <T> T write(
      @Nullable T input,
      String subject,
      Function<T, DivisionCode> division,
      BiConsumer<GovernanceStore, T> references,
      BiFunction<GovernanceStore, T, T> change) {
    T valid = valid(input, subject);
    return store.inTransaction(
        tx -> {
          DivisionCode of = division.apply(valid);
          Reach reach = reach(tx);
          require(reach, reach.covers(of), "write a " + subject + " of " + of);
          references.accept(tx, valid);
          return change.apply(tx, valid);
        });
  }

  /**
   * Publishes a version of a document that governs every community the store serves (an access
   * policy, a service catalogue): in one transaction, checks that the caller's scope is {@code
   * ALL}, stores it with {@code insert} and records the publication, with the document, in the
   * audit trail.
   *
   * @param what names the publication in the refusal, e.g. {@code access policy xuanzhou-access}
   * @param subject the audit record's subject, e.g. the id and version
   * @throws AccessDeniedException if the caller's scope is not {@code ALL}
   */
  <T> T publish(
      String what,
      AuditAction action,
      String subject,
      String document,
      Function<GovernanceStore, T> insert) {
    return store.inTransaction(
        tx -> {
          Reach reach = reach(tx);
          require(reach, reach.coversAll(), "publish " + what);
          T inserted = insert.apply(tx);
          audit(tx, action, subject, document);
          return inserted;
        });
  }

  /**
   * {@code current}, if it is still at {@code expectedVersion} — the version the caller saw — so
   * that of two people acting on what they saw, exactly one succeeds.
   *
   * @param what names the record, e.g. {@code case AJ-1}
   * @throws WriteConflictException if someone changed it since
   */
  static <T extends io.github.jiceng.governance.base.Versioned<T>> T atVersion(
      T current, long expectedVersion, String what) {
    if (current.version() != expectedVersion) {
      throw new io.github.jiceng.governance.base.WriteConflictException(
          what
              + " was changed by someone else: stored version "
              + current.version()
              + ", yours "
              + expectedVersion);
    }
    return current;
  }

  /** The timeline of the county {@code code} lies in, from the changes stored in {@code tx}. */
  static io.github.jiceng.governance.division.DivisionTimeline timeline(
      GovernanceStore tx, DivisionCode code) {
    return io.github.jiceng.governance.division.DivisionTimeline.of(
        tx.divisions().changesIn(code.countyCode()));
  }

  /**
   * Refuses a record whose division is not stored, before the store's own reference check would, so
   * the error names the record.
   *
   * @param what names the record, e.g. {@code case AJ-1}
   * @throws NotFoundException if {@code division} is not recorded
   */
  static io.github.jiceng.governance.division.AdministrativeDivision requireRecorded(
      GovernanceStore tx, DivisionCode division, String what) {
    return tx.divisions()
        .find(division)
        .orElseThrow(
            () ->
                new io.github.jiceng.governance.base.NotFoundException(
                    what + ": community " + division + " is not recorded"));
  }

  /** {@code value}, which a desk's caller must give. */
  static <T> T required(@Nullable T value, String name) {
    return Checks.required(value, "Governance call", name);
  }

  @Override
  public String toString() {
    return "DeskSetup["
        + store.getClass().getSimpleName()
        + ", policy "
        + policy.id()
        + ", "
        + (caller == null ? "no caller" : "caller " + caller.actorId())
        + "]";
  }
}
