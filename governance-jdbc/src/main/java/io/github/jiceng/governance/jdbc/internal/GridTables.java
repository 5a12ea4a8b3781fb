package io.github.jiceng.governance.jdbc.internal;

import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.grid.Building;
import io.github.jiceng.governance.grid.Grid;
import io.github.jiceng.governance.grid.GridAssignment;
import io.github.jiceng.governance.grid.GridCode;
import io.github.jiceng.governance.grid.GridKind;
import io.github.jiceng.governance.grid.GridPost;
import io.github.jiceng.governance.grid.Household;
import io.github.jiceng.governance.people.CareTag;
import io.github.jiceng.governance.people.IdentityNumber;
import io.github.jiceng.governance.people.PhoneNumber;
import io.github.jiceng.governance.people.Relation;
import io.github.jiceng.governance.people.Resident;
import io.github.jiceng.governance.policy.EffectivePeriod;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * SQL for grids (with their buildings and assignments, replaced whole on update), households and
 * residents. Households and residents are written in JDBC batches, so a bulk import of thousands
 * costs a few round trips. Every method runs inside the caller's transaction.
 */
public final class GridTables {
  private GridTables() {}

  private static final String HOUSEHOLD_COLUMNS =
      "id, community_code, grid_code, building_id, unit, address, version";
  private static final String RESIDENT_COLUMNS =
      "r.id, r.household_id, r.name, r.identity_number, r.phone, r.relation, r.tags, r.version";

  // ---- grids ----

  public static Grid insertGrid(Session s, Grid grid) throws SQLException {
    s.update(
        "INSERT INTO ${prefix}grid (code, community_code, name, kind, served_unit, party_contact, version)"
            + " VALUES (?, ?, ?, ?, ?, ?, 1)",
        grid.code().value(),
        grid.community().value(),
        grid.name(),
        grid.kind().name(),
        grid.servedUnit(),
        grid.partyContact());
    insertGridChildren(s, grid);
    return grid.withVersion(1);
  }

  public static Grid updateGrid(Session s, Grid grid) throws SQLException {
    int rows =
        s.update(
            "UPDATE ${prefix}grid SET name = ?, kind = ?, served_unit = ?, party_contact = ?,"
                + " version = version + 1 WHERE code = ? AND community_code = ? AND version = ?",
            grid.name(),
            grid.kind().name(),
            grid.servedUnit(),
            grid.partyContact(),
            grid.code().value(),
            grid.community().value(),
            grid.version());
    if (rows == 0) {
      throw s.staleOrMoved(
          "grid",
          "grid",
          "code",
          grid.code().value(),
          grid.version(),
          "community_code",
          grid.community().value());
    }
    s.update("DELETE FROM ${prefix}grid_building WHERE grid_code = ?", grid.code().value());
    s.update("DELETE FROM ${prefix}grid_assignment WHERE grid_code = ?", grid.code().value());
    insertGridChildren(s, grid);
    return grid.withVersion(grid.version() + 1);
  }

  public static boolean deleteGrid(Session s, GridCode code, long expectedVersion)
      throws SQLException {
    return s.deleteVersioned("grid", "grid", "code", code.value(), expectedVersion);
  }

  public static Optional<Grid> findGrid(Session s, GridCode code) throws SQLException {
    return first(loadGrids(s, "code = ?", code.value()));
  }

  public static List<Grid> findGridsByCommunity(Session s, DivisionCode community)
      throws SQLException {
    return loadGrids(s, "community_code = ?", community.value());
  }

  public static List<GridCode> findGridsPostedTo(Session s, String workerId, LocalDate day)
      throws SQLException {
    return s.query(
        "SELECT DISTINCT grid_code FROM ${prefix}grid_assignment WHERE worker_id = ?"
            + " AND valid_from <= ? AND (valid_to IS NULL OR valid_to >= ?) ORDER BY grid_code",
        r -> GridCode.of(r.getString(1).strip()),
        workerId,
        day,
        day);
  }

  private static void insertGridChildren(Session s, Grid grid) throws SQLException {
    String code = grid.code().value();
    String community = grid.community().value();
    List<Building> buildings = grid.buildings();
    s.batch(
        "INSERT INTO ${prefix}grid_building (grid_code, ord, id, name, units, community_code)"
            + " VALUES (?, ?, ?, ?, ?, ?)",
        indices(buildings.size()),
        (st, i) -> {
          Building b = buildings.get(i);
          st.setString(1, code);
          st.setInt(2, i);
          st.setString(3, b.id());
          st.setString(4, b.name());
          st.setInt(5, b.units());
          st.setString(6, community);
        });
    List<GridAssignment> assignments = grid.assignments();
    s.batch(
        "INSERT INTO ${prefix}grid_assignment (grid_code, ord, worker_id, worker_name, post, valid_from, valid_to,"
            + " community_code) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        indices(assignments.size()),
        (st, i) -> {
          GridAssignment a = assignments.get(i);
          st.setString(1, code);
          st.setInt(2, i);
          st.setString(3, a.workerId());
          st.setString(4, a.workerName());
          st.setString(5, a.post().name());
          st.setObject(6, a.period().from(), Types.DATE);
          st.setObject(7, a.period().to(), Types.DATE);
          st.setString(8, community);
        });
  }

  /** Reads the grids matching {@code where}, with their children, in three queries. */
  private static List<Grid> loadGrids(Session s, String where, Object parameter)
      throws SQLException {
    record Row(
        String code,
        String community,
        String name,
        String kind,
        @Nullable String servedUnit,
        @Nullable String partyContact,
        long version) {}
    List<Row> rows =
        s.query(
            "SELECT code, community_code, name, kind, served_unit, party_contact, version FROM ${prefix}grid WHERE "
                + where
                + " ORDER BY code",
            r ->
                new Row(
                    r.getString(1),
                    r.getString(2),
                    r.getString(3),
                    r.getString(4),
                    r.getString(5),
                    r.getString(6),
                    r.getLong(7)),
            parameter);
    if (rows.isEmpty()) {
      return List.of();
    }
    String selected =
        " WHERE grid_code IN (SELECT code FROM ${prefix}grid WHERE "
            + where
            + ") ORDER BY grid_code, ord";
    Map<String, List<Building>> buildings =
        s.queryGrouped(
            "SELECT grid_code, id, name, units FROM ${prefix}grid_building" + selected,
            r -> r.getString(1),
            r -> new Building(r.getString(2), r.getString(3), r.getInt(4)),
            parameter);
    Map<String, List<GridAssignment>> assignments =
        s.queryGrouped(
            "SELECT grid_code, worker_id, worker_name, post, valid_from, valid_to FROM ${prefix}grid_assignment"
                + selected,
            r -> r.getString(1),
            r ->
                new GridAssignment(
                    r.getString(2),
                    r.getString(3),
                    GridPost.valueOf(r.getString(4)),
                    new EffectivePeriod(
                        r.getObject(5, LocalDate.class), r.getObject(6, LocalDate.class))),
            parameter);
    List<Grid> grids = new ArrayList<>(rows.size());
    for (Row row : rows) {
      grids.add(
          new Grid(
              GridCode.of(row.code()),
              DivisionCode.of(row.community()),
              row.name(),
              GridKind.valueOf(row.kind()),
              row.servedUnit(),
              buildings.getOrDefault(row.code(), List.of()),
              assignments.getOrDefault(row.code(), List.of()),
              row.partyContact(),
              row.version()));
    }
    return grids;
  }

  // ---- households ----

  public static List<Household> insertHouseholds(Session s, List<Household> households)
      throws SQLException {
    households.forEach(h -> s.storedHousehold(h.id(), h.community().value()));
    if (CopyImport.applies(s, households.size())) {
      CopyImport.households(s, households);
      return households.stream().map(h -> h.withVersion(1)).toList();
    }
    s.batch(
        "INSERT INTO ${prefix}household (" + HOUSEHOLD_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, 1)",
        households,
        (st, h) -> {
          st.setString(1, h.id());
          st.setString(2, h.community().value());
          st.setString(3, h.grid() == null ? null : h.grid().value());
          st.setString(4, h.buildingId());
          st.setString(5, h.unit());
          st.setString(6, h.address());
        });
    return households.stream().map(h -> h.withVersion(1)).toList();
  }

  /**
   * A community's grid tallies, counted in the database: no household is read whole, so a community
   * of 20,000 households costs a few grouped counts and the ids of the misplaced.
   */
  public static io.github.jiceng.governance.grid.GridTallies tallies(
      Session s, DivisionCode community) throws SQLException {
    String code = community.value();
    int households =
        s.queryOne(
                "SELECT COUNT(*) FROM ${prefix}household WHERE community_code = ?",
                r -> r.getInt(1),
                code)
            .orElse(0);
    Map<GridCode, int[]> counts = new java.util.HashMap<>();
    for (Object[] row :
        s.query(
            "SELECT grid_code, COUNT(*) FROM ${prefix}household"
                + " WHERE community_code = ? AND grid_code IS NOT NULL GROUP BY grid_code",
            r -> new Object[] {r.getString(1), r.getInt(2)},
            code)) {
      counts.computeIfAbsent(GridCode.of(((String) row[0]).strip()), g -> new int[2])[0] =
          (Integer) row[1];
    }
    for (Object[] row :
        s.query(
            "SELECT h.grid_code, COUNT(*) FROM ${prefix}resident r"
                + " JOIN ${prefix}household h ON h.id = r.household_id"
                + " WHERE r.community_code = ? AND h.community_code = ? AND h.grid_code IS NOT NULL"
                + " GROUP BY h.grid_code",
            r -> new Object[] {r.getString(1), r.getInt(2)},
            code,
            code)) {
      counts.computeIfAbsent(GridCode.of(((String) row[0]).strip()), g -> new int[2])[1] =
          (Integer) row[1];
    }
    Map<GridCode, io.github.jiceng.governance.grid.GridTallies.Tally> perGrid =
        new java.util.HashMap<>();
    counts.forEach(
        (grid, c) ->
            perGrid.put(grid, new io.github.jiceng.governance.grid.GridTallies.Tally(c[0], c[1])));
    String ownGrid =
        "EXISTS (SELECT 1 FROM ${prefix}grid g WHERE g.code = h.grid_code"
            + " AND g.community_code = h.community_code)";
    List<String> unplaced =
        s.query(
            "SELECT h.id FROM ${prefix}household h WHERE h.community_code = ?"
                + " AND h.grid_code IS NULL ORDER BY h.id",
            r -> r.getString(1),
            code);
    List<String> elsewhere =
        s.query(
            "SELECT h.id FROM ${prefix}household h WHERE h.community_code = ?"
                + " AND h.grid_code IS NOT NULL AND NOT "
                + ownGrid
                + " ORDER BY h.id",
            r -> r.getString(1),
            code);
    List<String> outside =
        s.query(
            "SELECT h.id FROM ${prefix}household h WHERE h.community_code = ?"
                + " AND h.grid_code IS NOT NULL AND h.building_id IS NOT NULL AND "
                + ownGrid
                + " AND EXISTS (SELECT 1 FROM ${prefix}grid_building b"
                + " JOIN ${prefix}grid g2 ON g2.code = b.grid_code"
                + " WHERE g2.community_code = h.community_code AND b.id = h.building_id"
                + " AND b.grid_code <> h.grid_code) ORDER BY h.id",
            r -> r.getString(1),
            code);
    return new io.github.jiceng.governance.grid.GridTallies(
        households, perGrid, unplaced, elsewhere, outside);
  }

  public static Household updateHousehold(Session s, Household h) throws SQLException {
    int rows =
        s.update(
            "UPDATE ${prefix}household SET grid_code = ?, building_id = ?, unit = ?, address = ?,"
                + " version = version + 1 WHERE id = ? AND community_code = ? AND version = ?",
            h.grid() == null ? null : h.grid().value(),
            h.buildingId(),
            h.unit(),
            h.address(),
            h.id(),
            h.community().value(),
            h.version());
    if (rows == 0) {
      throw s.staleOrMoved(
          "household", "household", h.id(), h.version(), "community_code", h.community().value());
    }
    return h.withVersion(h.version() + 1);
  }

  public static boolean deleteHousehold(Session s, String id, long expectedVersion)
      throws SQLException {
    return s.deleteVersioned("household", "household", "id", id, expectedVersion);
  }

  public static Optional<Household> findHousehold(Session s, String id) throws SQLException {
    return first(households(s, "id = ?", id));
  }

  public static List<Household> findHouseholdsByGrid(Session s, GridCode grid) throws SQLException {
    // by the grid alone: a household may be in another community's grid of its county (the
    // coverage check reports it), so the grid's own community would miss it, and a county range
    // made PostgreSQL pick the community index over the grid's (BENCHMARKS.md, "Scale, second
    // part")
    return households(s, "grid_code = ?", grid.value());
  }

  public static List<Household> findHouseholdsByCommunity(Session s, DivisionCode community)
      throws SQLException {
    return households(s, "community_code = ?", community.value());
  }

  private static List<Household> households(Session s, String where, Object... parameter)
      throws SQLException {
    return s.query(
        "SELECT " + HOUSEHOLD_COLUMNS + " FROM ${prefix}household WHERE " + where + " ORDER BY id",
        r -> {
          String grid = r.getString(3);
          return new Household(
              r.getString(1),
              DivisionCode.of(r.getString(2)),
              grid == null ? null : GridCode.of(grid),
              r.getString(4),
              r.getString(5),
              r.getString(6),
              r.getLong(7));
        },
        parameter);
  }

  // ---- residents ----

  /**
   * Stores residents with their households' community on their own rows (V021) and a row of {@code
   * resident_tag} per care tag. The communities are read first, a page of households at a time; a
   * household not stored is an {@link IntegrityViolationException}, as the foreign key's.
   */
  public static List<Resident> insertResidents(Session s, List<Resident> residents)
      throws SQLException {
    Map<String, String> community = communitiesOf(s, residents);
    List<Object[]> tagRows = new ArrayList<>();
    for (Resident r : residents) {
      for (CareTag tag : r.tags()) {
        tagRows.add(new Object[] {r.id(), tag.name(), community.get(r.householdId())});
      }
    }
    if (CopyImport.applies(s, residents.size())) {
      CopyImport.residents(s, residents, r -> tags(r.tags()), r -> community.get(r.householdId()));
    } else {
      s.batch(
          "INSERT INTO ${prefix}resident (id, household_id, name, identity_number, phone, relation,"
              + " tags, version, community_code) VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?)",
          residents,
          (st, r) -> {
            st.setString(1, r.id());
            st.setString(2, r.householdId());
            st.setString(3, r.name());
            st.setString(4, r.identityNumber().value());
            st.setString(5, r.phone() == null ? null : r.phone().value());
            st.setString(6, r.relation().name());
            st.setString(7, tags(r.tags()));
            st.setString(8, community.get(r.householdId()));
          });
    }
    insertTags(s, tagRows);
    insertIdentities(
        s,
        residents.stream()
            .map(
                r ->
                    new Object[] {
                      r.identityNumber().value(), r.id(), community.get(r.householdId())
                    })
            .toList());
    return residents.stream().map(r -> r.withVersion(1)).toList();
  }

  /**
   * Rows of {@code resident_identity} (V023): identity number, resident id, community. Its key
   * refuses a number stored for anyone else, in this county or — on a sharded store, where the
   * table lives on one shard — in any other.
   */
  private static void insertIdentities(Session s, List<Object[]> rows) throws SQLException {
    if (CopyImport.applies(s, rows.size())) {
      CopyImport.identities(s, rows);
      return;
    }
    s.batch(
        "INSERT INTO ${prefix}resident_identity (identity_number, resident_id, community_code)"
            + " VALUES (?, ?, ?)",
        rows,
        (st, row) -> {
          st.setString(1, (String) row[0]);
          st.setString(2, (String) row[1]);
          st.setString(3, (String) row[2]);
        });
  }

  /** The identity number stored for resident {@code id}, if it is stored. */
  private static Optional<String> storedIdentity(Session s, String id) throws SQLException {
    return s.queryOne(
        "SELECT identity_number FROM ${prefix}resident WHERE id = ?", r -> r.getString(1), id);
  }

  /** Rows of {@code resident_tag}: resident id, tag, community. */
  private static void insertTags(Session s, List<Object[]> rows) throws SQLException {
    if (CopyImport.applies(s, rows.size())) {
      CopyImport.tags(s, rows);
      return;
    }
    s.batch(
        "INSERT INTO ${prefix}resident_tag (resident_id, tag, community_code) VALUES (?, ?, ?)",
        rows,
        (st, row) -> {
          st.setString(1, (String) row[0]);
          st.setString(2, (String) row[1]);
          st.setString(3, (String) row[2]);
        });
  }

  /**
   * Household ids asked at a time: few round trips for an import of 100,000, well under every
   * driver's limit on parameters. A tuning choice.
   */
  private static final int PAGE = 2_000;

  /**
   * The community of each resident's household — from this transaction's own households where it
   * stored them, else read a page at a time; the first household not stored is refused.
   */
  private static Map<String, String> communitiesOf(Session s, List<Resident> residents)
      throws SQLException {
    Map<String, String> community = new java.util.HashMap<>();
    java.util.Set<String> unknown = new java.util.LinkedHashSet<>();
    for (Resident r : residents) {
      String known = s.communityOfStoredHousehold(r.householdId());
      if (known != null) {
        community.put(r.householdId(), known);
      } else {
        unknown.add(r.householdId());
      }
    }
    List<String> ids = List.copyOf(unknown);
    for (int from = 0; from < ids.size(); from += PAGE) {
      List<String> page = ids.subList(from, Math.min(ids.size(), from + PAGE));
      s.query(
          "SELECT id, community_code FROM ${prefix}household WHERE id IN ("
              + String.join(", ", java.util.Collections.nCopies(page.size(), "?"))
              + ")",
          r -> community.put(r.getString(1), r.getString(2)),
          page.toArray());
    }
    for (Resident r : residents) {
      if (!community.containsKey(r.householdId())) {
        throw new io.github.jiceng.governance.base.IntegrityViolationException(
            "resident " + r.id() + ": household " + r.householdId() + " does not exist");
      }
    }
    return community;
  }

  /**
   * Changes a resident, who may move to another household of the same community but not to another
   * community: the community stays out of {@code SET} and is in the {@code WHERE}.
   */
  public static Resident updateResident(Session s, Resident r) throws SQLException {
    String community =
        s.queryOne(
                "SELECT community_code FROM ${prefix}household WHERE id = ?",
                row -> row.getString(1),
                r.householdId())
            .orElseThrow(
                () ->
                    new io.github.jiceng.governance.base.IntegrityViolationException(
                        "resident "
                            + r.id()
                            + ": household "
                            + r.householdId()
                            + " does not exist"));
    Optional<String> before = storedIdentity(s, r.id());
    int rows =
        s.update(
            "UPDATE ${prefix}resident SET household_id = ?, name = ?, identity_number = ?,"
                + " phone = ?, relation = ?, tags = ?, version = version + 1"
                + " WHERE id = ? AND community_code = ? AND version = ?",
            r.householdId(),
            r.name(),
            r.identityNumber().value(),
            r.phone() == null ? null : r.phone().value(),
            r.relation().name(),
            tags(r.tags()),
            r.id(),
            community,
            r.version());
    if (rows == 0) {
      throw s.staleOrMoved(
          "resident", "resident", r.id(), r.version(), "community_code", community);
    }
    s.update("DELETE FROM ${prefix}resident_tag WHERE resident_id = ?", r.id());
    insertTags(s, r.tags().stream().map(t -> new Object[] {r.id(), t.name(), community}).toList());
    String number = r.identityNumber().value();
    if (before.isPresent() && !before.get().equals(number)) {
      // the new number first: taken by anyone else, it fails before the old one is let go
      insertIdentities(s, List.<Object[]>of(new Object[] {number, r.id(), community}));
      s.update("DELETE FROM ${prefix}resident_identity WHERE identity_number = ?", before.get());
    }
    return r.withVersion(r.version() + 1);
  }

  public static boolean deleteResident(Session s, String id, long expectedVersion)
      throws SQLException {
    Optional<String> number = storedIdentity(s, id);
    boolean deleted = s.deleteVersioned("resident", "resident", "id", id, expectedVersion);
    if (deleted && number.isPresent()) {
      s.update("DELETE FROM ${prefix}resident_identity WHERE identity_number = ?", number.get());
    }
    return deleted;
  }

  public static Optional<Resident> findResident(Session s, String id) throws SQLException {
    return first(residents(s, "", "r.id = ?", id));
  }

  public static List<Resident> findResidentsByHousehold(Session s, String householdId)
      throws SQLException {
    return residents(s, "", "r.household_id = ?", householdId);
  }

  /** A community's residents with {@code tag}: one range of the tag index (V021). */
  public static List<Resident> findResidentsByTag(Session s, DivisionCode community, CareTag tag)
      throws SQLException {
    return residents(
        s,
        " JOIN ${prefix}resident_tag t ON t.resident_id = r.id",
        "t.community_code = ? AND t.tag = ?",
        community.value(),
        tag.name());
  }

  public static List<Resident> findResidentsByGridAndTag(Session s, GridCode grid, CareTag tag)
      throws SQLException {
    return residents(
        s,
        " JOIN ${prefix}household h ON h.id = r.household_id"
            + " JOIN ${prefix}resident_tag t ON t.resident_id = r.id",
        "h.grid_code = ? AND t.community_code = h.community_code AND t.tag = ?",
        grid.value(),
        tag.name());
  }

  public static Optional<Resident> findResidentByIdentityNumber(Session s, IdentityNumber number)
      throws SQLException {
    return first(residents(s, "", "r.identity_number = ?", number.value()));
  }

  public static Map<String, Integer> countResidentsByHousehold(Session s, DivisionCode community)
      throws SQLException {
    Map<String, Integer> counts = new TreeMap<>();
    s.query(
        "SELECT r.household_id, COUNT(*) FROM ${prefix}resident r"
            + " WHERE r.community_code = ? GROUP BY r.household_id",
        r -> counts.put(r.getString(1), r.getInt(2)),
        community.value());
    return Map.copyOf(counts);
  }

  private static List<Resident> residents(
      Session s, String join, String where, Object... parameters) throws SQLException {
    return s.query(
        "SELECT "
            + RESIDENT_COLUMNS
            + " FROM ${prefix}resident r"
            + join
            + " WHERE "
            + where
            + " ORDER BY r.id",
        r -> {
          String phone = r.getString(5);
          return new Resident(
              r.getString(1),
              r.getString(2),
              r.getString(3),
              IdentityNumber.of(r.getString(4)),
              phone == null ? null : PhoneNumber.of(phone),
              Relation.valueOf(r.getString(6)),
              tags(r.getString(7)),
              r.getLong(8));
        },
        parameters);
  }

  /** ",A,B," for a LIKE '%,A,%' to find; '' for none. */
  private static String tags(Set<CareTag> tags) {
    if (tags.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder(",");
    tags.forEach(t -> out.append(t.name()).append(','));
    return out.toString();
  }

  private static Set<CareTag> tags(String stored) {
    EnumSet<CareTag> tags = EnumSet.noneOf(CareTag.class);
    for (String name : stored.split(",", -1)) { // -1: keep empty parts, skipped below
      if (!name.isEmpty()) {
        tags.add(CareTag.valueOf(name));
      }
    }
    return tags;
  }

  // ---- shared ----

  private static List<Integer> indices(int size) {
    List<Integer> all = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      all.add(i);
    }
    return all;
  }

  private static <T> Optional<T> first(List<T> rows) {
    return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
  }
}
