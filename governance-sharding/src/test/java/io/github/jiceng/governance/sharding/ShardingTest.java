package io.github.jiceng.governance.sharding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.base.StorageException;
import io.github.jiceng.governance.committee.Committee;
import io.github.jiceng.governance.committee.CommitteeKind;
import io.github.jiceng.governance.committee.CommitteeRole;
import io.github.jiceng.governance.division.AdministrativeDivision;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.division.DivisionLevel;
import io.github.jiceng.governance.election.Candidate;
import io.github.jiceng.governance.election.ElectionRecord;
import io.github.jiceng.governance.election.ResidentsElection;
import io.github.jiceng.governance.jdbc.JdbcGovernanceStore;
import io.github.jiceng.governance.jdbc.SchemaMode;
import io.github.jiceng.governance.spi.GovernanceStore;
import io.github.jiceng.governance.testkit.SampleData;
import java.time.LocalDate;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What sharding by county adds to the storage contract: each county's records on its own server and
 * nowhere else, reads over several counties answering as one server does, and the refusals a
 * sharded deployment needs (an unassigned county, a migration through ShardingSphere).
 */
class ShardingTest {
  private static final DivisionCode XIYANGLI = DivisionCode.of("340202001001");
  private static final DivisionCode JINGHU = DivisionCode.of("340202000000");
  private static final DivisionCode FANLUOSHAN = DivisionCode.of("340202001000");
  private static final LocalDate VOTE = LocalDate.of(2021, 4, 20);

  private TwoShards shards;
  private GovernanceStore sharded;

  @BeforeEach
  void emptyShards() {
    shards = TwoShards.get();
    shards.empty();
    sharded = JdbcGovernanceStore.builder(shards.sharded).schemaMode(SchemaMode.VALIDATE).build();
  }

  /**
   * Two communities in 宣州区 (341802, on ds_1) and two in 镜湖区 (340202, on ds_0), each with a
   * committee and a counted round.
   */
  private static void twoCounties(GovernanceStore store) {
    store.divisions().insert(SampleData.district());
    store.divisions().insert(SampleData.street());
    store.divisions().insert(new AdministrativeDivision(JINGHU, "镜湖区", DivisionLevel.DISTRICT, 0));
    store
        .divisions()
        .insert(new AdministrativeDivision(FANLUOSHAN, "范罗山街道", DivisionLevel.STREET, 0));
    int n = 0;
    for (DivisionCode street : List.of(SampleData.STREET, FANLUOSHAN)) {
      for (int i = 1; i <= 2; i++) {
        DivisionCode community =
            DivisionCode.of(street.value().substring(0, 9) + String.format("%03d", i));
        store
            .divisions()
            .insert(new AdministrativeDivision(community, "社区" + i, DivisionLevel.COMMUNITY, 0));
        Committee c =
            store
                .committees()
                .insert(
                    Committee.builder(community.value() + "-RC", CommitteeKind.RESIDENTS)
                        .division(community)
                        .name("社区" + i + "居民委员会")
                        .households(2600)
                        .term(SampleData.TERM)
                        .member("张华", CommitteeRole.DIRECTOR)
                        .member("李敏", CommitteeRole.MEMBER)
                        .member("王芳", CommitteeRole.MEMBER)
                        .build());
        n++;
        store.committees().recordElection(round(c.id(), 4000 + n * 100, 3000 + n * 10));
      }
    }
  }

  private static ElectionRecord round(String committee, int electors, int ballots) {
    return new ElectionRecord(
        committee,
        new ResidentsElection(
            ResidentsElection.Way.ALL_RESIDENTS,
            0,
            0,
            electors,
            ballots,
            2,
            List.of(
                new Candidate("c-1", ballots - 10, true, false),
                new Candidate("c-2", ballots - 20, false, false)),
            VOTE),
        true,
        List.of("c-1", "c-2"));
  }

  @Test
  @DisplayName(
      "each county's records live on its own server only; shared tables on both; the audit"
          + " trail and the identity index on ds_0")
  void placement() {
    twoCounties(sharded);

    for (String table : List.of("gov_committee", "gov_committee_member", "gov_election")) {
      String xuanzhou = "SELECT COUNT(*) FROM " + table + " WHERE community_code LIKE '341802%'";
      String jinghu = "SELECT COUNT(*) FROM " + table + " WHERE community_code LIKE '340202%'";
      if (table.equals("gov_committee")) {
        xuanzhou = xuanzhou.replace("community_code", "division_code");
        jinghu = jinghu.replace("community_code", "division_code");
      }
      assertThat(TwoShards.count(shards.ds1, xuanzhou)).as(table + " of 宣州区 on ds_1").isPositive();
      assertThat(TwoShards.count(shards.ds0, xuanzhou)).as(table + " of 宣州区 on ds_0").isZero();
      assertThat(TwoShards.count(shards.ds0, jinghu)).as(table + " of 镜湖区 on ds_0").isPositive();
      assertThat(TwoShards.count(shards.ds1, jinghu)).as(table + " of 镜湖区 on ds_1").isZero();
    }
    assertThat(TwoShards.count(shards.ds0, "SELECT COUNT(*) FROM gov_division")).isEqualTo(8);
    assertThat(TwoShards.count(shards.ds1, "SELECT COUNT(*) FROM gov_division")).isEqualTo(8);
  }

  @Test
  @DisplayName(
      "reads over both counties — requests applied in a period, in order; records found by id or"
          + " identity number on either server — answer as one server does")
  void crossShardReadsAsOneServer() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:one-server-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    GovernanceStore oneServer = JdbcGovernanceStore.builder(h2).build();
    for (GovernanceStore store : List.of(oneServer, sharded)) {
      twoCounties(store);
      for (int i = 1; i <= 4; i++) {
        DivisionCode community = i % 2 == 0 ? XIYANGLI : SampleData.communityCode(1);
        store
            .taskRequests()
            .insert(
                SampleData.taskRequest("TR-" + i, 1).toBuilder()
                    .targets(io.github.jiceng.governance.access.Targets.communities(community))
                    .build());
      }
    }
    LocalDate from = LocalDate.of(2026, 1, 1);
    LocalDate to = LocalDate.of(2026, 12, 31);

    assertThat(sharded.taskRequests().findAppliedBetween(from, to))
        .hasSize(4)
        .isEqualTo(oneServer.taskRequests().findAppliedBetween(from, to));
    for (String id : List.of("341802001001-RC", "340202001001-RC")) {
      assertThat(sharded.committees().find(id))
          .isPresent()
          .isEqualTo(oneServer.committees().find(id));
    }
    for (DivisionCode county : List.of(SampleData.DISTRICT, JINGHU)) {
      assertThat(sharded.committees().findWithin(county))
          .hasSize(2)
          .isEqualTo(oneServer.committees().findWithin(county));
      assertThat(sharded.committees().electionFigures(county, true, LocalDate.of(2021, 1, 1), to))
          .isEqualTo(
              oneServer.committees().electionFigures(county, true, LocalDate.of(2021, 1, 1), to));
    }
  }

  @Test
  @DisplayName("a county assigned to no shard is refused, naming the county")
  void unassignedCounty() {
    sharded
        .divisions()
        .insert(
            new AdministrativeDivision(
                DivisionCode.of("320102000000"), "玄武区", DivisionLevel.DISTRICT, 0));
    sharded
        .divisions()
        .insert(
            new AdministrativeDivision(
                DivisionCode.of("320102001000"), "梅园新村街道", DivisionLevel.STREET, 0));
    DivisionCode community = DivisionCode.of("320102001001");
    sharded
        .divisions()
        .insert(new AdministrativeDivision(community, "长江新村社区", DivisionLevel.COMMUNITY, 0));

    assertThatThrownBy(
            () ->
                sharded
                    .committees()
                    .insert(
                        Committee.builder("XW-RC", CommitteeKind.RESIDENTS)
                            .division(community)
                            .name("长江新村社区居民委员会")
                            .households(1200)
                            .term(SampleData.TERM)
                            .member("张华", CommitteeRole.DIRECTOR)
                            .member("李敏", CommitteeRole.MEMBER)
                            .member("王芳", CommitteeRole.MEMBER)
                            .build()))
        .isInstanceOf(StorageException.class)
        .hasMessageContaining("county 320102 is assigned to no shard");
    assertThat(sharded.committees().find("XW-RC")).isEmpty();
  }

  @Test
  @DisplayName(
      "the store refuses to migrate through ShardingSphere, whose connection takes no lock, and"
          + " says how to migrate each shard")
  void noMigrationThroughShardingSphere() {
    assertThatThrownBy(() -> JdbcGovernanceStore.builder(shards.sharded).build())
        .isInstanceOf(StorageException.class)
        .hasMessageContaining("no migration lock can be taken through a sharding layer")
        .hasMessageContaining("GovernanceSharding.migrate()");
  }

  @Test
  @DisplayName("the builder names what is wrong with a shard's definition")
  void builderChecks() {
    GovernanceSharding.Builder builder =
        GovernanceSharding.builder().shard("ds_0", shards.ds0, "341802");
    assertThatThrownBy(() -> builder.shard("ds_1", shards.ds1, "341802"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("county 341802 is already on ds_0");
    assertThatThrownBy(() -> builder.shard("ds_1", shards.ds1, "3418"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("'3418' is not a six-digit county code");
    assertThatThrownBy(() -> builder.shard("DS 1", shards.ds1, "340202"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("shard");
    assertThatThrownBy(() -> GovernanceSharding.builder().yaml())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("name at least one shard");
    assertThatThrownBy(() -> builder.auditOn("ds_9").yaml())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("'ds_9' is not one of [ds_0]");
  }

  @Test
  @DisplayName(
      "a key range within one county goes to its shard, any other range to every shard; a key"
          + " of an unassigned county is refused")
  void ranges() {
    CountyShardingAlgorithm algorithm = new CountyShardingAlgorithm();
    java.util.Properties props = new java.util.Properties();
    props.setProperty(CountyShardingAlgorithm.COUNTIES, "341802=ds_1,340202=ds_0");
    algorithm.init(props);
    List<String> shards = List.of("ds_0", "ds_1");

    assertThat(
            routed(
                algorithm,
                shards,
                com.google.common.collect.Range.closed("341802000000", "341802999999")))
        .containsExactly("ds_1");
    assertThat(
            routed(
                algorithm,
                shards,
                com.google.common.collect.Range.closedOpen("340202000000", "340203000000")))
        .as("a district's half-open range")
        .containsExactly("ds_0");
    assertThat(
            routed(
                algorithm,
                shards,
                com.google.common.collect.Range.closed("340202000000", "341802999999")))
        .containsExactlyElementsOf(shards);
    assertThatThrownBy(
            () ->
                algorithm.doSharding(
                    shards,
                    new org.apache.shardingsphere.sharding.api.sharding.standard
                        .PreciseShardingValue<>(
                        "gov_household", "community_code", NODE, "320102001001")))
        .isInstanceOf(ShardingConfigurationException.class)
        .hasMessage(
            "gov_household.community_code: county 320102 is assigned to no shard; add it to counties");
  }

  private static final org.apache.shardingsphere.infra.datanode.DataNodeInfo NODE =
      new org.apache.shardingsphere.infra.datanode.DataNodeInfo("gov_household", 0, '0');

  /**
   * The shards {@code algorithm} sends a condition on households' community in {@code range} to.
   */
  private static java.util.Collection<String> routed(
      CountyShardingAlgorithm algorithm,
      List<String> shards,
      com.google.common.collect.Range<String> range) {
    return algorithm.doSharding(
        shards,
        new org.apache.shardingsphere.sharding.api.sharding.standard.RangeShardingValue<>(
            "gov_household", "community_code", NODE, range));
  }

  @Test
  @DisplayName("the algorithm's assignments are checked as they are read")
  void assignments() {
    assertThat(CountyShardingAlgorithm.parse(" 341802=ds_1, 340202=ds_0 "))
        .containsExactly(
            java.util.Map.entry("341802", "ds_1"), java.util.Map.entry("340202", "ds_0"));
    assertThatThrownBy(() -> CountyShardingAlgorithm.parse("341802=ds_1,341802=ds_0"))
        .isInstanceOf(ShardingConfigurationException.class)
        .hasMessageContaining("county 341802 is assigned twice");
    assertThatThrownBy(() -> CountyShardingAlgorithm.parse("3418=ds_1"))
        .isInstanceOf(ShardingConfigurationException.class)
        .hasMessageContaining("'3418=ds_1' is not county=dataSource");
    assertThatThrownBy(() -> CountyShardingAlgorithm.parse(""))
        .isInstanceOf(ShardingConfigurationException.class)
        .hasMessageContaining("at least one county");
  }
}
