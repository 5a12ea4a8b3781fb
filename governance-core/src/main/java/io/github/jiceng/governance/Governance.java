package io.github.jiceng.governance;

import io.github.jiceng.governance.access.TaskAccess;
import io.github.jiceng.governance.committee.Committee;
import io.github.jiceng.governance.committee.CommitteeRules;
import io.github.jiceng.governance.committee.ConveningOutcome;
import io.github.jiceng.governance.committee.ConveningRequest;
import io.github.jiceng.governance.committee.Meeting;
import io.github.jiceng.governance.committee.RepresentativeAssembly;
import io.github.jiceng.governance.division.AdministrativeDivision;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.grid.GridManagement;
import io.github.jiceng.governance.internal.Checks;
import io.github.jiceng.governance.internal.InputValidator;
import io.github.jiceng.governance.party.PartyOrganization;
import io.github.jiceng.governance.party.PartyRules;
import io.github.jiceng.governance.party.PartySetupCheck;
import io.github.jiceng.governance.party.PartyTree;
import io.github.jiceng.governance.policy.Compliance;
import io.github.jiceng.governance.policy.Decision;
import io.github.jiceng.governance.policy.Policy;
import io.github.jiceng.governance.spi.GovernanceStore;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The library's facade: records divisions, committees and party organisations in a {@link
 * GovernanceStore}, validating them on the way in, and asks the rules about them as of a date.
 * Thread-safe.
 *
 * <pre>{@code
 * Governance governance = Governance.builder()
 *     .store(new InMemoryGovernanceStore())
 *     .build();                                     // national defaults, system clock in China time
 * governance.addDivision(AdministrativeDivision.of("341802000000", "宣州区", DivisionLevel.DISTRICT));
 * Decision<Compliance> decision = governance.checkCommittee(committee, LocalDate.of(2026, 6, 30));
 * System.out.println(decision.explain());
 * }</pre>
 *
 * <p>Writes are validated with Jakarta Bean Validation and the domain's own consistency checks
 * before anything reaches the store: on {@link InvalidInputException} nothing was written.
 */
public final class Governance {
  private final GovernanceStore store;
  private final Policy policy;
  private final Clock clock;
  private final InputValidator validator = new InputValidator();
  private final TaskAccess access;
  private final GridManagement grids;

  private Governance(Builder builder) {
    this.store = Objects.requireNonNull(builder.store);
    this.policy = builder.policy;
    this.clock = builder.clock;
    this.access = new TaskAccess(store, clock);
    this.grids = new GridManagement(store, policy, clock);
  }

  /** Starts configuring a facade. */
  public static Builder builder() {
    return new Builder();
  }

  /** The store records are kept in. */
  public GovernanceStore store() {
    return store;
  }

  /** The policy rules are evaluated under. */
  public Policy policy() {
    return policy;
  }

  /** Today, by the configured clock: the default "as of" date. */
  public LocalDate today() {
    return LocalDate.now(clock);
  }

  /**
   * The task desk (工作事项准入): publish access policies, submit and decide task requests, record the
   * leadership group's approvals, and measure the burden on communities.
   */
  public TaskAccess access() {
    return access;
  }

  /**
   * Grids, households and residents (网格化服务管理): record grids, import households and residents in
   * bulk, query them, and report a community's grid coverage.
   */
  public GridManagement grids() {
    return grids;
  }

  // ---- divisions ----

  /**
   * Records a new division. Its parent (implied by its code) must be recorded first.
   *
   * @return the stored division, at version 1
   * @throws InvalidInputException if the division is invalid
   * @throws io.github.jiceng.governance.spi.DuplicateKeyException if the code is taken
   * @throws io.github.jiceng.governance.spi.IntegrityViolationException if the parent is missing
   */
  public AdministrativeDivision addDivision(AdministrativeDivision division) {
    var checked = valid(division, "AdministrativeDivision"); // checked before the store is asked
    return store.divisions().insert(checked);
  }

  /**
   * Changes a recorded division (its name: code and level are its identity).
   *
   * @throws io.github.jiceng.governance.spi.WriteConflictException if it changed since it was read
   */
  public AdministrativeDivision updateDivision(AdministrativeDivision division) {
    var checked = valid(division, "AdministrativeDivision"); // checked before the store is asked
    return store.divisions().update(checked);
  }

  /** The division with this code. */
  public Optional<AdministrativeDivision> division(DivisionCode code) {
    var checked = required(code, "code"); // checked before the store is asked
    return store.divisions().find(checked);
  }

  /** The divisions directly under {@code parent}, ordered by code. */
  public List<AdministrativeDivision> childrenOf(DivisionCode parent) {
    var checked = required(parent, "parent"); // checked before the store is asked
    return store.divisions().findChildren(checked);
  }

  // ---- committees ----

  /**
   * Records a new committee. Its community or village must be recorded first, and must be of the
   * level its kind governs (a residents' committee governs a community, a villagers' committee a
   * village).
   *
   * @return the stored committee, at version 1
   * @throws InvalidInputException if the committee is invalid
   * @throws NotFoundException if its division is not recorded
   * @throws io.github.jiceng.governance.spi.DuplicateKeyException if the id is taken
   */
  public Committee addCommittee(Committee committee) {
    return write(
        committee,
        "Committee",
        Governance::checkGovernedDivision,
        (tx, c) -> tx.committees().insert(c));
  }

  /**
   * Changes a recorded committee.
   *
   * @throws io.github.jiceng.governance.spi.WriteConflictException if it changed since it was read
   */
  public Committee updateCommittee(Committee committee) {
    return write(
        committee,
        "Committee",
        Governance::checkGovernedDivision,
        (tx, c) -> tx.committees().update(c));
  }

  /** The committee with this id. */
  public Optional<Committee> committee(String id) {
    var checked = Checks.key(id, "Governance.committee", "id"); // checked before the store is asked
    return store.committees().find(checked);
  }

  /** The committees of every community and village within {@code ancestor}, ordered by id. */
  public List<Committee> committeesWithin(DivisionCode ancestor) {
    var checked = required(ancestor, "ancestor"); // checked before the store is asked
    return store.committees().findWithin(checked);
  }

  private static void checkGovernedDivision(GovernanceStore tx, Committee committee) {
    AdministrativeDivision division =
        tx.divisions()
            .find(committee.division())
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "committee '"
                            + committee.id()
                            + "': division "
                            + committee.division()
                            + " is not recorded"));
    if (division.level() != committee.kind().divisionLevel()) {
      throw InvalidInputException.of(
          "Committee",
          "kind",
          "a "
              + committee.kind().label().en()
              + " governs a "
              + committee.kind().divisionLevel()
              + ", but "
              + division.code()
              + " is a "
              + division.level());
    }
  }

  // ---- party organisations ----

  /**
   * Records a community's party organisations. The community or village must be recorded first.
   *
   * @return the stored tree, at version 1
   * @throws InvalidInputException if the tree is invalid
   * @throws NotFoundException if its community is not recorded
   * @throws io.github.jiceng.governance.spi.DuplicateKeyException if the root's id is taken
   */
  public PartyTree addPartyTree(PartyTree tree) {
    return write(
        tree, "PartyTree", Governance::checkCommunity, (tx, t) -> tx.partyTrees().insert(t));
  }

  /**
   * Replaces a recorded party tree (for example after an election or a new member).
   *
   * @throws io.github.jiceng.governance.spi.WriteConflictException if it changed since it was read
   */
  public PartyTree updatePartyTree(PartyTree tree) {
    return write(
        tree, "PartyTree", Governance::checkCommunity, (tx, t) -> tx.partyTrees().update(t));
  }

  /** The party tree whose root has this id. */
  public Optional<PartyTree> partyTree(String id) {
    var checked = Checks.key(id, "Governance.partyTree", "id"); // checked before the store is asked
    return store.partyTrees().find(checked);
  }

  /** The party trees of one community or village, ordered by id. */
  public List<PartyTree> partyTreesOf(DivisionCode community) {
    var checked = required(community, "community"); // checked before the store is asked
    return store.partyTrees().findByCommunity(checked);
  }

  private static void checkCommunity(GovernanceStore tx, PartyTree tree) {
    // The tree's code is a community-tier code (checked by PartyTree), so a recorded division
    // under it is a community or a village.
    if (tx.divisions().find(tree.community()).isEmpty()) {
      throw new NotFoundException(
          "party tree '" + tree.id() + "': community " + tree.community() + " is not recorded");
    }
  }

  /**
   * Checks one party organisation (with the members of its subtree) against the regulations in
   * force on {@code asOf}, with recommendations.
   */
  public PartySetupCheck checkPartySetup(PartyOrganization organization, LocalDate asOf) {
    return PartyRules.checkSetup(
        required(organization, "organization"), policy, required(asOf, "asOf"));
  }

  /** Checks every organisation of a party tree as of {@code asOf}, parents before children. */
  public List<PartySetupCheck> checkPartyTree(PartyTree tree, LocalDate asOf) {
    return PartyRules.checkTree(required(tree, "tree"), policy, required(asOf, "asOf"));
  }

  // ---- rules ----

  /** Checks a committee against the committee law in force today. */
  public Decision<Compliance> checkCommittee(Committee committee) {
    return checkCommittee(committee, today());
  }

  /** Checks a committee against the committee law in force on {@code asOf}. */
  public Decision<Compliance> checkCommittee(Committee committee, LocalDate asOf) {
    return CommitteeRules.checkCommittee(
        required(committee, "committee"), policy, required(asOf, "asOf"));
  }

  /** Checks every recorded committee within {@code ancestor} as of {@code asOf}, ordered by id. */
  public List<Decision<Compliance>> checkCommitteesWithin(DivisionCode ancestor, LocalDate asOf) {
    required(asOf, "asOf");
    return committeesWithin(ancestor).stream().map(c -> checkCommittee(c, asOf)).toList();
  }

  /** Checks a meeting and its decision against the law in force on the meeting day. */
  public Decision<Compliance> checkMeeting(Meeting meeting) {
    return CommitteeRules.checkMeeting(required(meeting, "meeting"), policy);
  }

  /** Decides whether a request obliges the committee to convene, as of {@code asOf}. */
  public Decision<ConveningOutcome> checkConvening(ConveningRequest request, LocalDate asOf) {
    return CommitteeRules.checkConvening(
        required(request, "request"), policy, required(asOf, "asOf"));
  }

  /** Checks the composition of a villagers' representative meeting as of {@code asOf}. */
  public Decision<Compliance> checkRepresentativeAssembly(
      RepresentativeAssembly assembly, LocalDate asOf) {
    return CommitteeRules.checkRepresentativeAssembly(
        required(assembly, "assembly"), policy, required(asOf, "asOf"));
  }

  /**
   * Validates {@code input}, then checks its references and writes it in one transaction: nothing
   * is written if either fails.
   */
  private <T> T write(
      @Nullable T input,
      String subject,
      java.util.function.BiConsumer<GovernanceStore, T> references,
      java.util.function.BiFunction<GovernanceStore, T, T> change) {
    T valid = valid(input, subject);
    return store.inTransaction(
        tx -> {
          references.accept(tx, valid);
          return change.apply(tx, valid);
        });
  }

  private <T> T valid(@Nullable T input, String subject) {
    if (input instanceof PartyTree tree) {
      validator.validateParts(tree.validationParts(), subject); // linear in the members
      return input;
    }
    return validator.validate(required(input, subject), subject);
  }

  private static <T> T required(@Nullable T value, String name) {
    if (value == null) {
      throw InvalidInputException.of("Governance call", name, "must not be null");
    }
    return value;
  }

  /** Configures a {@link Governance}. Not thread-safe. */
  public static final class Builder {
    private @Nullable GovernanceStore store;
    private Policy policy = NationalDefaults.policy();
    // China Standard Time, not the server's zone: "today" is the day in the communities served
    private Clock clock = Clock.system(java.time.ZoneId.of("Asia/Shanghai"));

    private Builder() {}

    /** Where records are kept. Required. */
    public Builder store(GovernanceStore value) {
      this.store = required(value, "store");
      return this;
    }

    /** The policy to evaluate rules under; defaults to {@link NationalDefaults#policy()}. */
    public Builder policy(Policy value) {
      this.policy = required(value, "policy");
      return this;
    }

    /**
     * The clock that says what "today" is; defaults to the system clock in China Standard Time
     * ({@code Asia/Shanghai}), whatever the server's own zone, so that a server running in UTC does
     * not take the previous day as today between midnight and 08:00.
     */
    public Builder clock(Clock value) {
      this.clock = required(value, "clock");
      return this;
    }

    /**
     * The facade.
     *
     * @throws InvalidInputException if no store was given
     */
    public Governance build() {
      if (store == null) {
        throw InvalidInputException.of("Governance.Builder", "store", "must be set");
      }
      return new Governance(this);
    }
  }
}
