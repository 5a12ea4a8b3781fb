package io.github.jiceng.governance.sharding;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.base.StorageException;
import io.github.jiceng.governance.jdbc.JdbcGovernanceStore;
import io.github.jiceng.governance.jdbc.SchemaMode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.apache.shardingsphere.driver.api.yaml.YamlShardingSphereDataSourceFactory;
import org.jspecify.annotations.Nullable;

/**
 * The JDBC store sharded by county (区县) on Apache ShardingSphere-JDBC: name each shard's data
 * source and the counties it holds, then {@link Builder#migrate() migrate} each shard on its own
 * data source and {@link Builder#build() build} the store over ShardingSphere.
 *
 * <pre>{@code
 * JdbcGovernanceStore store =
 *     GovernanceSharding.builder()
 *         .shard("ds_0", xuanchengServer, "341802", "341821")
 *         .shard("ds_1", wuhuServer, "340202", "340203")
 *         .build();
 * }</pre>
 *
 * <p>Where each table goes is fixed by the store (docs/province-scale.md): a community's records on
 * its county's shard, the tables that govern every community on every shard, the audit trail and
 * the identity index on the first shard (or {@link Builder#auditOn}, or a server of their own,
 * {@link Builder#auditShard}). {@link Builder#yaml()} renders the same layout as a ShardingSphere
 * YAML configuration, for a deployment that configures ShardingSphere itself.
 *
 * <p>Transactions are ShardingSphere's local ones: a unit of work writes one county's records at
 * most, but its audit record and identity numbers commit on the audit shard, one commit after the
 * other (docs/province-scale.md, "Transactions").
 */
public final class GovernanceSharding {
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

  private GovernanceSharding() {}

  /** A new builder: no shards yet, tables prefixed {@code gov_} as the JDBC store's default. */
  public static Builder builder() {
    return new Builder();
  }

  /** Configures a sharded store. Not thread-safe. */
  public static final class Builder {
    private final Map<String, DataSource> shards = new LinkedHashMap<>();
    private final Map<String, String> counties = new LinkedHashMap<>();
    private @Nullable String audit;
    private String prefix = "gov_";
    private String databaseName = "governance";

    private Builder() {}

    /**
     * A shard: its name in ShardingSphere's configuration (lower-case letters, digits and {@code
     * _}), its own data source — a pool on one database server — and the six-digit codes of the
     * counties whose records it holds.
     *
     * @throws InvalidInputException if the name is taken or malformed, no county is named, or a
     *     county is already another shard's
     */
    public Builder shard(String name, DataSource dataSource, String... countyCodes) {
      requireNewName(name);
      if (dataSource == null) {
        throw InvalidInputException.of("GovernanceSharding", "dataSource", "must not be null");
      }
      if (countyCodes == null || countyCodes.length == 0) {
        throw InvalidInputException.of(
            "GovernanceSharding", "counties", "shard " + name + " must hold at least one county");
      }
      for (String county : countyCodes) {
        if (county == null || !county.matches("\\d{6}")) {
          throw InvalidInputException.of(
              "GovernanceSharding", "counties", "'" + county + "' is not a six-digit county code");
        }
        String other = counties.putIfAbsent(county, name);
        if (other != null) {
          throw InvalidInputException.of(
              "GovernanceSharding", "counties", "county " + county + " is already on " + other);
        }
      }
      shards.put(name, dataSource);
      return this;
    }

    /** The shard that keeps the audit trail and the identity index. Default: the first shard. */
    public Builder auditOn(String shardName) {
      this.audit = shardName;
      return this;
    }

    /**
     * A server of its own for the audit trail and the identity index, holding no county's records
     * (and a copy of the shared tables, as every shard). Reads that name no county do not reach it.
     *
     * @throws InvalidInputException if the name is taken or malformed
     */
    public Builder auditShard(String name, DataSource dataSource) {
      requireNewName(name);
      if (dataSource == null) {
        throw InvalidInputException.of("GovernanceSharding", "dataSource", "must not be null");
      }
      shards.put(name, dataSource);
      this.audit = name;
      return this;
    }

    private void requireNewName(@Nullable String name) {
      if (name == null || !NAME.matcher(name).matches() || shards.containsKey(name)) {
        throw InvalidInputException.of(
            "GovernanceSharding",
            "shard",
            "'" + name + "' must be a new name of lower-case letters, digits and '_'");
      }
    }

    /**
     * The tables' prefix, as {@link JdbcGovernanceStore.Builder#tablePrefix}, which checks it when
     * the shards are migrated or the configuration rendered. Default {@code gov_}.
     */
    public Builder tablePrefix(String value) {
      this.prefix = value;
      return this;
    }

    /** The logical database's name in ShardingSphere. Default {@code governance}. */
    public Builder databaseName(String value) {
      if (value == null || !NAME.matcher(value).matches()) {
        throw InvalidInputException.of(
            "GovernanceSharding", "databaseName", "must be lower-case letters, digits and '_'");
      }
      this.databaseName = value;
      return this;
    }

    /**
     * Creates or migrates the schema on every shard, each on its own data source with that
     * database's own lock — a migration lock does not travel through ShardingSphere, so the store
     * refuses to migrate through it.
     *
     * @throws StorageException if a shard cannot be migrated; shards before it stay migrated
     */
    public Builder migrate() {
      requireShards();
      for (DataSource shard : shards.values()) {
        JdbcGovernanceStore.builder(shard)
            .tablePrefix(prefix)
            .schemaMode(SchemaMode.CREATE_OR_MIGRATE)
            .build();
      }
      return this;
    }

    /**
     * The ShardingSphere data source over the shards, configured by {@link #yaml()}.
     *
     * @throws StorageException if ShardingSphere refuses the configuration or cannot reach a shard
     */
    public DataSource dataSource() {
      requireShards();
      try {
        return YamlShardingSphereDataSourceFactory.createDataSource(
            new LinkedHashMap<>(shards), yaml().getBytes(StandardCharsets.UTF_8));
      } catch (SQLException | IOException e) {
        throw new StorageException(
            "ShardingSphere refused the sharded store's configuration: " + e.getMessage(), e);
      }
    }

    /**
     * Migrates every shard ({@link #migrate()}), then returns the store over {@link #dataSource()},
     * which validates the schema it sees through ShardingSphere.
     */
    public JdbcGovernanceStore build() {
      migrate();
      return JdbcGovernanceStore.builder(dataSource())
          .tablePrefix(prefix)
          .schemaMode(SchemaMode.VALIDATE)
          .build();
    }

    /**
     * ShardingSphere's rules for the store's tables, as YAML: the sharded tables with their county
     * column and {@value CountyShardingAlgorithm#TYPE} algorithm, the broadcast tables, and the
     * audit trail as single tables on its shard. A deployment that configures ShardingSphere from a
     * file adds its {@code dataSources} to this.
     */
    public String yaml() {
      requireShards();
      String auditShard = auditShard();
      List<String> lines = new ArrayList<>();
      lines.add("databaseName: " + databaseName);
      lines.add("mode:");
      lines.add("  type: Standalone");
      lines.add("rules:");
      lines.add("- !SHARDING");
      lines.add("  tables:");
      // the shards that hold counties: a query that names no county asks these, not an audit shard
      String nodes = String.join(",", new java.util.LinkedHashSet<>(counties.values()));
      ShardedTables.SHARDED.forEach(
          (table, column) -> {
            String name = prefix + table;
            lines.add("    " + name + ":");
            lines.add("      actualDataNodes: " + nodesOf(nodes, name));
            lines.add("      databaseStrategy:");
            lines.add("        standard:");
            lines.add("          shardingColumn: " + column);
            lines.add("          shardingAlgorithmName: county");
          });
      lines.add("  shardingAlgorithms:");
      lines.add("    county:");
      lines.add("      type: " + CountyShardingAlgorithm.TYPE);
      lines.add("      props:");
      lines.add(
          "        "
              + CountyShardingAlgorithm.COUNTIES
              + ": \""
              + counties.entrySet().stream()
                  .map(e -> e.getKey() + "=" + e.getValue())
                  .collect(Collectors.joining(","))
              + "\"");
      lines.add("- !BROADCAST");
      lines.add("  tables:");
      ShardedTables.BROADCAST.forEach(t -> lines.add("  - " + prefix + t));
      lines.add("- !SINGLE");
      lines.add("  tables:");
      ShardedTables.ONE_SHARD.forEach(t -> lines.add("  - " + auditShard + "." + prefix + t));
      lines.add("props:");
      lines.add("  sql-show: false");
      return String.join("\n", lines) + "\n";
    }

    private static String nodesOf(String shardNames, String table) {
      List<String> nodes = new ArrayList<>();
      for (String shard : shardNames.split(",")) {
        nodes.add(shard + "." + table);
      }
      return String.join(",", nodes);
    }

    private String auditShard() {
      if (audit == null) {
        return shards.keySet().iterator().next();
      }
      if (!shards.containsKey(audit)) {
        throw InvalidInputException.of(
            "GovernanceSharding", "auditOn", "'" + audit + "' is not one of " + shards.keySet());
      }
      return audit;
    }

    private void requireShards() {
      if (counties.isEmpty()) {
        throw InvalidInputException.of(
            "GovernanceSharding", "shard", "name at least one shard and its counties");
      }
      // the JDBC builder's own check of the prefix (it connects to nothing until built)
      JdbcGovernanceStore.builder(shards.values().iterator().next()).tablePrefix(prefix);
    }
  }
}
