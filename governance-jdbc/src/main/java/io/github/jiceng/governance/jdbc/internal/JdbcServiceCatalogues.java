package io.github.jiceng.governance.jdbc.internal;

import io.github.jiceng.governance.service.StoredCatalogue;
import io.github.jiceng.governance.spi.ServiceCatalogueRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The JDBC repository of service-catalogue versions (table {@code service_catalogue}): each call
 * runs its SQL through {@link Calls}.
 */
public final class JdbcServiceCatalogues implements ServiceCatalogueRepository {
  private static final String SELECT =
      "SELECT catalogue_id, version, published_on, document FROM ${prefix}service_catalogue ";

  private final Calls calls;

  public JdbcServiceCatalogues(Calls calls) {
    this.calls = calls;
  }

  @Override
  public StoredCatalogue insert(StoredCatalogue catalogue) {
    return calls.call(
        "insert service catalogue " + catalogue.catalogueId() + " " + catalogue.version(),
        s -> {
          AuditTable.lockSharedWrites(s);
          s.update(
              "INSERT INTO ${prefix}service_catalogue (catalogue_id, version, published_on, document)"
                  + " VALUES (?, ?, ?, ?)",
              catalogue.catalogueId(),
              catalogue.version(),
              catalogue.publishedOn(),
              catalogue.document());
          return catalogue;
        });
  }

  @Override
  public Optional<StoredCatalogue> find(String catalogueId, String version) {
    return calls.call(
        "find service catalogue",
        s ->
            s.queryOne(
                SELECT + "WHERE catalogue_id = ? AND version = ?",
                JdbcServiceCatalogues::catalogue,
                catalogueId,
                version));
  }

  @Override
  public List<StoredCatalogue> findVersions(String catalogueId) {
    return calls.call(
        "find service catalogue versions",
        s ->
            s.query(
                SELECT + "WHERE catalogue_id = ? ORDER BY published_on, version",
                JdbcServiceCatalogues::catalogue,
                catalogueId));
  }

  private static StoredCatalogue catalogue(ResultSet r) throws SQLException {
    return new StoredCatalogue(
        r.getString(1), r.getString(2), r.getObject(3, LocalDate.class), r.getString(4));
  }
}
