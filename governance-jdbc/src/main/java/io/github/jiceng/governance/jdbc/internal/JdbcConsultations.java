package io.github.jiceng.governance.jdbc.internal;

import io.github.jiceng.governance.base.IntegrityViolationException;
import io.github.jiceng.governance.committee.AttendanceBasis;
import io.github.jiceng.governance.consultation.Consultation;
import io.github.jiceng.governance.consultation.ConsultationForm;
import io.github.jiceng.governance.consultation.ConsultationParty;
import io.github.jiceng.governance.consultation.CouncilProject;
import io.github.jiceng.governance.consultation.ResidentsCouncil;
import io.github.jiceng.governance.consultation.Vote;
import io.github.jiceng.governance.consultation.VoterGroup;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.spi.ConsultationRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * The JDBC repository of consultations (with their vote groups), residents' councils (with their
 * members) and council projects. An update never sets a record's community or council: they are in
 * the {@code WHERE}, so a record cannot be moved by an update.
 */
public final class JdbcConsultations implements ConsultationRepository {
  private static final String CONSULTATION =
      "SELECT id, community_code, matter, raised_by, form, consulted, held_on, vote_basis,"
          + " vote_notice_on, version FROM ${prefix}consultation ";
  private static final String COUNCIL =
      "SELECT id, community_code, name, households, established_on, version"
          + " FROM ${prefix}residents_council ";
  private static final String PROJECT =
      "SELECT id, council_id, title, approved_on, started_on, closed_on, accepted_on, version"
          + " FROM ${prefix}council_project ";

  private final Calls calls;

  public JdbcConsultations(Calls calls) {
    this.calls = calls;
  }

  @Override
  public Consultation record(Consultation c) {
    return calls.call(
        "record consultation " + c.id(),
        s -> {
          requireCommunity(s, "consultation " + c.id(), c.community());
          Vote vote = c.vote();
          s.update(
              "INSERT INTO ${prefix}consultation (id, community_code, matter, raised_by, form,"
                  + " consulted, held_on, vote_basis, vote_notice_on, version)"
                  + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
              c.id(),
              c.community().value(),
              c.matter(),
              c.raisedBy().name(),
              c.form().name(),
              c.consulted().stream().map(Enum::name).collect(Collectors.joining(",")),
              c.held(),
              vote == null ? null : vote.basis().name(),
              vote == null ? null : vote.noticeDate());
          if (vote != null) {
            List<VoterGroup> groups = vote.groups();
            s.batch(
                "INSERT INTO ${prefix}consultation_vote_group (consultation_id, seq, name, eligible,"
                    + " present, votes_for, votes_against, abstentions, community_code)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                IntStream.range(0, groups.size()).boxed().toList(),
                (st, i) -> {
                  VoterGroup g = groups.get(i);
                  st.setString(1, c.id());
                  st.setInt(2, i);
                  st.setString(3, g.name());
                  st.setInt(4, g.eligible());
                  st.setInt(5, g.present());
                  st.setInt(6, g.votesFor());
                  st.setInt(7, g.votesAgainst());
                  st.setInt(8, g.abstentions());
                  st.setString(9, c.community().value());
                });
          }
          return c.withVersion(1);
        });
  }

  @Override
  public Optional<Consultation> find(String id) {
    return calls.call(
        "find consultation", s -> consultations(s, "WHERE id = ?", id).stream().findFirst());
  }

  @Override
  public List<Consultation> findByCommunity(DivisionCode community) {
    return calls.call(
        "find consultations of community",
        s -> consultations(s, "WHERE community_code = ? ORDER BY held_on, id", community.value()));
  }

  @Override
  public ResidentsCouncil addCouncil(ResidentsCouncil c) {
    return calls.call(
        "add residents' council " + c.id(),
        s -> {
          requireCommunity(s, "residents' council " + c.id(), c.community());
          s.update(
              "INSERT INTO ${prefix}residents_council (id, community_code, name, households,"
                  + " established_on, version) VALUES (?, ?, ?, ?, ?, 1)",
              c.id(),
              c.community().value(),
              c.name(),
              c.households(),
              c.established());
          insertMembers(s, c);
          return c.withVersion(1);
        });
  }

  @Override
  public ResidentsCouncil updateCouncil(ResidentsCouncil c) {
    return calls.call(
        "update residents' council " + c.id(),
        s -> {
          int rows =
              s.update(
                  "UPDATE ${prefix}residents_council SET name = ?, households = ?,"
                      + " established_on = ?, version = version + 1"
                      + " WHERE id = ? AND community_code = ? AND version = ?",
                  c.name(),
                  c.households(),
                  c.established(),
                  c.id(),
                  c.community().value(),
                  c.version());
          if (rows == 0) {
            throw s.staleOrMoved(
                "residents' council",
                "residents_council",
                c.id(),
                c.version(),
                "community_code",
                c.community().value());
          }
          s.update("DELETE FROM ${prefix}council_member WHERE council_id = ?", c.id());
          insertMembers(s, c);
          return c.withVersion(c.version() + 1);
        });
  }

  @Override
  public Optional<ResidentsCouncil> findCouncil(String id) {
    return calls.call(
        "find residents' council", s -> councils(s, "WHERE id = ?", id).stream().findFirst());
  }

  @Override
  public List<ResidentsCouncil> councilsOf(DivisionCode community) {
    return calls.call(
        "find residents' councils of community",
        s -> councils(s, "WHERE community_code = ? ORDER BY id", community.value()));
  }

  @Override
  public CouncilProject addProject(CouncilProject p) {
    return calls.call(
        "add council project " + p.id(),
        s -> {
          String community =
              s.queryOne(
                      "SELECT community_code FROM ${prefix}residents_council WHERE id = ?",
                      r -> r.getString(1),
                      p.councilId())
                  .orElseThrow(
                      () ->
                          new IntegrityViolationException(
                              "council project "
                                  + p.id()
                                  + ": council "
                                  + p.councilId()
                                  + " does not exist"));
          s.update(
              "INSERT INTO ${prefix}council_project (id, council_id, title, approved_on,"
                  + " started_on, closed_on, accepted_on, community_code, version)"
                  + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)",
              p.id(),
              p.councilId(),
              p.title(),
              day(p, 0),
              day(p, 1),
              day(p, 2),
              day(p, 3),
              community);
          return p.withVersion(1);
        });
  }

  @Override
  public CouncilProject updateProject(CouncilProject p) {
    return calls.call(
        "update council project " + p.id(),
        s -> {
          // the stored project's community (V022), so that a sharded store writes one shard
          String community =
              s.queryOne(
                      "SELECT community_code FROM ${prefix}council_project WHERE id = ?",
                      r -> r.getString(1),
                      p.id())
                  .orElse("");
          int rows =
              s.update(
                  "UPDATE ${prefix}council_project SET title = ?, approved_on = ?, started_on = ?,"
                      + " closed_on = ?, accepted_on = ?, version = version + 1"
                      + " WHERE id = ? AND council_id = ? AND community_code = ? AND version = ?",
                  p.title(),
                  day(p, 0),
                  day(p, 1),
                  day(p, 2),
                  day(p, 3),
                  p.id(),
                  p.councilId(),
                  community,
                  p.version());
          if (rows == 0) {
            throw s.staleOrMoved(
                "council project",
                "council_project",
                p.id(),
                p.version(),
                "council_id",
                p.councilId());
          }
          return p.withVersion(p.version() + 1);
        });
  }

  @Override
  public Optional<CouncilProject> findProject(String id) {
    return calls.call(
        "find council project",
        s -> s.queryOne(PROJECT + "WHERE id = ?", JdbcConsultations::project, id));
  }

  @Override
  public List<CouncilProject> projectsOf(String councilId) {
    return calls.call(
        "find council projects",
        s ->
            s.query(
                PROJECT + "WHERE council_id = ? ORDER BY id",
                JdbcConsultations::project,
                councilId));
  }

  private static void requireCommunity(Session s, String what, DivisionCode community)
      throws SQLException {
    if (!s.exists("SELECT 1 FROM ${prefix}division WHERE code = ?", community.value())) {
      throw new IntegrityViolationException(what + ": community " + community + " does not exist");
    }
  }

  private static void insertMembers(Session s, ResidentsCouncil c) throws SQLException {
    List<String> members = c.members();
    s.batch(
        "INSERT INTO ${prefix}council_member (council_id, seq, member_key, community_code)"
            + " VALUES (?, ?, ?, ?)",
        IntStream.range(0, members.size()).boxed().toList(),
        (st, i) -> {
          st.setString(1, c.id());
          st.setInt(2, i);
          st.setString(3, members.get(i));
          st.setString(4, c.community().value());
        });
  }

  private static @Nullable LocalDate day(CouncilProject p, int stage) {
    return stage < p.days().size() ? p.days().get(stage) : null;
  }

  /** A consultation's row, before its vote groups are attached. */
  private record Row(
      String id,
      DivisionCode community,
      String matter,
      ConsultationParty raisedBy,
      ConsultationForm form,
      Set<ConsultationParty> consulted,
      LocalDate held,
      @Nullable AttendanceBasis basis,
      @Nullable LocalDate notice,
      long version) {}

  private static List<Consultation> consultations(Session s, String where, Object parameter)
      throws SQLException {
    List<Row> rows = s.query(CONSULTATION + where, JdbcConsultations::row, parameter);
    if (rows.isEmpty()) {
      return List.of();
    }
    String filter = where.replaceFirst(" ORDER BY .*", "");
    Map<String, List<VoterGroup>> groups =
        s.queryGrouped(
            "SELECT consultation_id, name, eligible, present, votes_for, votes_against, abstentions"
                + " FROM ${prefix}consultation_vote_group WHERE consultation_id IN (SELECT id FROM"
                + " ${prefix}consultation "
                + filter
                + ") ORDER BY consultation_id, seq",
            r -> r.getString(1),
            r ->
                new VoterGroup(
                    r.getString(2),
                    r.getInt(3),
                    r.getInt(4),
                    r.getInt(5),
                    r.getInt(6),
                    r.getInt(7)),
            parameter);
    List<Consultation> found = new ArrayList<>(rows.size());
    for (Row row : rows) {
      Vote vote =
          row.basis() == null
              ? null
              : new Vote(
                  row.form(), row.basis(), groups.getOrDefault(row.id(), List.of()), row.notice());
      found.add(
          new Consultation(
              row.id(),
              row.community(),
              row.matter(),
              row.raisedBy(),
              row.form(),
              row.consulted(),
              row.held(),
              vote,
              row.version()));
    }
    return found;
  }

  private static Row row(ResultSet r) throws SQLException {
    Set<ConsultationParty> consulted = EnumSet.noneOf(ConsultationParty.class);
    String written = r.getString(6);
    if (!written.isEmpty()) {
      for (String party : written.split(",", -1)) {
        consulted.add(ConsultationParty.valueOf(party));
      }
    }
    String basis = r.getString(8);
    return new Row(
        r.getString(1),
        DivisionCode.of(r.getString(2).strip()),
        r.getString(3),
        ConsultationParty.valueOf(r.getString(4)),
        ConsultationForm.valueOf(r.getString(5)),
        consulted,
        r.getObject(7, LocalDate.class),
        basis == null ? null : AttendanceBasis.valueOf(basis),
        r.getObject(9, LocalDate.class),
        r.getLong(10));
  }

  private static List<ResidentsCouncil> councils(Session s, String where, Object parameter)
      throws SQLException {
    List<ResidentsCouncil> bare = s.query(COUNCIL + where, JdbcConsultations::council, parameter);
    if (bare.isEmpty()) {
      return List.of();
    }
    Map<String, List<String>> members =
        s.queryGrouped(
            "SELECT council_id, member_key FROM ${prefix}council_member WHERE council_id IN"
                + " (SELECT id FROM ${prefix}residents_council "
                + where.replaceFirst(" ORDER BY .*", "")
                + ") ORDER BY council_id, seq",
            r -> r.getString(1),
            r -> r.getString(2),
            parameter);
    return bare.stream()
        .map(
            c ->
                new ResidentsCouncil(
                    c.id(),
                    c.community(),
                    c.name(),
                    c.households(),
                    members.getOrDefault(c.id(), List.of()),
                    c.established(),
                    c.version()))
        .toList();
  }

  private static ResidentsCouncil council(ResultSet r) throws SQLException {
    return new ResidentsCouncil(
        r.getString(1),
        DivisionCode.of(r.getString(2).strip()),
        r.getString(3),
        r.getInt(4),
        List.of(),
        r.getObject(5, LocalDate.class),
        r.getLong(6));
  }

  private static CouncilProject project(ResultSet r) throws SQLException {
    List<LocalDate> days = new ArrayList<>();
    for (int column = 4; column <= 7; column++) {
      LocalDate day = r.getObject(column, LocalDate.class);
      if (day == null) {
        break;
      }
      days.add(day);
    }
    return new CouncilProject(r.getString(1), r.getString(2), r.getString(3), days, r.getLong(8));
  }
}
