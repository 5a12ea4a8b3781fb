package io.github.jiceng.governance.benchmarks;

import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Measures what households and residents take on disk in PostgreSQL, for the capacity estimate of
 * docs/province-scale.md: loads {@code args[0]} households (default 100,000) with 3 residents each,
 * as {@link ScaleBenchmark} does, then prints each table's size with its indexes and the bytes per
 * household. Run: {@code java -cp benchmarks/target/benchmarks.jar
 * io.github.jiceng.governance.benchmarks.CapacityProbe 100000}.
 */
public final class CapacityProbe {
  private CapacityProbe() {}

  public static void main(String[] args) throws SQLException, IOException {
    int households = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    try (EmbeddedDatabase database = EmbeddedDatabase.start()) {
      int number = ScaleBenchmark.load(database.store, households);
      long total = 0;
      try (Statement st = database.connection.createStatement()) {
        st.execute("VACUUM ANALYZE");
        try (ResultSet rs =
            st.executeQuery(
                "SELECT relname, pg_total_relation_size(oid) FROM pg_class WHERE relkind = 'r'"
                    + " AND relname IN ('gov_household', 'gov_resident', 'gov_resident_tag',"
                    + " 'gov_resident_identity') ORDER BY relname")) {
          while (rs.next()) {
            total += rs.getLong(2);
            System.out.printf("%-24s %,15d bytes%n", rs.getString(1), rs.getLong(2));
          }
        }
      }
      System.out.printf(
          "%,d households, %,d residents: %,d bytes, %,d bytes a household with its residents%n",
          households, number, total, total / households);
    }
  }
}
