package io.github.jiceng.governance;

import io.github.jiceng.governance.audit.HashAlgorithm;
import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.defaults.NationalDefaults;
import io.github.jiceng.governance.desk.AccessDesk;
import io.github.jiceng.governance.desk.AssessmentDesk;
import io.github.jiceng.governance.desk.AuditDesk;
import io.github.jiceng.governance.desk.CareDesk;
import io.github.jiceng.governance.desk.CaseDesk;
import io.github.jiceng.governance.desk.CommitteeDesk;
import io.github.jiceng.governance.desk.DeskSetup;
import io.github.jiceng.governance.desk.DivisionDesk;
import io.github.jiceng.governance.desk.FacilityDesk;
import io.github.jiceng.governance.desk.GridDesk;
import io.github.jiceng.governance.desk.OrganisationDesk;
import io.github.jiceng.governance.desk.PartyDesk;
import io.github.jiceng.governance.desk.PointsDesk;
import io.github.jiceng.governance.desk.ScopeDesk;
import io.github.jiceng.governance.desk.ServiceDesk;
import io.github.jiceng.governance.internal.Checks;
import io.github.jiceng.governance.policy.Policy;
import io.github.jiceng.governance.scope.AccessDeniedException;
import io.github.jiceng.governance.scope.Caller;
import io.github.jiceng.governance.spi.GovernanceStore;
import java.time.Clock;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The library's facade: one desk per area of community governance, all over the same store, policy
 * and clock, acting for one caller. Thread-safe when the store is.
 *
 * <pre>{@code
 * Governance governance = Governance.builder()
 *     .store(new InMemoryGovernanceStore())
 *     .build();                                     // national defaults, system clock in China time
 * Governance system = governance.asSystem();        // trusted set-up work: every record
 * system.divisions().add(
 *     AdministrativeDivision.of("341802000000", "宣州区", DivisionLevel.DISTRICT));
 * system.scopes().grant("clerk-017", "街道办事员", DataScope.divisionAndBelow(street));
 *
 * Governance clerk = governance.as("clerk-017");    // per request: only the street's records
 * List<Committee> committees = clerk.committees().within(street);
 * }</pre>
 *
 * <p><b>Callers.</b> The facade {@link Builder#build()} returns acts for nobody: its desks check
 * objects given to them, but every call that reads or writes records throws {@link
 * AccessDeniedException}. Bind a caller for each request with {@link #as(String)} — the desks of
 * the facade it returns see and change only what the actor's granted {@link
 * io.github.jiceng.governance.scope.DataScope}s cover, and record the actor in the audit trail — or
 * use {@link #asSystem()}, the one documented way past data scope, for trusted work done for no
 * user.
 *
 * <table>
 *   <caption>The desks</caption>
 *   <tr><th>desk</th><th>area</th></tr>
 *   <tr><td>{@link #divisions()}</td><td>districts, streets, communities, villages (行政区划)</td></tr>
 *   <tr><td>{@link #committees()}</td><td>residents' and villagers' committees, their meetings
 *       (居民委员会、村民委员会)</td></tr>
 *   <tr><td>{@link #party()}</td><td>community party organisations (基层党组织)</td></tr>
 *   <tr><td>{@link #grids()}</td><td>grids, households, residents (网格化服务管理)</td></tr>
 *   <tr><td>{@link #access()}</td><td>work assigned to communities (工作事项准入)</td></tr>
 *   <tr><td>{@link #services()}</td><td>residents' service requests at the one window
 *       (一口受理)</td></tr>
 *   <tr><td>{@link #cases()}</td><td>cases on the closed loop of grid management and the 12345
 *       hotline (案件闭环)</td></tr>
 *   <tr><td>{@link #facilities()}</td><td>community service facilities (社区综合服务设施)</td></tr>
 *   <tr><td>{@link #points()}</td><td>moral points and time banks (道德积分银行、时间银行)</td></tr>
 *   <tr><td>{@link #care()}</td><td>visits to residents who need care (关爱走访)</td></tr>
 *   <tr><td>{@link #elections()}</td><td>committee elections and recall (换届选举、罢免)</td></tr>
 *   <tr><td>{@link #assessments()}</td><td>community workers' assessments (社区工作者考核)</td></tr>
 *   <tr><td>{@link #organisations()}</td><td>social organisations (社会组织)</td></tr>
 *   <tr><td>{@link #consultations()}</td><td>consultation, votes, residents' councils
 *       (城乡社区协商、居民理事会)</td></tr>
 *   <tr><td>{@link #scopes()}</td><td>data scopes granted to actors (数据权限)</td></tr>
 *   <tr><td>{@link #audit()}</td><td>the tamper-evident audit trail (审计日志)</td></tr>
 * </table>
 *
 * <p>Every write is validated with Jakarta Bean Validation and the domain's own consistency checks
 * before anything reaches the store: on {@link InvalidInputException} nothing was written.
 */
public final class Governance {
  private static final String CALL = "Governance call";
  private final DeskSetup setup;
  private final DivisionDesk divisions;
  private final CommitteeDesk committees;
  private final PartyDesk party;
  private final GridDesk grids;
  private final AccessDesk access;
  private final ScopeDesk scopes;
  private final AuditDesk audit;
  private final ServiceDesk services;
  private final CaseDesk cases;
  private final FacilityDesk facilities;
  private final PointsDesk points;
  private final CareDesk care;
  private final OrganisationDesk organisations;
  private final io.github.jiceng.governance.desk.ConsultationDesk consultations;
  private final AssessmentDesk assessments;
  private final io.github.jiceng.governance.desk.ElectionDesk elections;

  private Governance(DeskSetup setup) {
    this.setup = setup;
    this.divisions = new DivisionDesk(setup);
    this.committees = new CommitteeDesk(setup);
    this.party = new PartyDesk(setup);
    this.grids = new GridDesk(setup);
    this.access = new AccessDesk(setup);
    this.scopes = new ScopeDesk(setup);
    this.audit = new AuditDesk(setup);
    this.services = new ServiceDesk(setup);
    this.cases = new CaseDesk(setup);
    this.facilities = new FacilityDesk(setup);
    this.points = new PointsDesk(setup);
    this.care = new CareDesk(setup);
    this.organisations = new OrganisationDesk(setup);
    this.consultations = new io.github.jiceng.governance.desk.ConsultationDesk(setup);
    this.assessments = new AssessmentDesk(setup);
    this.elections = new io.github.jiceng.governance.desk.ElectionDesk(setup);
  }

  /**
   * A facade over the same store, policy and clock acting for {@code actorId}, with the data scopes
   * the store holds grants for (read now: call it per request, so that a revocation counts from the
   * next one). An actor with no grant sees nothing.
   *
   * @throws InvalidInputException if the id is not a valid actor id, or is the system actor's
   */
  public Governance as(String actorId) {
    return new Governance(setup.as(actorId));
  }

  /**
   * A facade acting as the {@link Caller#SYSTEM system actor}: every record, audited as {@value
   * Caller#SYSTEM_ID}. For trusted work done for no user — set-up, imports from another system,
   * scheduled jobs such as {@code audit().prune(...)}; never for a user's request.
   */
  public Governance asSystem() {
    return new Governance(setup.asSystem());
  }

  /**
   * The caller this facade acts for.
   *
   * @throws AccessDeniedException if none is bound
   */
  public Caller caller() {
    return setup.caller();
  }

  /** Starts configuring a facade. */
  public static Builder builder() {
    return new Builder();
  }

  /** The policy rules are evaluated under. */
  public Policy policy() {
    return setup.policy();
  }

  /** Today, by the configured clock: the default "as of" date. */
  public LocalDate today() {
    return setup.today();
  }

  /** Districts, streets, communities and villages (行政区划): record and find them. */
  public DivisionDesk divisions() {
    return divisions;
  }

  /**
   * Residents' and villagers' committees (居民委员会、村民委员会): record them, and check them, their
   * meetings, requests to convene and representative meetings against the law in force on a date.
   */
  public CommitteeDesk committees() {
    return committees;
  }

  /**
   * Community party organisations (基层党组织): record a community's tree of organisations and check its
   * setup against the regulations in force on a date.
   */
  public PartyDesk party() {
    return party;
  }

  /**
   * Grids, households and residents (网格化服务管理): record grids, import households and residents in
   * bulk, query them, and report a community's grid coverage.
   */
  public GridDesk grids() {
    return grids;
  }

  /**
   * The task desk (工作事项准入): publish access policies, submit and decide task requests, record the
   * leadership group's approvals, and measure the burden on communities.
   */
  public AccessDesk access() {
    return access;
  }

  /**
   * The one-window desk (一口受理): take residents' requests for the items of a service catalogue,
   * follow them through their steps, record ratings; every step audited.
   */
  public ServiceDesk services() {
    return services;
  }

  /**
   * The command centre (统一受理、统一调度): report cases, take them round the closed loop, dispatch them by
   * a routing table, read their clocks, escalate the overdue; every step audited.
   */
  public CaseDesk cases() {
    return cases;
  }

  /**
   * Community facilities (社区服务设施): record service centres, offices and activity rooms, check a
   * community's against the standards in force on a day, and give a district's share up to
   * standard.
   */
  public FacilityDesk facilities() {
    return facilities;
  }

  /**
   * Points and time banks (道德积分银行, 时间银行): open accounts, score deeds, redeem points, deposit and
   * withdraw volunteers' minutes; every entry checked, appended under the version read, audited.
   */
  public PointsDesk points() {
    return points;
  }

  /**
   * Care (关爱服务): record visits to and talks with residents who need care, and list who is overdue
   * for one on a day under the rounds the policy sets.
   */
  public CareDesk care() {
    return care;
  }

  /**
   * Social organisations (社会组织): record those serving a community, check their credit code, annual
   * inspection and evaluation grade as of a day, list those needing attention.
   */
  public OrganisationDesk organisations() {
    return organisations;
  }

  /**
   * Consultation (城乡社区协商): record the consultations a community holds, with a meeting's vote per
   * voter group, decided against the catalogue and meeting rules of the day; set up residents'
   * councils (居民理事会) and move their projects from approval to acceptance.
   */
  public io.github.jiceng.governance.desk.ConsultationDesk consultations() {
    return consultations;
  }

  /**
   * Committee elections (换届选举) and recall (罢免): decide a round, a recall or a voter's registration
   * under the committee laws and the province's measures of the day; record each counted round
   * once; count a street's or district's turnout, direct elections, woman members and "一肩挑".
   */
  public io.github.jiceng.governance.desk.ElectionDesk elections() {
    return elections;
  }

  /**
   * Community workers' assessments (社区工作者考核): record a worker's scores for a period and decide them
   * under the scheme in force, explained item by item.
   */
  public AssessmentDesk assessments() {
    return assessments;
  }

  /**
   * Data scopes (数据权限): grant actors the scopes of their roles, within the caller's own, and revoke
   * them; every grant and revocation is audited.
   */
  public ScopeDesk scopes() {
    return scopes;
  }

  /**
   * The audit trail (审计日志): read it, verify it, export checkpoints, prune it after the retention
   * period. Needs the {@code ALL} scope.
   */
  public AuditDesk audit() {
    return audit;
  }

  /** Configures a {@link Governance}. Not thread-safe. */
  public static final class Builder {
    private @Nullable GovernanceStore store;
    private Policy policy = NationalDefaults.policy();
    // China Standard Time, not the server's zone: "today" is the day in the communities served
    private Clock clock = Clock.system(java.time.ZoneId.of("Asia/Shanghai"));
    private HashAlgorithm auditHash = HashAlgorithm.SHA_256;
    private jakarta.validation.@Nullable Validator validator;

    private Builder() {}

    /** Where records are kept. Required. */
    public Builder store(GovernanceStore value) {
      this.store = Checks.required(value, CALL, "store");
      return this;
    }

    /** The policy to evaluate rules under; defaults to {@link NationalDefaults#policy()}. */
    public Builder policy(Policy value) {
      this.policy = Checks.required(value, CALL, "policy");
      return this;
    }

    /**
     * The clock that says what "today" is; defaults to the system clock in China Standard Time
     * ({@code Asia/Shanghai}), whatever the server's own zone, so that a server running in UTC does
     * not take the previous day as today between midnight and 08:00.
     */
    public Builder clock(Clock value) {
      this.clock = Checks.required(value, CALL, "clock");
      return this;
    }

    /**
     * The hash of the audit trail; defaults to SHA-256. {@link HashAlgorithm#SM3} (GB/T 32905)
     * needs Bouncy Castle ({@code org.bouncycastle:bcprov-jdk18on}) on the class path.
     */
    public Builder auditHash(HashAlgorithm value) {
      this.auditHash = Checks.required(value, CALL, "auditHash");
      return this;
    }

    /**
     * The Bean Validation validator that checks what the desks write; defaults to the library's own
     * (Hibernate Validator without an expression language). Give the application's — a Spring
     * context's, say — to share its configuration; it must support Jakarta Validation 3.
     */
    public Builder validator(jakarta.validation.Validator value) {
      this.validator = Checks.required(value, CALL, "validator");
      return this;
    }

    /**
     * The facade, acting for nobody: bind a caller with {@link Governance#as(String)} or {@link
     * Governance#asSystem()}.
     *
     * @throws InvalidInputException if no store was given
     */
    public Governance build() {
      if (store == null) {
        throw InvalidInputException.of("Governance.Builder", "store", "must be set");
      }
      DeskSetup setup = DeskSetup.of(store, policy, clock, auditHash);
      return new Governance(validator == null ? setup : setup.withValidator(validator));
    }
  }
}
