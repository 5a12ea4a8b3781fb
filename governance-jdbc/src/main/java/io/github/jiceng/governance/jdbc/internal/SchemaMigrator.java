package io.github.jiceng.governance.jdbc.internal;

import io.github.jiceng.governance.base.StorageException;
import io.github.jiceng.governance.jdbc.Dialect;
import io.github.jiceng.governance.jdbc.SchemaMode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.zip.CRC32;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the versioned schema scripts of a dialect and records them in {@code
 * <prefix>schema_history}: version, script name, CRC32 checksum, time applied. A script applied
 * once is never applied again; a script whose checksum changed after it was applied stops the store
 * from starting, because the database no longer matches what the scripts say.
 *
 * <p>Each version is written once, in {@code schema/Vnnn__name.sql}, for every dialect: its {@code
 * ${table_options}} and {@code ${large_text}} are replaced by the dialect's {@link #TOKENS} when it
 * is read, so that the checksum is that of the text the dialect runs. Where a dialect needs more
 * than the tokens can say, {@code schema/<dialect folder>/Vnnn__name.sql} replaces the shared
 * script for that dialect (no version needs one today).
 */
public final class SchemaMigrator {
  private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrator.class);

  /**
   * The schema scripts, in order. The same versions exist for every dialect. Append, never edit.
   */
  public static final List<String> SCRIPTS =
      List.of(
          "V001__init.sql",
          "V002__task_access.sql",
          "V003__party.sql",
          "V004__grids.sql",
          "V005__audit.sql",
          "V006__scope.sql",
          "V007__services.sql",
          "V008__service_catalogues.sql",
          "V009__cases.sql",
          "V010__case_places.sql",
          "V011__facilities.sql",
          "V012__points.sql",
          "V013__care_visits.sql",
          "V014__organisations.sql",
          "V015__worker_assessments.sql",
          "V016__consultations.sql",
          "V017__co_building.sql",
          "V018__division_changes.sql",
          "V019__openness.sql",
          "V020__elections.sql",
          "V021__resident_community.sql",
          "V022__community_keys.sql",
          "V023__resident_identities.sql");

  /** What the shared scripts' tokens become in each dialect. */
  static final Map<Dialect, Map<String, String>> TOKENS =
      Map.of(
          Dialect.POSTGRESQL,
          Map.of("${table_options}", "", "${large_text}", "TEXT"),
          Dialect.H2,
          Map.of("${table_options}", "", "${large_text}", "CLOB"),
          Dialect.MYSQL,
          Map.of(
              // utf8mb4 with a binary collation, so that keys compare byte by byte, case included
              "${table_options}",
              " ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin",
              "${large_text}",
              "LONGTEXT"));

  private static final String SCHEMA = "/io/github/jiceng/governance/jdbc/schema/";

  /** How long an instance waits for another one's migration on MySQL before giving up. */
  private static final int MYSQL_LOCK_SECONDS = 120;

  private final Dialect dialect;
  private final String prefix;
  private final String root;

  public SchemaMigrator(Dialect dialect, String prefix) {
    this(dialect, prefix, SCHEMA);
  }

  /** A migrator reading its scripts from the classpath folder {@code root}, for tests. */
  SchemaMigrator(Dialect dialect, String prefix, String root) {
    this.dialect = dialect;
    this.prefix = prefix;
    this.root = root;
  }

  /** A schema script: its version, name, text and checksum. */
  public record Script(int version, String name, String text, long checksum) {}

  /** The scripts of this dialect, read from the classpath: its own, or the shared ones rendered. */
  public List<Script> scripts() {
    List<Script> scripts = new ArrayList<>();
    for (String name : SCRIPTS) {
      String own = read(root + dialect.folder() + "/" + name);
      String text = own != null ? own : render(required(root + name, read(root + name)));
      CRC32 crc = new CRC32();
      crc.update(text.getBytes(StandardCharsets.UTF_8));
      scripts.add(new Script(versionOf(name), name, text, crc.getValue()));
    }
    return scripts;
  }

  /** The shared script {@code text} with this dialect's tokens in place. */
  private String render(String text) {
    String rendered = text;
    for (Map.Entry<String, String> token : Objects.requireNonNull(TOKENS.get(dialect)).entrySet()) {
      rendered = rendered.replace(token.getKey(), token.getValue());
    }
    return rendered;
  }

  /** The text of the classpath resource {@code path}, or null if there is none. */
  private static @Nullable String read(String path) {
    try (InputStream in = SchemaMigrator.class.getResourceAsStream(path)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new StorageException("schema script " + path + " cannot be read", e);
    }
  }

  private static String required(String path, @Nullable String text) {
    if (text == null) {
      throw new StorageException("schema script " + path + " is missing from the classpath");
    }
    return text;
  }

  /** Does what {@code mode} says, on a connection from {@code dataSource}. */
  public void run(DataSource dataSource, SchemaMode mode) {
    if (mode == SchemaMode.NONE) {
      return;
    }
    try (Connection connection = dataSource.getConnection()) {
      run(connection, mode);
    } catch (SQLException e) {
      throw SqlErrors.translate(e, "schema " + mode);
    }
  }

  /**
   * Does what {@code mode} says, on {@code connection}, committing its own work (the connection is
   * put back into its previous auto-commit state).
   */
  public void run(Connection connection, SchemaMode mode) throws SQLException {
    if (mode == SchemaMode.NONE) {
      return;
    }
    if (mode == SchemaMode.CREATE_OR_MIGRATE && throughShardingSphere(connection)) {
      throw new StorageException(NO_LOCK_THROUGH_SHARDING);
    }
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    Session session = new Session(connection, prefix);
    boolean namedLock = false;
    try {
      if (mode == SchemaMode.CREATE_OR_MIGRATE) {
        namedLock = lock(session);
        migrate(session);
      } else {
        validate(session);
      }
      connection.commit();
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      try {
        if (namedLock) {
          // after the commit, so that the next instance sees every script this one recorded
          session.query("SELECT RELEASE_LOCK(?)", row -> row.getObject(1), lockName());
        }
      } finally {
        connection.setAutoCommit(autoCommit);
      }
    }
  }

  /**
   * Several instances may start at once: the first to take the lock migrates while the others wait,
   * then find the scripts applied. Taken before the history table is created, which races too. On
   * PostgreSQL the lock is the transaction's and goes with its end; on MySQL it is the session's
   * (DDL commits the transaction anyway), so the caller releases it: true then.
   */
  private boolean lock(Session session) throws SQLException {
    if (dialect == Dialect.POSTGRESQL) {
      List<Boolean> taken =
          session.query(
              "SELECT pg_advisory_xact_lock(?)",
              row -> Boolean.TRUE,
              (long) Objects.hash(lockName()));
      if (taken.isEmpty()) {
        // a sharding layer may answer the call with no row and take no lock
        throw new StorageException(NO_LOCK_THROUGH_SHARDING);
      }
      return false;
    }
    if (dialect == Dialect.MYSQL) {
      int taken =
          session
              .queryOne(
                  "SELECT GET_LOCK(?, ?)", row -> row.getInt(1), lockName(), MYSQL_LOCK_SECONDS)
              .orElse(0);
      if (taken != 1) {
        throw new StorageException(
            "schema migration: another instance held the lock '"
                + lockName()
                + "' for "
                + MYSQL_LOCK_SECONDS
                + " s");
      }
      return true;
    }
    return false;
  }

  /** Why the store does not migrate through a sharding layer, and what to do instead. */
  static final String NO_LOCK_THROUGH_SHARDING =
      "schema migration: no migration lock can be taken through a sharding layer (ShardingSphere"
          + " sends pg_advisory_xact_lock to one shard of its choice, or answers it with no row);"
          + " migrate each shard on its own data source (GovernanceSharding.migrate()) and build"
          + " this store with SchemaMode.VALIDATE";

  /**
   * Whether {@code connection} is ShardingSphere-JDBC's: named by its class, as this module does
   * not depend on ShardingSphere. Its statements go to shards of its choosing, so no lock it takes
   * holds on the shard a script changes.
   */
  private static boolean throughShardingSphere(Connection connection) {
    return connection.getClass().getName().startsWith("org.apache.shardingsphere.");
  }

  private String lockName() {
    return prefix + "governance-schema";
  }

  private void migrate(Session session) throws SQLException {
    session.update(
        "CREATE TABLE IF NOT EXISTS ${prefix}schema_history ("
            + " version INT NOT NULL PRIMARY KEY,"
            + " script VARCHAR(200) NOT NULL,"
            + " checksum BIGINT NOT NULL,"
            + " installed_on TIMESTAMP NOT NULL)");
    Map<Integer, Long> applied = applied(session);
    for (Script script : scripts()) {
      Long checksum = applied.get(script.version());
      if (checksum != null) {
        requireUnchanged(script, checksum);
        continue;
      }
      LOG.info(
          "Applying schema script {} ({}) with table prefix '{}'", script.name(), dialect, prefix);
      for (String statement : statements(script.text())) {
        session.update(statement);
      }
      session.update(
          "INSERT INTO ${prefix}schema_history (version, script, checksum, installed_on) VALUES (?, ?, ?, ?)",
          script.version(),
          script.name(),
          script.checksum(),
          Timestamp.from(Instant.now()));
    }
  }

  private void validate(Session session) throws SQLException {
    Map<Integer, Long> applied;
    try {
      applied = applied(session);
    } catch (SQLException e) {
      throw new StorageException(
          "schema validation failed: table "
              + prefix
              + "schema_history cannot be read; apply the scripts first (SQL state "
              + e.getSQLState()
              + ")",
          e);
    }
    for (Script script : scripts()) {
      Long checksum = applied.get(script.version());
      if (checksum == null) {
        throw new StorageException(
            "schema validation failed: script "
                + script.name()
                + " has not been applied (no row in "
                + prefix
                + "schema_history)");
      }
      requireUnchanged(script, checksum);
    }
  }

  private Map<Integer, Long> applied(Session session) throws SQLException {
    Map<Integer, Long> applied = new TreeMap<>();
    for (long[] row :
        session.query(
            "SELECT version, checksum FROM ${prefix}schema_history",
            r -> new long[] {r.getInt(1), r.getLong(2)})) {
      applied.put((int) row[0], row[1]);
    }
    return applied;
  }

  private static void requireUnchanged(Script script, long appliedChecksum) {
    if (appliedChecksum != script.checksum()) {
      throw new StorageException(
          "schema script "
              + script.name()
              + " was changed after it was applied (checksum "
              + appliedChecksum
              + " in the history table, "
              + script.checksum()
              + " now); released scripts must never be edited");
    }
  }

  /** The statements of a script: split at semicolons that end a line; comment lines dropped. */
  static List<String> statements(String script) {
    List<String> statements = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : script.split("\n", -1)) { // -1: keep empty lines, skipped below
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("--")) {
        continue;
      }
      current.append(line).append('\n');
      if (trimmed.endsWith(";")) {
        String statement = current.toString().strip();
        statements.add(statement.substring(0, statement.length() - 1));
        current.setLength(0);
      }
    }
    if (!current.toString().isBlank()) {
      statements.add(current.toString().strip());
    }
    return statements;
  }

  private static int versionOf(String name) {
    return Integer.parseInt(name.substring(1, name.indexOf("__")));
  }
}
