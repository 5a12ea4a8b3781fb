package io.github.jiceng.governance.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.base.StorageException;
import io.github.jiceng.governance.cases.Case;
import io.github.jiceng.governance.cases.CaseCategory;
import io.github.jiceng.governance.cases.CaseKind;
import io.github.jiceng.governance.cases.CaseSource;
import io.github.jiceng.governance.cases.Urgency;
import io.github.jiceng.governance.division.AdministrativeDivision;
import io.github.jiceng.governance.division.DivisionLevel;
import io.github.jiceng.governance.grid.GridSetting;
import io.github.jiceng.governance.jdbc.internal.SchemaMigrator;
import io.github.jiceng.governance.testkit.SampleData;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** What the JDBC store does beyond the SPI contract: schema modes, migrator, prefix, joining. */
class JdbcStoreTest {

  @Test
  @DisplayName("CREATE_OR_MIGRATE creates prefixed tables once and records the script")
  void migratesOnce() throws SQLException {
    JdbcDataSource h2 = H2ContractTest.newH2();

    JdbcGovernanceStore first = JdbcGovernanceStore.builder(h2).tablePrefix("town_").build();
    JdbcGovernanceStore second = JdbcGovernanceStore.builder(h2).tablePrefix("town_").build();

    assertThat(first.dialect()).isEqualTo(Dialect.H2);
    assertThat(second.tablePrefix()).isEqualTo("town_");
    assertThat(tables(h2))
        .contains(
            "TOWN_DIVISION",
            "TOWN_COMMITTEE",
            "TOWN_COMMITTEE_MEMBER",
            "TOWN_GRID",
            "TOWN_HOUSEHOLD",
            "TOWN_RESIDENT",
            "TOWN_AUDIT_RECORD",
            "TOWN_AUDIT_CHAIN",
            "TOWN_SCHEMA_HISTORY");
    assertThat(queryInts(h2, "SELECT version FROM town_schema_history"))
        .containsExactly(
            1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23);
  }

  @Test
  @DisplayName("V010 gives cases stored before it their setting from their community's level")
  void placesMigrationReadsTheSettingOffTheCommunity() throws SQLException {
    JdbcDataSource h2 = H2ContractTest.newH2();
    JdbcGovernanceStore store = JdbcGovernanceStore.builder(h2).build();
    store.divisions().insert(SampleData.district());
    store.divisions().insert(SampleData.street());
    store.divisions().insert(SampleData.community(1, "城南社区"));
    AdministrativeDivision village =
        new AdministrativeDivision(SampleData.communityCode(201), "水东村", DivisionLevel.VILLAGE, 0);
    store.divisions().insert(village);
    for (AdministrativeDivision place : List.of(SampleData.community(1, "x"), village)) {
      Case.Step step =
          Case.report(
              "AJ-" + place.code().value(),
              new CaseCategory("01.03", "市容环境", "路灯不亮"),
              CaseKind.PROMISED,
              Urgency.NORMAL,
              CaseSource.GRID_PATROL,
              place.code(),
              GridSetting.URBAN,
              null,
              "路灯不亮",
              null,
              "command",
              "operator",
              java.time.Instant.parse("2026-06-08T01:00:00Z"));
      store.cases().insert(step.next(), step.transition());
    }
    // the database as it was before V010: its columns gone, the script not yet applied
    for (String column : List.of("setting", "latitude", "longitude", "coordinate_system")) {
      execute(h2, "ALTER TABLE gov_case_record DROP COLUMN " + column);
    }
    execute(h2, "DELETE FROM gov_schema_history WHERE version >= 10");
    undoCommunityKeys(h2);
    execute(h2, "DROP TABLE gov_resident_tag");
    execute(h2, "DROP INDEX gov_resident_community");
    execute(h2, "ALTER TABLE gov_resident DROP COLUMN community_code");
    execute(h2, "DROP TABLE gov_election_committee_member");
    execute(h2, "DROP TABLE gov_election_proxy");
    execute(h2, "DROP TABLE gov_election_objection");
    execute(h2, "DROP TABLE gov_election_candidate");
    execute(h2, "DROP TABLE gov_election");
    execute(h2, "DROP TABLE gov_openness_publication");
    execute(h2, "DROP TABLE gov_openness_major_matter");
    execute(h2, "DROP TABLE gov_division_change_code");
    execute(h2, "DROP TABLE gov_division_change");
    execute(h2, "DROP TABLE gov_co_building_commitment");
    execute(h2, "DROP TABLE gov_co_building_agreement");
    execute(h2, "DROP TABLE gov_council_project");
    execute(h2, "DROP TABLE gov_council_member");
    execute(h2, "DROP TABLE gov_residents_council");
    execute(h2, "DROP TABLE gov_consultation_vote_group");
    execute(h2, "DROP TABLE gov_consultation");
    execute(h2, "DROP TABLE gov_worker_assessment_score");
    execute(h2, "DROP TABLE gov_worker_assessment");
    execute(h2, "DROP TABLE gov_social_organisation");
    execute(h2, "DROP TABLE gov_care_visit");
    execute(h2, "DROP TABLE gov_points_entry");
    execute(h2, "DROP TABLE gov_points_account");
    execute(h2, "DROP TABLE gov_facility_function");
    execute(h2, "DROP TABLE gov_facility");

    JdbcGovernanceStore upgraded = JdbcGovernanceStore.builder(h2).build();

    assertThat(upgraded.cases().find("AJ-" + village.code().value()).orElseThrow().setting())
        .isEqualTo(GridSetting.RURAL);
    Case urban = upgraded.cases().find("AJ-" + SampleData.communityCode(1).value()).orElseThrow();
    assertThat(urban.setting()).isEqualTo(GridSetting.URBAN);
    assertThat(urban.coordinates()).isNull();
  }

  @Test
  @DisplayName(
      "V021 gives residents stored before it their household's community and their care tags'"
          + " index rows")
  void residentCommunityMigration() throws SQLException {
    JdbcDataSource h2 = H2ContractTest.newH2();
    var residents = storeResidents(h2);
    // the database as it was before V021
    execute(h2, "DROP TABLE gov_resident_tag");
    execute(h2, "DROP INDEX gov_resident_community");
    execute(h2, "ALTER TABLE gov_resident DROP COLUMN community_code");
    execute(h2, "DELETE FROM gov_schema_history WHERE version >= 21");
    undoCommunityKeys(h2);

    JdbcGovernanceStore upgraded = JdbcGovernanceStore.builder(h2).build();

    var tagged =
        residents.stream()
            .filter(r -> r.has(io.github.jiceng.governance.people.CareTag.EMPTY_NEST_ELDERLY))
            .map(r -> r.withVersion(1))
            .toList();
    assertThat(tagged).hasSize(6);
    assertThat(
            upgraded
                .residents()
                .findByTag(
                    SampleData.communityCode(1),
                    io.github.jiceng.governance.people.CareTag.EMPTY_NEST_ELDERLY))
        .containsExactlyElementsOf(tagged);
    assertThat(upgraded.residents().countByHousehold(SampleData.communityCode(1))).hasSize(20);
  }

  /**
   * Stores 城南社区 with one grid of 20 households and their 60 residents in {@code h2}, migrated to
   * the latest version.
   *
   * @return the residents, as given
   */
  private static List<io.github.jiceng.governance.people.Resident> storeResidents(
      JdbcDataSource h2) {
    JdbcGovernanceStore store = JdbcGovernanceStore.builder(h2).build();
    store.divisions().insert(SampleData.district());
    store.divisions().insert(SampleData.street());
    store.divisions().insert(SampleData.community(1, "城南社区"));
    store.grids().insert(SampleData.grid(1, 1));
    var households = SampleData.households(1, 1, 20);
    var residents = SampleData.residents(households, 3, 0);
    store.households().insertAll(households);
    store.residents().insertAll(residents);
    return residents;
  }

  /**
   * Takes V022's columns off again, so that a test can replay the scripts from an older version.
   */
  static void undoCommunityKeys(JdbcDataSource h2) throws SQLException {
    execute(h2, "DROP TABLE gov_resident_identity");
    for (String table : COMMUNITY_KEYED_CHILDREN) {
      execute(h2, "ALTER TABLE gov_" + table + " DROP COLUMN community_code");
    }
    for (String table : List.of("task_request", "task_request_part", "approval_step")) {
      execute(h2, "ALTER TABLE gov_" + table + " DROP COLUMN county_code");
    }
  }

  /** The tables V022 gives a community_code column. */
  static final List<String> COMMUNITY_KEYED_CHILDREN =
      List.of(
          "committee_member",
          "residents_group",
          "openness_publication",
          "openness_major_matter",
          "party_organization",
          "party_place",
          "party_leader",
          "party_member",
          "party_member_points",
          "grid_building",
          "grid_assignment",
          "service_request_attribute",
          "service_transition",
          "case_attachment",
          "case_transition",
          "dispute_attempt",
          "facility_function",
          "points_entry",
          "worker_assessment_score",
          "consultation_vote_group",
          "council_member",
          "council_project",
          "co_building_commitment",
          "election_candidate",
          "election_objection",
          "election_proxy",
          "election_committee_member");

  @Test
  @DisplayName(
      "V022 gives the child rows stored before it their parent's community, and a task request"
          + " its targets' county")
  void communityKeysMigration() throws SQLException {
    JdbcDataSource h2 = H2ContractTest.newH2();
    JdbcGovernanceStore store = JdbcGovernanceStore.builder(h2).build();
    store.divisions().insert(SampleData.district());
    store.divisions().insert(SampleData.street());
    store.divisions().insert(SampleData.community(1, "城南社区"));
    store.committees().insert(SampleData.residentsCommittee(1, "城南社区居民委员会", 2600));
    store.partyTrees().insert(SampleData.partyTree(1));
    store.grids().insert(SampleData.grid(1, 1));
    store.taskRequests().insert(SampleData.taskRequest("TR-1", 1));
    // the database as it was before V022
    undoCommunityKeys(h2);
    execute(h2, "DELETE FROM gov_schema_history WHERE version >= 22");

    JdbcGovernanceStore.builder(h2).build();

    String community = SampleData.communityCode(1).value();
    for (String table : List.of("committee_member", "party_member", "grid_building")) {
      assertThat(
              queryInts(
                  h2,
                  "SELECT COUNT(*) FROM gov_"
                      + table
                      + " WHERE community_code IS NULL OR community_code <> '"
                      + community
                      + "'"))
          .as(table + " rows without the community")
          .containsExactly(0);
      assertThat(queryInts(h2, "SELECT COUNT(*) FROM gov_" + table).get(0))
          .as(table + " rows")
          .isPositive();
    }
    assertThat(
            queryInts(
                h2,
                "SELECT COUNT(*) FROM gov_task_request_part WHERE county_code = '341802'"
                    + " UNION ALL SELECT COUNT(*) FROM gov_task_request_part"))
        .as("every part of the request carries its county")
        .hasSize(2)
        .satisfies(counts -> assertThat(counts.get(0)).isEqualTo(counts.get(1)).isPositive());
    assertThat(queryInts(h2, "SELECT COUNT(*) FROM gov_task_request WHERE county_code = '341802'"))
        .containsExactly(1);
  }

  @Test
  @DisplayName("V023 indexes the identity numbers of residents stored before it")
  void identityIndexMigration() throws SQLException {
    JdbcDataSource h2 = H2ContractTest.newH2();
    var residents = storeResidents(h2);
    // the database as it was before V023
    execute(h2, "DROP TABLE gov_resident_identity");
    execute(h2, "DELETE FROM gov_schema_history WHERE version >= 23");

    JdbcGovernanceStore.builder(h2).build();

    assertThat(queryInts(h2, "SELECT COUNT(*) FROM gov_resident_identity"))
        .containsExactly(residents.size());
  }

  @Test
  @DisplayName("two prefixes keep two independent sets of tables in one database")
  void prefixesIsolate() {
    JdbcDataSource h2 = H2ContractTest.newH2();
    JdbcGovernanceStore a = JdbcGovernanceStore.builder(h2).tablePrefix("a_").build();
    JdbcGovernanceStore b = JdbcGovernanceStore.builder(h2).tablePrefix("b_").build();

    a.divisions().insert(SampleData.district());

    assertThat(a.divisions().find(SampleData.DISTRICT)).isPresent();
    assertThat(b.divisions().find(SampleData.DISTRICT)).isEmpty();
  }

  @Test
  @DisplayName("VALIDATE fails on an empty database and passes once migrated")
  void validate() {
    JdbcDataSource h2 = H2ContractTest.newH2();

    assertThatThrownBy(
            () -> JdbcGovernanceStore.builder(h2).schemaMode(SchemaMode.VALIDATE).build())
        .isInstanceOf(StorageException.class)
        .hasMessageContaining("gov_schema_history");

    JdbcGovernanceStore.builder(h2).build();
    JdbcGovernanceStore validated =
        JdbcGovernanceStore.builder(h2).schemaMode(SchemaMode.VALIDATE).build();
    assertThat(validated.divisions().find(SampleData.DISTRICT)).isEmpty();
  }

  @Test
  @DisplayName("a script changed after it was applied stops the store from starting")
  void editedScriptIsDetected() throws SQLException {
    JdbcDataSource h2 = H2ContractTest.newH2();
    JdbcGovernanceStore.builder(h2).build();
    execute(h2, "UPDATE gov_schema_history SET checksum = 42 WHERE version = 1");

    assertThatThrownBy(() -> JdbcGovernanceStore.builder(h2).build())
        .isInstanceOf(StorageException.class)
        .hasMessageContaining("V001__init.sql was changed after it was applied");
    assertThatThrownBy(
            () -> JdbcGovernanceStore.builder(h2).schemaMode(SchemaMode.VALIDATE).build())
        .isInstanceOf(StorageException.class)
        .hasMessageContaining("checksum 42");
  }

  @Test
  @DisplayName("NONE leaves the schema alone: writes then fail with a StorageException")
  void noneTouchesNothing() {
    JdbcDataSource h2 = H2ContractTest.newH2();
    JdbcGovernanceStore store =
        JdbcGovernanceStore.builder(h2).schemaMode(SchemaMode.NONE).dialect(Dialect.H2).build();

    assertThat(tables(h2)).isEmpty();
    assertThatThrownBy(() -> store.divisions().insert(SampleData.district()))
        .isInstanceOf(StorageException.class)
        .hasMessageContaining("insert division 341802000000 failed (SQL state 42S0");
  }

  @ParameterizedTest
  @EnumSource(
      value = Dialect.class,
      names = {"POSTGRESQL", "MYSQL"})
  @DisplayName(
      "a server's scripts apply on a real server (PostgreSQL; MariaDB for MySQL), whose dialect is detected, and validate after")
  void serverDialects(Dialect dialect) {
    DataSource server =
        dialect == Dialect.POSTGRESQL
            ? EmbeddedPostgresSupport.dataSource()
            : EmbeddedMariaDbSupport.dataSource();
    JdbcGovernanceStore store = JdbcGovernanceStore.builder(server).tablePrefix("dialect_").build();
    JdbcGovernanceStore again =
        JdbcGovernanceStore.builder(server)
            .tablePrefix("dialect_")
            .schemaMode(SchemaMode.VALIDATE)
            .build();

    assertThat(store.dialect()).isEqualTo(dialect);
    assertThat(again.divisions().find(SampleData.DISTRICT)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(
      value = Dialect.class,
      names = {"POSTGRESQL", "MYSQL"})
  @DisplayName(
      "instances starting at once on a server migrate once: one takes the lock, the others wait and find the scripts applied")
  void concurrentStartsMigrateOnce(Dialect dialect) throws Exception {
    DataSource server =
        dialect == Dialect.POSTGRESQL
            ? EmbeddedPostgresSupport.dataSource()
            : EmbeddedMariaDbSupport.dataSource();
    int instances = 4;
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(instances);
    java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
    List<java.util.concurrent.Future<JdbcGovernanceStore>> started = new ArrayList<>();
    for (int i = 0; i < instances; i++) {
      started.add(
          pool.submit(
              () -> {
                start.await();
                return JdbcGovernanceStore.builder(server).tablePrefix("race_").build();
              }));
    }
    start.countDown();
    try {
      for (java.util.concurrent.Future<JdbcGovernanceStore> store : started) {
        assertThat(store.get(60, java.util.concurrent.TimeUnit.SECONDS).dialect())
            .isEqualTo(dialect);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(queryInts(server, "SELECT version FROM race_schema_history ORDER BY version"))
        .containsExactly(
            1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23);
  }

  @ParameterizedTest
  @CsvSource({
    "PostgreSQL, 16.4, POSTGRESQL, ''",
    "H2, 2.3.232, H2, ''",
    "MySQL, 8.0.39, MYSQL, ''",
    "MariaDB, 11.4.3-MariaDB, MYSQL, ''",
    "openGauss, 5.0.0, POSTGRESQL, openGauss",
    "KingbaseES, V008R006, POSTGRESQL, KingbaseES",
    "GaussDB, 505.1.0, POSTGRESQL, GaussDB",
    "MySQL, 8.0.11-TiDB-v7.5.0, MYSQL, TiDB",
    "OceanBase, 4.2.1, MYSQL, OceanBase"
  })
  @DisplayName(
      "the dialect follows the product name the driver reports; a compatible server not tested"
          + " here is named")
  void dialectFromProductName(
      String productName, String version, Dialect dialect, String untested) {
    assertThat(Dialect.fromProductName(productName)).isEqualTo(dialect);
    assertThat(Dialect.untested(productName, version).orElse("")).isEqualTo(untested);
  }

  @Test
  @DisplayName("an unsupported database is refused by name, listing the supported ones")
  void unsupportedProduct() {
    assertThatThrownBy(() -> Dialect.fromProductName("DM DBMS"))
        .isInstanceOf(StorageException.class)
        .hasMessage(
            "database 'DM DBMS' is not supported; supported: PostgreSQL, H2, MySQL, MariaDB, and"
                + " servers compatible with PostgreSQL or MySQL with the dialect set explicitly");
  }

  @Test
  @DisplayName("a store joining the caller's transaction commits and rolls back with it")
  void joinsExternalTransaction() throws SQLException {
    JdbcDataSource h2 = H2ContractTest.newH2();
    JdbcGovernanceStore.builder(h2).build();
    try (Connection callers = h2.getConnection()) {
      callers.setAutoCommit(false);
      JdbcGovernanceStore joined = JdbcGovernanceStore.builder(() -> callers).build();

      joined.divisions().insert(SampleData.district());
      assertThat(joined.divisions().find(SampleData.DISTRICT)).isPresent();
      callers.rollback();
      assertThat(joined.divisions().find(SampleData.DISTRICT)).isEmpty();

      joined.divisions().insert(SampleData.district());
      callers.commit();
      assertThat(callers.isClosed()).isFalse();
    }
    JdbcGovernanceStore own = JdbcGovernanceStore.builder(h2).build();
    assertThat(own.divisions().find(SampleData.DISTRICT)).isPresent();
  }

  @Test
  @DisplayName("an unreachable database is a StorageException naming the operation")
  void unreachable() {
    DataSource broken = new JdbcDataSource();
    ((JdbcDataSource) broken).setURL("jdbc:h2:file:/proc/no-such-dir/db;IFEXISTS=TRUE");

    assertThatThrownBy(() -> JdbcGovernanceStore.builder(broken).build())
        .isInstanceOf(StorageException.class)
        .hasMessageContaining("detecting the database dialect");
  }

  @Test
  @DisplayName("a bad table prefix is rejected with the field named")
  void badPrefix() {
    assertThatThrownBy(
            () -> JdbcGovernanceStore.builder(H2ContractTest.newH2()).tablePrefix("x; DROP"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("tablePrefix");
  }

  @Test
  @DisplayName("script statements are split at line-ending semicolons, comments dropped")
  void scriptsSplit() {
    List<SchemaMigrator.Script> scripts = new SchemaMigrator(Dialect.H2, "p_").scripts();
    assertThat(scripts)
        .extracting(SchemaMigrator.Script::version)
        .containsExactly(
            1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23);
  }

  @Test
  @DisplayName("every dialect's scripts create the same tables and indexes, version by version")
  void dialectsAgree() {
    assertThat(createdNames(new SchemaMigrator(Dialect.POSTGRESQL, "p_").scripts().get(0).text()))
        .startsWith("${prefix}division", "${prefix}division_parent", "${prefix}committee");
    for (Dialect dialect : Dialect.values()) {
      List<SchemaMigrator.Script> scripts = new SchemaMigrator(dialect, "p_").scripts();
      List<SchemaMigrator.Script> postgres = new SchemaMigrator(Dialect.POSTGRESQL, "p_").scripts();
      for (int i = 0; i < postgres.size(); i++) {
        assertThat(createdNames(scripts.get(i).text()))
            .as("%s %s", dialect, scripts.get(i).name())
            .isEqualTo(createdNames(postgres.get(i).text()));
      }
    }
  }

  /** The tables and indexes a script creates, in order. */
  private static List<String> createdNames(String script) {
    List<String> names = new ArrayList<>();
    java.util.regex.Matcher created =
        java.util.regex.Pattern.compile("CREATE (?:UNIQUE )?(?:TABLE|INDEX) (\\S+)")
            .matcher(script);
    while (created.find()) {
      names.add(created.group(1));
    }
    return names;
  }

  private static List<String> tables(DataSource dataSource) {
    List<String> names = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        ResultSet rows =
            connection.getMetaData().getTables(null, "PUBLIC", "%", new String[] {"TABLE"})) {
      while (rows.next()) {
        names.add(rows.getString("TABLE_NAME"));
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return names;
  }

  private static List<Integer> queryInts(DataSource dataSource, String sql) throws SQLException {
    List<Integer> values = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      while (rows.next()) {
        values.add(rows.getInt(1));
      }
    }
    return values;
  }

  private static void execute(DataSource dataSource, String sql) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
