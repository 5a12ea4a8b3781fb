package io.github.jiceng.governance.desk;

import static io.github.jiceng.governance.desk.DeskSetup.required;

import io.github.jiceng.governance.audit.AuditAction;
import io.github.jiceng.governance.base.GovernanceException;
import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.base.NotFoundException;
import io.github.jiceng.governance.base.Violation;
import io.github.jiceng.governance.division.AdministrativeDivision;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.grid.CoverageReport;
import io.github.jiceng.governance.grid.Grid;
import io.github.jiceng.governance.grid.GridCode;
import io.github.jiceng.governance.grid.GridCoverage;
import io.github.jiceng.governance.grid.GridFacts;
import io.github.jiceng.governance.grid.GridRules;
import io.github.jiceng.governance.grid.GridSetting;
import io.github.jiceng.governance.grid.GridTallies;
import io.github.jiceng.governance.grid.Household;
import io.github.jiceng.governance.grid.HouseholdPlacement;
import io.github.jiceng.governance.grid.ImportResult;
import io.github.jiceng.governance.grid.MaskedHousehold;
import io.github.jiceng.governance.internal.Checks;
import io.github.jiceng.governance.internal.InputValidator;
import io.github.jiceng.governance.party.PartyOrganization;
import io.github.jiceng.governance.party.PartyTree;
import io.github.jiceng.governance.party.PlacementKind;
import io.github.jiceng.governance.people.CareTag;
import io.github.jiceng.governance.people.IdentityNumber;
import io.github.jiceng.governance.people.MaskedResident;
import io.github.jiceng.governance.people.Masking;
import io.github.jiceng.governance.people.Resident;
import io.github.jiceng.governance.policy.Compliance;
import io.github.jiceng.governance.policy.Decision;
import io.github.jiceng.governance.policy.Policy;
import io.github.jiceng.governance.scope.AccessDeniedException;
import io.github.jiceng.governance.scope.Purpose;
import io.github.jiceng.governance.scope.Reach;
import io.github.jiceng.governance.spi.GovernanceStore;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Grids, households and residents of communities (网格化服务管理): records grids, imports a community's
 * households and residents in bulk, answers the usual questions (households of a grid, residents
 * needing care, grid of a household) and reports a community's grid coverage under the rules of
 * {@link GridRules}. Obtain it from {@code Governance.grids()}.
 *
 * <p>Inputs are validated before anything is written; errors name the field (for example {@code
 * residents[12].name}) and the problem, never the value. Log lines and messages show personal data
 * masked. Thread-safe.
 */
public final class GridDesk {
  private static final Logger LOG = LoggerFactory.getLogger(GridDesk.class);

  private final DeskSetup setup;
  private final GovernanceStore store;
  private final Policy policy;
  private final Clock clock;
  private final InputValidator validator;

  /**
   * A desk over {@code setup}'s store, its policy (whose grid standards apply), its clock (which
   * gives "today" for {@link #checkCoverage(DivisionCode)}) and its validator.
   */
  public GridDesk(DeskSetup setup) {
    this.setup = DeskSetup.required(setup, "setup");
    this.store = setup.store();
    this.policy = setup.policy();
    this.clock = setup.clock();
    this.validator = setup.validator();
  }

  // ---- grids ----

  /**
   * Records a new grid. Its community or village must be recorded first.
   *
   * @return the stored grid, at version 1
   * @throws InvalidInputException if the grid is invalid
   * @throws NotFoundException if its community is not recorded
   * @throws io.github.jiceng.governance.base.DuplicateKeyException if the code is taken
   */
  public Grid addGrid(Grid grid) {
    return setup.write(
        grid,
        "Grid",
        Grid::community,
        (tx, g) -> requireCommunity(tx, g.community(), "grid " + g.code()),
        (tx, g) -> tx.grids().insert(g));
  }

  /**
   * Replaces a recorded grid (new buildings, a new worker, a party contact).
   *
   * @throws io.github.jiceng.governance.base.WriteConflictException if it changed since it was read
   */
  public Grid updateGrid(Grid grid) {
    return setup.write(
        grid,
        "Grid",
        Grid::community,
        (tx, g) -> requireCommunity(tx, g.community(), "grid " + g.code()),
        (tx, g) -> tx.grids().update(g));
  }

  /** The grid with this code; empty if it is not recorded or not in the caller's scope. */
  public Optional<Grid> grid(GridCode code) {
    var checked = required(code, "code"); // checked before the store is asked
    Reach reach = setup.reach(store);
    return store.grids().find(checked).filter(g -> reach.coversGrid(g.code(), g.community()));
  }

  /**
   * The grids of a community or village that the caller's scope covers, ordered by code: all of
   * them if it covers the community, else the grids it covers one by one.
   *
   * @throws AccessDeniedException if it covers none of them
   */
  public List<Grid> gridsOf(DivisionCode community) {
    var checked = required(community, "community"); // checked before the store is asked
    Reach reach = setup.reach(store);
    if (reach.covers(checked)) {
      return store.grids().findByCommunity(checked);
    }
    List<Grid> own = ownGrids(reach, checked);
    if (own.isEmpty()) {
      throw DeskSetup.denied(reach, "read the grids of " + checked);
    }
    return own;
  }

  /** The grids of {@code community} the reach covers one by one, each read by its key. */
  private List<Grid> ownGrids(Reach reach, DivisionCode community) {
    List<Grid> own = new ArrayList<>();
    for (GridCode code : reach.grids()) {
      if (code.fits(community)) {
        store.grids().find(code).filter(g -> g.community().equals(community)).ifPresent(own::add);
      }
    }
    return own;
  }

  // ---- households and residents ----

  /**
   * Imports a community's households and residents in one transaction: either every record is
   * stored, or — if anything is invalid or the store refuses any record — none is. Residents may
   * belong to households of this import or to households of the community already recorded.
   *
   * @return how many records were stored
   * @throws InvalidInputException listing every invalid record by index and field (for example
   *     {@code residents[12].name}), before anything is written; an identity number whose birth
   *     date lies after today by the clock, or whose holder would be older than {@value
   *     IdentityNumber#MAX_AGE_YEARS}, is invalid. (Identity numbers and phones are checked when a
   *     {@code Resident} is built; parse raw rows with {@code IdentityNumber.of(text,
   *     "rows[12].identityNumber")} to name the row.)
   * @throws NotFoundException if the community, or a resident's household, is not recorded
   * @throws io.github.jiceng.governance.base.DuplicateKeyException if an id or identity number is
   *     taken or given twice
   * @throws io.github.jiceng.governance.base.IntegrityViolationException if a household's grid is
   *     not recorded
   * @throws io.github.jiceng.governance.base.CommitOutcomeUnknownException if the commit failed
   *     without saying whether it took effect: look before importing again
   */
  public ImportResult importHouseholds(
      DivisionCode community, List<Household> households, List<Resident> residents) {
    required(community, "community");
    checkImport(community, required(households, "households"), required(residents, "residents"));
    try {
      ImportResult result =
          store.inTransaction(
              tx -> {
                Reach reach = setup.reach(tx);
                DeskSetup.require(
                    reach, reach.covers(community), "import households into " + community);
                requireCommunity(tx, community, "import");
                List<Household> stored = tx.households().insertAll(households);
                requireHouseholds(tx, community, households, residents);
                List<Resident> storedResidents = tx.residents().insertAll(residents);
                ImportResult imported =
                    new ImportResult(community, stored.size(), storedResidents.size());
                setup.audit(
                    tx,
                    AuditAction.IMPORT,
                    community.value(),
                    importPayload(stored, storedResidents));
                return imported;
              });
      LOG.info(
          "imported {} households and {} residents into community {}",
          result.households(),
          result.residents(),
          community);
      return result;
    } catch (io.github.jiceng.governance.base.CommitOutcomeUnknownException e) {
      LOG.warn(
          "import into community {}: the commit failed and its outcome is unknown;"
              + " look whether the households are stored before importing again: {}",
          community,
          e.getMessage());
      throw e;
    } catch (GovernanceException e) {
      // Store messages name records by key and mask personal data, so they are safe to log.
      LOG.warn(
          "import into community {} failed, nothing was stored: {}", community, e.getMessage());
      throw e;
    }
  }

  /**
   * The households placed in a grid, ordered by id, their addresses masked; empty if the grid is
   * not recorded.
   *
   * @throws AccessDeniedException if the caller's scope does not cover the grid
   */
  public List<MaskedHousehold> householdsOf(GridCode grid) {
    var checked = required(grid, "grid"); // checked before the store is asked
    Reach reach = setup.reach(store);
    Optional<Grid> found = store.grids().find(checked);
    if (found.isEmpty()) {
      return List.of();
    }
    DeskSetup.require(
        reach,
        reach.coversGrid(checked, found.get().community()),
        "read the households of grid " + checked);
    return store.households().findByGrid(checked).stream().map(MaskedHousehold::of).toList();
  }

  /**
   * The households of a community or village, ordered by id, their addresses masked: all of them if
   * the caller's scope covers the community, else those of the grids it covers one by one.
   *
   * @throws AccessDeniedException if the scope covers neither the community nor any of its grids
   */
  public List<MaskedHousehold> householdsIn(DivisionCode community) {
    var checked = required(community, "community"); // checked before the store is asked
    List<Household> found =
        inCommunity(
            checked,
            store.households()::findByCommunity,
            store.households()::findByGrid,
            Household::id,
            "read the households of ");
    List<MaskedHousehold> masked = new ArrayList<>(found.size());
    found.forEach(h -> masked.add(MaskedHousehold.of(h)));
    return masked;
  }

  /**
   * A query about one community, as the caller's reach allows it: {@code whole} if the reach covers
   * the community, else {@code ofGrid} for each of its grids the reach covers, merged by {@code
   * id}.
   *
   * @throws AccessDeniedException if the reach covers neither the community nor any of its grids
   */
  private <T> List<T> inCommunity(
      DivisionCode community,
      Function<DivisionCode, List<T>> whole,
      Function<GridCode, List<T>> ofGrid,
      Function<T, String> id,
      String what) {
    Reach reach = setup.reach(store);
    if (reach.covers(community)) {
      return whole.apply(community);
    }
    List<Grid> own = ownGrids(reach, community);
    if (own.isEmpty()) {
      throw DeskSetup.denied(reach, what + community);
    }
    List<T> found = new ArrayList<>();
    for (Grid grid : own) {
      found.addAll(ofGrid.apply(grid.code()));
    }
    found.sort(java.util.Comparator.comparing(id));
    return found;
  }

  /**
   * The residents of a household, ordered by id, their names, identity numbers and phones masked;
   * empty if the household is not recorded or not in the caller's scope.
   */
  public List<MaskedResident> residentsOf(String householdId) {
    var checked =
        Checks.key(
            householdId, "GridDesk call", "householdId"); // checked before the store is asked
    if (visibleHousehold(store, checked).isEmpty()) {
      return List.of();
    }
    return store.residents().findByHousehold(checked).stream().map(MaskedResident::of).toList();
  }

  /**
   * The residents of a community who belong to a group needing care, ordered by id, masked: all of
   * the community's if the caller's scope covers it, else those of the grids it covers one by one.
   *
   * @throws AccessDeniedException if the scope covers neither the community nor any of its grids
   */
  public List<MaskedResident> residentsWithTag(DivisionCode community, CareTag tag) {
    required(community, "community");
    required(tag, "tag");
    return inCommunity(
            community,
            c -> store.residents().findByTag(c, tag),
            g -> store.residents().findByGridAndTag(g, tag),
            Resident::id,
            "read the residents of ")
        .stream()
        .map(MaskedResident::of)
        .toList();
  }

  /**
   * The grid a household is placed in; empty if the household is unknown, not placed, or not in the
   * caller's scope.
   */
  public Optional<Grid> gridOf(String householdId) {
    Checks.key(householdId, "GridDesk call", "householdId");
    return visibleHousehold(store, householdId).map(Household::grid).flatMap(store.grids()::find);
  }

  // ---- personal data in clear ----

  /**
   * A resident in clear — name, identity number and phone as stored — for {@code purpose}, which is
   * recorded with the view in the audit trail (in the same transaction: no clear view without its
   * record). Empty, and nothing recorded, if the resident is not recorded or not in the caller's
   * scope.
   */
  public Optional<Resident> residentInClear(String residentId, Purpose purpose) {
    var checked = Checks.key(residentId, "GridDesk call", "residentId");
    required(purpose, "purpose");
    return inClear(
        tx ->
            tx.residents()
                .find(checked)
                .filter(r -> visibleHousehold(tx, r.householdId()).isPresent()),
        Resident::id,
        r -> "resident " + r.id() + " name,identityNumber,phone for " + purpose.text());
  }

  /**
   * A household in clear — its full address — for {@code purpose}, recorded with the view in the
   * audit trail. Empty, and nothing recorded, if the household is not recorded or not in the
   * caller's scope.
   */
  public Optional<Household> householdInClear(String householdId, Purpose purpose) {
    var checked = Checks.key(householdId, "GridDesk call", "householdId");
    required(purpose, "purpose");
    return inClear(
        tx -> visibleHousehold(tx, checked),
        Household::id,
        h -> "household " + h.id() + " address for " + purpose.text());
  }

  /**
   * What {@code read} finds, recorded as a clear view in the same transaction; nothing recorded if
   * it finds nothing.
   */
  private <T> Optional<T> inClear(
      Function<GovernanceStore, Optional<T>> read,
      Function<T, String> id,
      Function<T, String> payload) {
    return store.inTransaction(
        tx -> {
          Optional<T> found = read.apply(tx);
          found.ifPresent(
              v -> setup.audit(tx, AuditAction.CLEAR_VIEW, id.apply(v), payload.apply(v)));
          return found;
        });
  }

  /** The household, if recorded and covered by the caller's scope (its community, or its grid). */
  private Optional<Household> visibleHousehold(GovernanceStore tx, String householdId) {
    Reach reach = setup.reach(tx);
    return tx.households()
        .find(householdId)
        .filter(
            h ->
                reach.covers(h.community())
                    || (h.grid() != null && reach.coversGrid(h.grid(), h.community())));
  }

  // ---- coverage ----

  /** {@link #checkCoverage(DivisionCode, LocalDate)} as of today by the clock. */
  public CoverageReport checkCoverage(DivisionCode community) {
    return checkCoverage(community, LocalDate.now(clock));
  }

  /**
   * Reports a community's grid coverage as of {@code asOf}: each grid's households, residents,
   * primary workers and party cover against the grid standards in force, and the placement of every
   * household in exactly one of the community's grids.
   *
   * @throws NotFoundException if the community is not recorded
   */
  public CoverageReport checkCoverage(DivisionCode community, LocalDate asOf) {
    required(community, "community");
    required(asOf, "asOf");
    return store.inTransaction(
        tx -> {
          Reach reach = setup.reach(tx, asOf);
          DeskSetup.require(
              reach, reach.covers(community), "read the grid coverage of " + community);
          AdministrativeDivision division = requireCommunity(tx, community, "coverage");
          GridSetting setting = GridSetting.of(division.level());
          List<Grid> grids = tx.grids().findByCommunity(community);
          GridTallies tallies = tx.households().tallies(community);
          List<PartyOrganization> organizations = new ArrayList<>();
          tx.partyTrees().findByCommunity(community).stream()
              .map(PartyTree::root)
              .forEach(r -> organizations.addAll(r.organizations()));

          List<GridCoverage> lines = new ArrayList<>();
          for (Grid grid : grids) {
            GridFacts facts = factsOf(grid, setting, tallies.of(grid.code()), organizations, asOf);
            lines.add(new GridCoverage(grid, facts, GridRules.checkGrid(facts, policy, asOf)));
          }
          Decision<Compliance> placement =
              GridRules.checkPlacement(
                  new HouseholdPlacement(
                      division.name() + " " + division.code(),
                      tallies.households(),
                      tallies.unplaced(),
                      tallies.inOtherGrids(),
                      tallies.outsideTheirBuilding()),
                  policy,
                  asOf);
          return new CoverageReport(community, division.name(), setting, asOf, lines, placement);
        });
  }

  private static GridFacts factsOf(
      Grid grid,
      GridSetting setting,
      GridTallies.Tally tally,
      List<PartyOrganization> organizations,
      LocalDate asOf) {
    int count = tally.households();
    int people = tally.residents();
    // A grid holds at most one primary post at a time (checked when it is built).
    int primaries = grid.primaryOn(asOf).isPresent() ? 1 : 0;
    return new GridFacts(
        grid.name() + " " + grid.code(),
        setting,
        grid.kind(),
        count,
        people,
        primaries,
        partyCover(grid, organizations));
  }

  /** The party organisation placed in the grid (by name or code), else the masked party contact. */
  private static @Nullable String partyCover(Grid grid, List<PartyOrganization> organizations) {
    for (PartyOrganization organization : organizations) {
      if (organization.placement().kind() == PlacementKind.GRID
          && (organization.placement().places().contains(grid.name())
              || organization.placement().places().contains(grid.code().value()))) {
        return organization.name();
      }
    }
    String contact = grid.partyContact();
    return contact == null ? null : "党建联络员 party contact " + Masking.name(contact);
  }

  // ---- checks ----

  /** Validates every record, reporting each problem by index and field; nothing is written. */
  private void checkImport(
      DivisionCode community, List<Household> households, List<Resident> residents) {
    LocalDate today = LocalDate.now(clock); // a number born after today cannot be a resident's
    List<Violation> problems = new ArrayList<>();
    for (int i = 0; i < households.size(); i++) {
      Household household = households.get(i);
      String path = "households[" + i + "]";
      if (household == null) {
        problems.add(new Violation(path, "must not be null"));
        continue;
      }
      collect(problems, path, () -> validator.validate(household, "Household"));
      if (!household.community().equals(community)) {
        problems.add(
            new Violation(
                path + ".community", "must be the community imported into, " + community));
      }
    }
    for (int i = 0; i < residents.size(); i++) {
      Resident resident = residents.get(i);
      String path = "residents[" + i + "]";
      if (resident == null) {
        problems.add(new Violation(path, "must not be null"));
        continue;
      }
      collect(problems, path, () -> validator.validate(resident, "Resident"));
      String onToday =
          resident.identityNumber() == null ? null : resident.identityNumber().problemOn(today);
      if (onToday != null) {
        problems.add(new Violation(path + ".identityNumber", onToday));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException("household import", problems);
    }
  }

  /** What the audit record of an import digests: the community and the ids imported. */
  private static String importPayload(List<Household> households, List<Resident> residents) {
    StringBuilder payload = new StringBuilder("households");
    households.forEach(h -> payload.append(' ').append(h.id()));
    payload.append(" residents");
    residents.forEach(r -> payload.append(' ').append(r.id()));
    return payload.toString();
  }

  private static void collect(List<Violation> problems, String path, Runnable check) {
    try {
      check.run();
    } catch (InvalidInputException e) {
      e.violations().forEach(v -> problems.add(new Violation(path + "." + v.field(), v.problem())));
    }
  }

  /** Residents must join households of this import or recorded households of the community. */
  private static void requireHouseholds(
      GovernanceStore tx,
      DivisionCode community,
      List<Household> imported,
      List<Resident> residents) {
    Set<String> known = new HashSet<>();
    imported.forEach(h -> known.add(h.id()));
    for (int i = 0; i < residents.size(); i++) {
      String householdId = residents.get(i).householdId();
      if (known.contains(householdId)) {
        continue;
      }
      Optional<Household> stored = tx.households().find(householdId);
      if (stored.isEmpty() || !stored.get().community().equals(community)) {
        throw new NotFoundException(
            "residents["
                + i
                + "] ("
                + residents.get(i).id()
                + "): household "
                + householdId
                + " is not recorded in community "
                + community);
      }
      known.add(householdId);
    }
  }

  private static AdministrativeDivision requireCommunity(
      GovernanceStore tx, DivisionCode community, String what) {
    AdministrativeDivision division =
        tx.divisions()
            .find(community)
            .orElseThrow(
                () ->
                    new NotFoundException(what + ": community " + community + " is not recorded"));
    if (division.code().tier() != DivisionCode.Tier.COMMUNITY) {
      throw new InvalidInputException(
          what, List.of(new Violation("community", "must be a community or village code")));
    }
    return division;
  }
}
