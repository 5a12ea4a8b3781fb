package io.github.jiceng.governance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.jdbc.JdbcGovernanceStore;
import io.github.jiceng.governance.sharding.GovernanceSharding;
import io.github.jiceng.governance.spi.GovernanceStore;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The whole demo — every desk, from committees to elections, scope and audit — on PostgreSQL
 * servers sharded by county through ShardingSphere: 镜湖区 and 弋江区 on one, 宣州区 on another, the audit
 * trail and identity index on a third. It prints what the demo prints on one server, line for line,
 * and no unit of work it opens writes the records of two counties' servers.
 */
class ShardedDemoTest {

  private static String run(GovernanceStore store) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Demo.run(store, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  @DisplayName(
      "the demo on three servers prints what it prints on one, and each unit of work writes one"
          + " county's server at most")
  void sameAsOneServer() throws IOException, SQLException {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:sharded-demo-reference;DB_CLOSE_DELAY=-1");
    String oneServer = run(JdbcGovernanceStore.builder(h2).build());

    try (EmbeddedPostgres wuhu = EmbeddedPostgres.builder().start();
        EmbeddedPostgres xuancheng = EmbeddedPostgres.builder().start();
        EmbeddedPostgres audit = EmbeddedPostgres.builder().start()) {
      WriteTracker tracker = new WriteTracker();
      GovernanceSharding.Builder layout =
          GovernanceSharding.builder()
              .shard(
                  "ds_0",
                  tracker.shard("ds_0", wuhu.getPostgresDatabase(), url(wuhu)),
                  "340202",
                  "340203")
              .shard(
                  "ds_1",
                  tracker.shard("ds_1", xuancheng.getPostgresDatabase(), url(xuancheng)),
                  "341802")
              .auditShard(
                  "ds_audit", tracker.shard("ds_audit", audit.getPostgresDatabase(), url(audit)));
      GovernanceStore sharded =
          JdbcGovernanceStore.builder(tracker.logical(layout.migrate().dataSource()))
              .schemaMode(io.github.jiceng.governance.jdbc.SchemaMode.VALIDATE)
              .build();
      String threeServers = run(sharded);

      assertThat(oneServer.lines().count()).as("the demo's lines").isGreaterThan(300);
      assertThat(threeServers.lines()).containsExactlyElementsOf(oneServer.lines().toList());
      assertThat(count(xuancheng.getPostgresDatabase(), "gov_household")).isPositive();
      assertThat(count(wuhu.getPostgresDatabase(), "gov_election")).isPositive();
      assertThat(count(wuhu.getPostgresDatabase(), "gov_household")).isZero();
      assertThat(count(audit.getPostgresDatabase(), "gov_audit_record")).isPositive();
      assertThat(count(audit.getPostgresDatabase(), "gov_committee")).isZero();

      List<Map<String, Set<String>>> units = tracker.units();
      assertThat(units).as("units of work that wrote").hasSizeGreaterThan(100);
      for (Map<String, Set<String>> unit : units) {
        assertThat(countiesWritten(unit))
            .as("county servers written by " + unit)
            .hasSizeLessThan(2);
      }
    }
  }

  /**
   * The county servers whose own records {@code unit} wrote: a table written on every server alike
   * is a shared one, and the audit server holds no county's records.
   */
  private static Set<String> countiesWritten(Map<String, Set<String>> unit) {
    Set<String> shared = new HashSet<>(unit.values().iterator().next());
    if (unit.size() < 3) {
      shared.clear();
    } else {
      unit.values().forEach(shared::retainAll);
    }
    return unit.entrySet().stream()
        .filter(e -> !e.getKey().equals("ds_audit"))
        .filter(e -> !shared.containsAll(e.getValue()))
        .map(Map.Entry::getKey)
        .collect(Collectors.toSet());
  }

  private static String url(EmbeddedPostgres server) {
    return server.getJdbcUrl("postgres", "postgres");
  }

  private static long count(DataSource server, String table) throws SQLException {
    try (Connection c = server.getConnection();
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
