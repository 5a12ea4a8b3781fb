package io.github.jiceng.governance.jdbc.internal;

import io.github.jiceng.governance.base.IntegrityViolationException;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.organisation.CoBuildingAgreement;
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
                  "UPDATE ${prefix}social_organisation SET name = ?, status = ?,"
                      + " credit_code = ?, since_day = ?, last_inspection = ?,"
                      + " evaluation_announced = ?, version = version + 1"
                      + " WHERE id = ? AND community_code = ? AND version = ?",
                  o.name(),
                  o.status().name(),
                  o.creditCode() == null ? null : o.creditCode().value(),
                  o.since(),
                  o.lastInspection(),
                  o.evaluationAnnounced(),
                  o.id(),
                  o.community().value(),
                  o.version());
          if (rows == 0) {
            throw s.staleOrMoved(
                "social organisation",
                "social_organisation",
                o.id(),
                o.version(),
                "community_code",
                o.community().value());
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

  private static final String AGREEMENT =
      "SELECT id, community_code, unit_name, unit_credit_code, signed_on, until_day,"
          + " has_party_org, party_reported_on, version FROM ${prefix}co_building_agreement ";

  @Override
  public CoBuildingAgreement insertAgreement(CoBuildingAgreement a) {
    return calls.call(
        "insert co-building agreement " + a.id(),
        s -> {
          if (!s.exists("SELECT 1 FROM ${prefix}division WHERE code = ?", a.community().value())) {
            throw new IntegrityViolationException(
                "co-building agreement "
                    + a.id()
                    + ": community "
                    + a.community()
                    + " does not exist");
          }
          s.update(
              "INSERT INTO ${prefix}co_building_agreement (id, community_code, unit_name,"
                  + " unit_credit_code, signed_on, until_day, has_party_org, party_reported_on,"
                  + " version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)",
              a.id(),
              a.community().value(),
              a.unit(),
              a.unitCode() == null ? null : a.unitCode().value(),
              a.signed(),
              a.until(),
              a.unitHasPartyOrganisation(),
              a.partyReported());
          insertCommitments(s, a);
          return a.withVersion(1);
        });
  }

  @Override
  public CoBuildingAgreement updateAgreement(CoBuildingAgreement a) {
    return calls.call(
        "update co-building agreement " + a.id(),
        s -> {
          int rows =
              s.update(
                  "UPDATE ${prefix}co_building_agreement SET unit_name = ?, unit_credit_code = ?,"
                      + " signed_on = ?, until_day = ?, has_party_org = ?, party_reported_on = ?,"
                      + " version = version + 1 WHERE id = ? AND community_code = ? AND version = ?",
                  a.unit(),
                  a.unitCode() == null ? null : a.unitCode().value(),
                  a.signed(),
                  a.until(),
                  a.unitHasPartyOrganisation(),
                  a.partyReported(),
                  a.id(),
                  a.community().value(),
                  a.version());
          if (rows == 0) {
            throw s.staleOrMoved(
                "co-building agreement",
                "co_building_agreement",
                a.id(),
                a.version(),
                "community_code",
                a.community().value());
          }
          s.update("DELETE FROM ${prefix}co_building_commitment WHERE agreement_id = ?", a.id());
          insertCommitments(s, a);
          return a.withVersion(a.version() + 1);
        });
  }

  @Override
  public Optional<CoBuildingAgreement> findAgreement(String id) {
    return calls.call(
        "find co-building agreement", s -> agreements(s, "WHERE id = ?", id).stream().findFirst());
  }

  @Override
  public List<CoBuildingAgreement> agreementsOf(DivisionCode community) {
    return calls.call(
        "find co-building agreements of community",
        s -> agreements(s, "WHERE community_code = ? ORDER BY id", community.value()));
  }

  private static void insertCommitments(Session s, CoBuildingAgreement a) throws SQLException {
    List<String> commitments = a.commitments();
    s.batch(
        "INSERT INTO ${prefix}co_building_commitment (agreement_id, seq, commitment, community_code)"
            + " VALUES (?, ?, ?, ?)",
        java.util.stream.IntStream.range(0, commitments.size()).boxed().toList(),
        (st, i) -> {
          st.setString(1, a.id());
          st.setInt(2, i);
          st.setString(3, commitments.get(i));
          st.setString(4, a.community().value());
        });
  }

  private static List<CoBuildingAgreement> agreements(Session s, String where, Object parameter)
      throws SQLException {
    List<AgreementRow> bare = s.query(AGREEMENT + where, JdbcOrganisations::agreement, parameter);
    if (bare.isEmpty()) {
      return List.of();
    }
    java.util.Map<String, List<String>> commitments =
        s.queryGrouped(
            "SELECT agreement_id, commitment FROM ${prefix}co_building_commitment WHERE"
                + " agreement_id IN (SELECT id FROM ${prefix}co_building_agreement "
                + where.replaceFirst(" ORDER BY .*", "")
                + ") ORDER BY agreement_id, seq",
            r -> r.getString(1),
            r -> r.getString(2),
            parameter);
    return bare.stream()
        .map(
            a ->
                new CoBuildingAgreement(
                    a.id(),
                    a.community(),
                    a.unit(),
                    a.unitCode(),
                    commitments.getOrDefault(a.id(), List.of()),
                    a.signed(),
                    a.until(),
                    a.unitHasPartyOrganisation(),
                    a.partyReported(),
                    a.version()))
        .toList();
  }

  /** An agreement's row, before its commitments are attached. */
  private record AgreementRow(
      String id,
      DivisionCode community,
      String unit,
      @org.jspecify.annotations.Nullable CreditCode unitCode,
      LocalDate signed,
      LocalDate until,
      boolean unitHasPartyOrganisation,
      @org.jspecify.annotations.Nullable LocalDate partyReported,
      long version) {}

  private static AgreementRow agreement(ResultSet r) throws SQLException {
    String code = r.getString(4);
    return new AgreementRow(
        r.getString(1),
        DivisionCode.of(r.getString(2).strip()),
        r.getString(3),
        code == null ? null : CreditCode.of(code.strip()),
        r.getObject(5, LocalDate.class),
        r.getObject(6, LocalDate.class),
        r.getBoolean(7),
        r.getObject(8, LocalDate.class),
        r.getLong(9));
  }
}
