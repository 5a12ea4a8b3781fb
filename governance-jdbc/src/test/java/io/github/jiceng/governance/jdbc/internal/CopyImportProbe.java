package io.github.jiceng.governance.jdbc.internal;

import java.sql.Connection;
import java.sql.SQLException;

/** Lets the store's tests ask {@link CopyImport} whether it applies. */
public final class CopyImportProbe {
  private CopyImportProbe() {}

  public static boolean applies(Connection connection, int rows) throws SQLException {
    return CopyImport.applies(connection, rows);
  }
}
