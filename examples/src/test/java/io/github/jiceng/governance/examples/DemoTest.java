package io.github.jiceng.governance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.inmemory.InMemoryGovernanceStore;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DemoTest {

  private static String run(io.github.jiceng.governance.spi.GovernanceStore store) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Demo.run(store, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void theLawChangeTurnsSmallCommitteesNonCompliant() {
    String output = run(Demo.embeddedStore());

    assertThat(output.lines().filter(l -> l.startsWith("城东")).findFirst().orElseThrow())
        .contains("650", "✓ 符合规定", "✗ RC-HOUSEHOLDS");
    assertThat(output.lines().filter(l -> l.startsWith("北园")).findFirst().orElseThrow())
        .contains("1200", "✗ RC-HOUSEHOLDS", "✓ 符合规定");
    assertThat(output)
        .contains("650 户在 100–700 户范围内", "650 households is outside 1000–3000",
            "《中华人民共和国城市居民委员会组织法》(2025年10月28日修订)");
  }

  @Test
  void theInMemoryStoreGivesTheSameReport() {
    assertThat(run(new InMemoryGovernanceStore())).isEqualTo(run(freshH2()));
  }

  private static io.github.jiceng.governance.spi.GovernanceStore freshH2() {
    org.h2.jdbcx.JdbcDataSource h2 = new org.h2.jdbcx.JdbcDataSource();
    h2.setURL("jdbc:h2:mem:demo-compare;DB_CLOSE_DELAY=-1");
    return io.github.jiceng.governance.jdbc.JdbcGovernanceStore.builder(h2).build();
  }
}
