package io.github.jiceng.governance.jdbc.internal;

import io.github.jiceng.governance.committee.Committee;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.spi.CommitteeRepository;
import java.util.List;
import java.util.Optional;

/** The JDBC repository of committees: each call runs its SQL through {@link Calls}. */
public final class JdbcCommittees implements CommitteeRepository {
  private final Calls calls;

  public JdbcCommittees(Calls calls) {
    this.calls = calls;
  }

  @Override
  public Committee insert(Committee committee) {
    return calls.call(
        "insert committee " + committee.id(), s -> CommitteeTable.insert(s, committee));
  }

  @Override
  public Committee update(Committee committee) {
    return calls.call(
        "update committee " + committee.id(), s -> CommitteeTable.update(s, committee));
  }

  @Override
  public boolean delete(String id, long expectedVersion) {
    return calls.call("delete committee " + id, s -> CommitteeTable.delete(s, id, expectedVersion));
  }

  @Override
  public Optional<Committee> find(String id) {
    return calls.call("find committee", s -> CommitteeTable.find(s, id));
  }

  @Override
  public List<Committee> findByDivision(DivisionCode division) {
    return calls.call(
        "find committees of division", s -> CommitteeTable.findByDivision(s, division));
  }

  @Override
  public List<Committee> findWithin(DivisionCode ancestor) {
    return calls.call("find committees within", s -> CommitteeTable.findWithin(s, ancestor));
  }

  @Override
  public void recordPublication(
      String committeeId, io.github.jiceng.governance.openness.Publication p) {
    calls.call(
        "record publication of committee " + committeeId,
        s -> {
          String community = requireCommittee(s, committeeId, "publication");
          return s.update(
              "INSERT INTO ${prefix}openness_publication (committee_id, on_day, kind, matter_key,"
                  + " community_code) VALUES (?, ?, ?, ?, ?)",
              committeeId,
              p.on(),
              p.kind().name(),
              p.matter() == null ? "" : p.matter(),
              community);
        });
  }

  @Override
  public List<io.github.jiceng.governance.openness.Publication> publicationsOf(String committeeId) {
    List<io.github.jiceng.governance.openness.Publication> log =
        calls.call(
            "find publications of committee",
            s ->
                s.query(
                    "SELECT kind, on_day, matter_key FROM ${prefix}openness_publication"
                        + " WHERE committee_id = ? ORDER BY on_day",
                    r -> {
                      String matter = r.getString(3);
                      return new io.github.jiceng.governance.openness.Publication(
                          io.github.jiceng.governance.openness.PublicationKind.valueOf(
                              r.getString(1)),
                          r.getObject(2, java.time.LocalDate.class),
                          matter == null || matter.isEmpty() ? null : matter);
                    },
                    committeeId));
    // within a day, in the order the kinds are declared, as every store gives them
    return log.stream()
        .sorted(
            java.util.Comparator.comparing(io.github.jiceng.governance.openness.Publication::on)
                .thenComparing(io.github.jiceng.governance.openness.Publication::kind))
        .toList();
  }

  @Override
  public void recordMajorMatter(
      String committeeId, io.github.jiceng.governance.openness.MajorMatter m) {
    calls.call(
        "record major matter of committee " + committeeId,
        s -> {
          String community = requireCommittee(s, committeeId, "major matter");
          return s.update(
              "INSERT INTO ${prefix}openness_major_matter (committee_id, matter_key, decided_on,"
                  + " community_code) VALUES (?, ?, ?, ?)",
              committeeId,
              m.key(),
              m.decided(),
              community);
        });
  }

  @Override
  public List<io.github.jiceng.governance.openness.MajorMatter> majorMattersOf(String committeeId) {
    return calls.call(
        "find major matters of committee",
        s ->
            s.query(
                "SELECT matter_key, decided_on FROM ${prefix}openness_major_matter"
                    + " WHERE committee_id = ? ORDER BY decided_on, matter_key",
                r ->
                    new io.github.jiceng.governance.openness.MajorMatter(
                        r.getString(1), r.getObject(2, java.time.LocalDate.class)),
                committeeId));
  }

  @Override
  public void recordElection(io.github.jiceng.governance.election.ElectionRecord election) {
    String what = election.describe();
    try {
      calls.call(
          "record " + what,
          s -> {
            ElectionTables.insert(s, election);
            return election;
          });
    } catch (io.github.jiceng.governance.base.DuplicateKeyException e) {
      // the message names the round rather than the table's key columns
      throw new io.github.jiceng.governance.base.DuplicateKeyException(
          what + " is already recorded", e);
    }
  }

  @Override
  public List<io.github.jiceng.governance.election.ElectionRecord> electionsOf(String committeeId) {
    return calls.call("find elections of committee", s -> ElectionTables.of(s, committeeId));
  }

  @Override
  public io.github.jiceng.governance.election.ElectionFigures electionFigures(
      DivisionCode area, boolean below, java.time.LocalDate from, java.time.LocalDate to) {
    return calls.call(
        "count election figures", s -> ElectionTables.figures(s, area, below, from, to));
  }

  /** The community of the committee, which its log's rows carry; refused if it is not stored. */
  private static String requireCommittee(Session s, String committeeId, String what)
      throws java.sql.SQLException {
    return s.queryOne(
            "SELECT division_code FROM ${prefix}committee WHERE id = ?",
            r -> r.getString(1),
            committeeId)
        .orElseThrow(
            () ->
                new io.github.jiceng.governance.base.IntegrityViolationException(
                    what + " of committee " + committeeId + ": the committee does not exist"));
  }
}
