package io.github.jiceng.governance.jdbc.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Iterator;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * The PgJDBC side of {@link CopyImport}, loaded only when the driver is on the class path: rows
 * streamed to {@code COPY} a chunk at a time, so that an import of any size holds one chunk of text
 * in memory, not the whole file.
 */
final class PgCopy {
  private PgCopy() {}

  /** Bytes written to the server at a time. */
  private static final int CHUNK = 64 * 1024;

  static boolean isPgJdbc(Connection connection) throws SQLException {
    return connection.isWrapperFor(PGConnection.class);
  }

  static void copy(Connection connection, String sql, Iterator<String[]> rows) throws SQLException {
    CopyIn in = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
    boolean done = false;
    try {
      StringBuilder chunk = new StringBuilder(CHUNK + 1024);
      while (rows.hasNext()) {
        CopyImport.appendRow(chunk, rows.next());
        if (chunk.length() >= CHUNK) {
          write(in, chunk);
        }
      }
      write(in, chunk);
      in.endCopy();
      done = true;
    } finally {
      if (!done && in.isActive()) {
        in.cancelCopy(); // the server then fails the transaction, which the caller rolls back
      }
    }
  }

  private static void write(CopyIn in, StringBuilder chunk) throws SQLException {
    byte[] bytes = chunk.toString().getBytes(StandardCharsets.UTF_8);
    in.writeToCopy(bytes, 0, bytes.length);
    chunk.setLength(0);
  }
}
