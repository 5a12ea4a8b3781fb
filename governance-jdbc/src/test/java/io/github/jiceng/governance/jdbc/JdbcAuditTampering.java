package io.github.jiceng.governance.jdbc;

import io.github.jiceng.governance.audit.AuditRecord;
import io.github.jiceng.governance.testkit.AuditTampering;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Changes a JDBC store's audit rows with plain SQL, as an intruder with database access could. */
public final class JdbcAuditTampering implements AuditTampering {
  private final DataSource dataSource;
  private final String prefix;

  /** Tampers with the tables prefixed {@code prefix} of {@code dataSource}. */
  public JdbcAuditTampering(DataSource dataSource, String prefix) {
    this.dataSource = dataSource;
    this.prefix = prefix;
  }

  @Override
  public void overwrite(AuditRecord record) {
    delete(record.sequence());
    insert(record);
  }

  @Override
  public void insert(AuditRecord r) {
    run(
        "INSERT INTO "
            + prefix
            + "audit_record (seq, recorded_at, actor, action, subject,"
            + " payload_digest, algorithm, previous_hash, record_hash)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        r.sequence(),
        r.time().toEpochMilli(),
        r.actor(),
        r.action().name(),
        r.subject(),
        r.entry().payloadDigest(),
        r.algorithm().id(),
        r.previousHash(),
        r.hash());
  }

  @Override
  public void delete(long sequence) {
    run("DELETE FROM " + prefix + "audit_record WHERE seq = ?", sequence);
  }

  @Override
  public void moveHead(long sequence, String hash) {
    run(
        "UPDATE " + prefix + "audit_chain SET head_seq = ?, head_hash = ? WHERE id = 1",
        sequence,
        hash);
  }

  private void run(String sql, Object... parameters) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      statement.executeUpdate();
      if (!connection.getAutoCommit()) {
        connection.commit();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("tampering failed: " + sql, e);
    }
  }
}
