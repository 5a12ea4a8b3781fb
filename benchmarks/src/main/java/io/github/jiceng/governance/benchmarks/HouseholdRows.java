package io.github.jiceng.governance.benchmarks;

import io.github.jiceng.governance.grid.Household;
import io.github.jiceng.governance.jdbc.JdbcGovernanceStore;
import io.github.jiceng.governance.people.CareTag;
import io.github.jiceng.governance.people.Resident;
import io.github.jiceng.governance.testkit.SampleData;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.postgresql.PGConnection;

/**
 * The rows of the storage benchmarks and the database they go into: an embedded PostgreSQL server,
 * a {@link JdbcGovernanceStore} on it (schema migrated, prefix {@code gov_}) holding the sample
 * district, its communities and their grids, and {@code count} households — 500 per grid, 40 grids
 * per community — with 3 residents each, as {@code SampleData} builds them for the contract suite.
 */
final class HouseholdRows implements AutoCloseable {
  static final int PER_GRID = 500;
  static final int GRIDS_PER_COMMUNITY = 40;
  static final int RESIDENTS_PER_HOUSEHOLD = 3;

  final EmbeddedPostgres server;
  final DataSource dataSource;
  final JdbcGovernanceStore store;
  final List<Household> households = new ArrayList<>();
  final List<Resident> residents;
  private final Map<String, String> community = new java.util.HashMap<>();

  /**
   * @param count households, a multiple of {@value #PER_GRID}
   * @param rewriteBatches whether the driver rewrites a batch of inserts into multi-row inserts
   *     ({@code reWriteBatchedInserts}, a PgJDBC setting of the user's data source)
   * @param bulkCopy whether the store's bulk imports stream through {@code COPY} (its default)
   */
  HouseholdRows(int count, boolean rewriteBatches, boolean bulkCopy) {
    try {
      server = EmbeddedPostgres.builder().start();
    } catch (IOException e) {
      throw new UncheckedIOException("embedded PostgreSQL did not start", e);
    }
    dataSource =
        server.getPostgresDatabase(Map.of("reWriteBatchedInserts", String.valueOf(rewriteBatches)));
    store = JdbcGovernanceStore.builder(dataSource).bulkCopy(bulkCopy).build();
    store.divisions().insert(SampleData.district());
    store.divisions().insert(SampleData.street());
    int grids = count / PER_GRID;
    for (int g = 0; g < grids; g++) {
      int community = 1 + g / GRIDS_PER_COMMUNITY;
      int sequence = 1 + g % GRIDS_PER_COMMUNITY;
      if (sequence == 1) {
        store.divisions().insert(SampleData.community(community, "社区" + community));
      }
      store.grids().insert(SampleData.grid(community, sequence));
      households.addAll(SampleData.households(community, sequence, PER_GRID));
    }
    residents = SampleData.residents(households, RESIDENTS_PER_HOUSEHOLD, 0);
    households.forEach(h -> community.put(h.id(), h.community().value()));
  }

  /** Households and residents: the rows one import writes. */
  int rows() {
    return households.size() + residents.size();
  }

  /** Empties the household and resident tables. */
  void clear() {
    execute("TRUNCATE gov_resident_tag, gov_resident, gov_household");
  }

  /** The library's way: both lists in one transaction, as {@code GridDesk} imports them. */
  void importThroughStore() {
    store.inTransaction(
        tx -> {
          tx.households().insertAll(households);
          return tx.residents().insertAll(residents);
        });
  }

  /** PostgreSQL's own limit: the same rows by {@code COPY ... FROM STDIN}, in one transaction. */
  void copy() {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      var copy = connection.unwrap(PGConnection.class).getCopyAPI();
      copy.copyIn(
          "COPY gov_household (id, community_code, grid_code, building_id, unit, address, version) FROM STDIN",
          new StringReader(householdText()));
      copy.copyIn(
          "COPY gov_resident (id, household_id, name, identity_number, phone, relation, tags,"
              + " version, community_code) FROM STDIN",
          new StringReader(residentText()));
      copy.copyIn(
          "COPY gov_resident_tag (resident_id, tag, community_code) FROM STDIN",
          new StringReader(tagText()));
      connection.commit();
    } catch (SQLException | IOException e) {
      throw new IllegalStateException("COPY failed", e);
    }
  }

  private String householdText() {
    StringBuilder out = new StringBuilder(households.size() * 120);
    for (Household h : households) {
      out.append(h.id())
          .append('\t')
          .append(h.community().value())
          .append('\t')
          .append(h.grid() == null ? "\\N" : h.grid().value())
          .append('\t')
          .append(h.buildingId() == null ? "\\N" : h.buildingId())
          .append('\t')
          .append(h.unit() == null ? "\\N" : h.unit())
          .append('\t')
          .append(h.address())
          .append("\t1\n");
    }
    return out.toString();
  }

  private String residentText() {
    StringBuilder out = new StringBuilder(residents.size() * 120);
    for (Resident r : residents) {
      StringBuilder tags = new StringBuilder();
      if (!r.tags().isEmpty()) {
        tags.append(',');
        for (CareTag tag : r.tags()) {
          tags.append(tag.name()).append(',');
        }
      }
      out.append(r.id())
          .append('\t')
          .append(r.householdId())
          .append('\t')
          .append(r.name())
          .append('\t')
          .append(r.identityNumber().value())
          .append('\t')
          .append(r.phone() == null ? "\\N" : r.phone().value())
          .append('\t')
          .append(r.relation().name())
          .append('\t')
          .append(tags)
          .append("\t1\t")
          .append(communityOf(r))
          .append('\n');
    }
    return out.toString();
  }

  /** The rows of {@code resident_tag}, as the store writes them with the residents. */
  private String tagText() {
    StringBuilder out = new StringBuilder(residents.size() * 4);
    for (Resident r : residents) {
      for (CareTag tag : r.tags()) {
        out.append(r.id()).append('\t').append(tag.name()).append('\t').append(communityOf(r));
        out.append('\n');
      }
    }
    return out.toString();
  }

  /** A resident's community: its household's. */
  private String communityOf(Resident r) {
    return community.get(r.householdId());
  }

  private void execute(String sql) {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + " failed", e);
    }
  }

  @Override
  public void close() throws IOException {
    server.close();
  }
}
