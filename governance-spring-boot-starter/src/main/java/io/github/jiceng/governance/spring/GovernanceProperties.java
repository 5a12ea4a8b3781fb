package io.github.jiceng.governance.spring;

import io.github.jiceng.governance.jdbc.Dialect;
import io.github.jiceng.governance.jdbc.SchemaMode;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code governance.*} properties of the Spring Boot starter. IDEs complete them from the
 * configuration metadata this module ships.
 */
@ConfigurationProperties(prefix = "governance")
public class GovernanceProperties {

  /**
   * The time zone that says what "today" is in the communities served, when the context has no
   * java.time.Clock bean.
   */
  private ZoneId zone = ZoneId.of("Asia/Shanghai");

  private final Jdbc jdbc = new Jdbc();

  private final PolicyFile policy = new PolicyFile();

  /** The time zone of "today", when the context has no {@code Clock} bean. */
  public ZoneId getZone() {
    return zone;
  }

  /** Sets the time zone of "today". */
  public void setZone(ZoneId zone) {
    this.zone = zone;
  }

  /** The store's properties. */
  public Jdbc getJdbc() {
    return jdbc;
  }

  /** The policy file's properties. */
  public PolicyFile getPolicy() {
    return policy;
  }

  /** {@code governance.jdbc.*}: how the store uses the application's {@code DataSource}. */
  public static class Jdbc {
    /** The prefix of the library's tables, e.g. gov_. */
    private String tablePrefix = "gov_";

    /**
     * What the store does with the schema at start-up: create or migrate it, only validate it, or
     * nothing (when Flyway, Liquibase or a DBA applies the library's scripts).
     */
    private SchemaMode schemaMode = SchemaMode.CREATE_OR_MIGRATE;

    /**
     * The SQL dialect, for a server the driver does not name plainly (a PostgreSQL- or
     * MySQL-compatible one); detected from the connection when not set.
     */
    private @Nullable Dialect dialect;

    /** The table prefix. */
    public String getTablePrefix() {
      return tablePrefix;
    }

    /** Sets the table prefix. */
    public void setTablePrefix(String tablePrefix) {
      this.tablePrefix = tablePrefix;
    }

    /** The schema mode. */
    public SchemaMode getSchemaMode() {
      return schemaMode;
    }

    /** Sets the schema mode. */
    public void setSchemaMode(SchemaMode schemaMode) {
      this.schemaMode = schemaMode;
    }

    /** The dialect, or null to detect it. */
    public @Nullable Dialect getDialect() {
      return dialect;
    }

    /** Sets the dialect. */
    public void setDialect(@Nullable Dialect dialect) {
      this.dialect = dialect;
    }
  }

  /** {@code governance.policy.*}: the access policy the application decides under. */
  public static class PolicyFile {
    /**
     * The YAML policy file (classpath:policies/xuanzhou-access.yaml or
     * file:/etc/governance/policy.yaml), or a folder holding exactly one policy file (a YAML file
     * whose first key is 'policy'); read and statically checked at start-up, an error stopping the
     * application with the file and line. Unset: the national default parameters and no access
     * policy bean.
     */
    private @Nullable String location;

    /**
     * Whether to publish the policy to the store at start-up (audited, as the system) unless that
     * id and version are stored already; a stored version with other content stops the start-up.
     */
    private boolean publish = true;

    /** The policy's location, or null. */
    public @Nullable String getLocation() {
      return location;
    }

    /** Sets the policy's location. */
    public void setLocation(@Nullable String location) {
      this.location = location;
    }

    /** Whether the policy is published at start-up. */
    public boolean isPublish() {
      return publish;
    }

    /** Sets whether the policy is published at start-up. */
    public void setPublish(boolean publish) {
      this.publish = publish;
    }
  }
}
