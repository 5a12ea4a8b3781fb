package io.github.jiceng.governance.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.grid.Household;
import io.github.jiceng.governance.people.Resident;
import io.github.jiceng.governance.testkit.SampleData;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Bulk imports on PostgreSQL stream through {@code COPY}: values with the characters {@code COPY}'s
 * text format escapes come back as written, and other drivers keep their batches. (The contract
 * suite's bulk tests — a repeated identity number at resident 2,001, a missing grid at household
 * 600 — run the same path on PostgreSQL and find nothing left behind.)
 */
class CopyImportTest {
  private static final DataSource POSTGRES = EmbeddedPostgresSupport.dataSource();

  @Test
  @DisplayName(
      "2,000 households with a backslash, a tab, a newline and a carriage return in an address, and"
          + " 6,000 residents, 600 of them tagged, come back exactly as imported")
  void escapedValuesRoundTrip() throws Exception {
    JdbcGovernanceStore store = JdbcGovernanceStore.builder(POSTGRES).tablePrefix("copy1_").build();
    store.divisions().insert(SampleData.district());
    store.divisions().insert(SampleData.street());
    store.divisions().insert(SampleData.community(1, "城南社区"));
    store.grids().insert(SampleData.grid(1, 1));
    store.grids().insert(SampleData.grid(1, 2));
    List<Household> households = new ArrayList<>(SampleData.households(1, 1, 1000));
    households.addAll(SampleData.households(1, 2, 1000));
    Household odd = households.get(7);
    households.set(
        7, new Household(odd.id(), odd.community(), odd.grid(), null, null, "城南路\\7号\t东\n侧\r门", 0));
    List<Resident> residents = SampleData.residents(households, 3, 0);

    store.inTransaction(
        tx -> {
          tx.households().insertAll(households);
          return tx.residents().insertAll(residents);
        });

    assertThat(store.households().find(odd.id()).orElseThrow().address())
        .isEqualTo("城南路\\7号\t东\n侧\r门");
    assertThat(store.households().findByCommunity(SampleData.communityCode(1))).hasSize(2000);
    assertThat(
            store
                .residents()
                .findByTag(
                    SampleData.communityCode(1),
                    io.github.jiceng.governance.people.CareTag.EMPTY_NEST_ELDERLY))
        .as("the tag rows, 600 of them, copied too")
        .hasSize(600);
    Resident sample = residents.get(1234);
    assertThat(store.residents().find(sample.id()).orElseThrow()).isEqualTo(sample.withVersion(1));
  }

  @Test
  @DisplayName("COPY applies to PgJDBC's connections from 500 rows, never to H2's")
  void appliesToPgJdbcOnly() throws Exception {
    try (Connection pg = POSTGRES.getConnection()) {
      assertThat(io.github.jiceng.governance.jdbc.internal.CopyImportProbe.applies(pg, 500))
          .isTrue();
      assertThat(io.github.jiceng.governance.jdbc.internal.CopyImportProbe.applies(pg, 499))
          .isFalse();
    }
    org.h2.jdbcx.JdbcDataSource h2 = new org.h2.jdbcx.JdbcDataSource();
    h2.setURL("jdbc:h2:mem:copy-probe");
    try (Connection connection = h2.getConnection()) {
      assertThat(
              io.github.jiceng.governance.jdbc.internal.CopyImportProbe.applies(connection, 10_000))
          .isFalse();
    }
  }
}
