package io.github.jiceng.governance.jdbc.internal;

import io.github.jiceng.governance.base.IntegrityViolationException;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.organisation.SocialOrganisation;
import io.github.jiceng.governance.people.CreditCode;
import io.github.jiceng.governance.spi.OrganisationRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The JDBC repository of social organisations. */
public final class JdbcOrganisations implements OrganisationRepository {
  private static final String SELECT =
      "SELECT id, community_code, name, status, credit_code, since_day, last_inspection,"
          + " evaluation_announced, version FROM ${prefix}social_organisation ";

  private final Calls calls;

  public JdbcOrganisations(Calls calls) {
    this.calls = calls;
  }

  @Override
  public SocialOrganisation insert(SocialOrganisation o) {
    return calls.call(
        "insert social organisation " + o.id(),
        s -> {
          requireCommunity(s, o);
          s.update(
              "INSERT INTO ${prefix}social_organisation (id, community_code, name, status,"
                  + " credit_code, since_day, last_inspection, evaluation_announced, version)"
                  + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)",
              o.id(),
              o.community().value(),
              o.name(),
              o.status().name(),
              o.creditCode() == null ? null : o.creditCode().value(),
              o.since(),
              o.lastInspection(),
              o.evaluationAnnounced());
          return o.withVersion(1);
        });
  }

  @Override
  public SocialOrganisation update(SocialOrganisation o) {
    return calls.call(
        "update social organisation " + o.id(),
        s -> {
          requireCommunity(s, o);
          int rows =
              s.update(
                  "UPDATE ${prefix}social_organisation SET community_code = ?, name = ?, status = ?,"
                      + " credit_code = ?, since_day = ?, last_inspection = ?,"
                      + " evaluation_announced = ?, version = version + 1 WHERE id = ? AND version = ?",
                  o.community().value(),
                  o.name(),
                  o.status().name(),
                  o.creditCode() == null ? null : o.creditCode().value(),
                  o.since(),
                  o.lastInspection(),
                  o.evaluationAnnounced(),
                  o.id(),
                  o.version());
          if (rows == 0) {
            throw s.stale("social organisation", "social_organisation", "id", o.id(), o.version());
          }
          return o.withVersion(o.version() + 1);
        });
  }

  @Override
  public boolean delete(String id, long expectedVersion) {
    return calls.call(
        "delete social organisation " + id,
        s ->
            s.deleteVersioned(
                "social organisation", "social_organisation", "id", id, expectedVersion));
  }

  @Override
  public Optional<SocialOrganisation> find(String id) {
    return calls.call(
        "find social organisation",
        s -> s.queryOne(SELECT + "WHERE id = ?", JdbcOrganisations::organisation, id));
  }

  @Override
  public List<SocialOrganisation> findByCommunity(DivisionCode community) {
    return calls.call(
        "find social organisations of community",
        s ->
            s.query(
                SELECT + "WHERE community_code = ? ORDER BY id",
                JdbcOrganisations::organisation,
                community.value()));
  }

  private static void requireCommunity(Session s, SocialOrganisation o) throws SQLException {
    if (!s.exists("SELECT 1 FROM ${prefix}division WHERE code = ?", o.community().value())) {
      throw new IntegrityViolationException(
          "social organisation " + o.id() + ": community " + o.community() + " does not exist");
    }
  }

  private static SocialOrganisation organisation(ResultSet r) throws SQLException {
    String code = r.getString(5);
    int inspection = r.getInt(7);
    Integer lastInspection = r.wasNull() ? null : inspection;
    return new SocialOrganisation(
        r.getString(1),
        DivisionCode.of(r.getString(2).strip()),
        r.getString(3),
        SocialOrganisation.Status.valueOf(r.getString(4)),
        code == null ? null : CreditCode.of(code.strip()),
        r.getObject(6, LocalDate.class),
        lastInspection,
        r.getObject(8, LocalDate.class),
        r.getLong(9));
  }
}
