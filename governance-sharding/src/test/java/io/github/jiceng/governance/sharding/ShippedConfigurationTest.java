package io.github.jiceng.governance.sharding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The YAML configuration the module ships is what {@link GovernanceSharding.Builder#yaml()} renders
 * for the example of docs/province-scale.md, and the page shows its head as it is.
 */
class ShippedConfigurationTest {
  private static final String RESOURCE =
      "/io/github/jiceng/governance/sharding/example-sharding.yaml";

  /** The documented example: 镜湖区 and 弋江区 on ds_0, 宣州区 and 郎溪县 on ds_1. */
  static String example() {
    DataSource unused = new JdbcDataSource();
    return GovernanceSharding.builder()
        .shard("ds_0", unused, "340202", "340203")
        .shard("ds_1", unused, "341802", "341821")
        .yaml();
  }

  @Test
  @DisplayName("the shipped example-sharding.yaml is the layout the builder renders")
  void shipped() throws IOException {
    String expected = example();
    String shipped;
    try (InputStream in = getClass().getResourceAsStream(RESOURCE)) {
      shipped = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    if (!shipped.equals(expected)) {
      // the rendering to copy into src/main/resources when the layout changes on purpose
      Files.writeString(Path.of("target", "example-sharding.yaml"), expected);
    }
    assertThat(shipped).isEqualTo(expected);
  }

  @Test
  @DisplayName("docs/province-scale.md shows the configuration's first entries as rendered")
  void documented() throws IOException {
    String page = Files.readString(Path.of("..", "docs", "province-scale.md"));
    String rendered = example();
    String head = rendered.substring(0, rendered.indexOf("    gov_committee_member:"));
    assertThat(page).contains(head);
    assertThat(page).contains("counties: \"340202=ds_0,340203=ds_0,341802=ds_1,341821=ds_1\"");
  }
}
