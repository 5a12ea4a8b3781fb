package io.github.jiceng.governance.jdbc.internal;

import io.github.jiceng.governance.cases.Dispute;
import io.github.jiceng.governance.cases.MediationFigures;
import io.github.jiceng.governance.cases.MediationLine;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.spi.DisputeRepository;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The JDBC repository of disputes (tables {@code dispute}, {@code dispute_attempt}): each call runs
 * its SQL through {@link Calls}; the figures are counted in the database.
 */
public final class JdbcDisputes implements DisputeRepository {
  private final Calls calls;

  public JdbcDisputes(Calls calls) {
    this.calls = calls;
  }

  @Override
  public Dispute insert(Dispute d) {
    return calls.call(
        "insert dispute " + d.id(),
        s -> {
          s.update(
              "INSERT INTO ${prefix}dispute (id, community_code, subject, major, reported_on)"
                  + " VALUES (?, ?, ?, ?, ?)",
              d.id(),
              d.community().value(),
              d.subject(),
              d.major(),
              d.reportedOn());
          for (int i = 0; i < d.attempts().size(); i++) {
            append(s, d.id(), d.community().value(), i + 1, d.attempts().get(i));
          }
          return d;
        });
  }

  @Override
  public Dispute appendAttempt(Dispute next) {
    int seq = next.attempts().size();
    try {
      return calls.call(
          "append a mediation attempt to dispute " + next.id(), s -> append(s, next, seq));
    } catch (io.github.jiceng.governance.base.DuplicateKeyException e) {
      // another writer appended the same attempt between our count and our insert
      throw new io.github.jiceng.governance.base.WriteConflictException(
          "dispute " + next.id() + ": attempt " + seq + " was recorded by someone else first");
    }
  }

  private static Dispute append(Session s, Dispute next, int seq) throws SQLException {
    // the stored dispute's community, not the caller's copy's: the attempt lives with the dispute
    Object[] stored =
        s.queryOne(
                "SELECT COUNT(a.seq), d.community_code FROM ${prefix}dispute d"
                    + " LEFT JOIN ${prefix}dispute_attempt a ON a.dispute_id = d.id"
                    + " WHERE d.id = ? GROUP BY d.id, d.community_code",
                r -> new Object[] {r.getInt(1), r.getString(2)},
                next.id())
            .orElseThrow(
                () ->
                    new io.github.jiceng.governance.base.NotFoundException(
                        "dispute " + next.id() + " is not stored"));
    int count = (Integer) stored[0];
    if (count + 1 != seq) {
      throw new io.github.jiceng.governance.base.WriteConflictException(
          "dispute "
              + next.id()
              + " has "
              + count
              + " attempts stored; yours follows "
              + (seq - 1));
    }
    // the key (dispute, seq) lets only one of two writers of the same attempt in
    append(s, next.id(), (String) stored[1], seq, next.attempts().get(seq - 1));
    return next;
  }

  private static void append(Session s, String id, String community, int seq, Dispute.Attempt a)
      throws SQLException {
    s.update(
        "INSERT INTO ${prefix}dispute_attempt (dispute_id, seq, mediation_line, on_day, settled,"
            + " note, community_code) VALUES (?, ?, ?, ?, ?, ?, ?)",
        id,
        seq,
        a.line().name(),
        a.on(),
        a.settled(),
        a.note(),
        community);
  }

  @Override
  public Optional<Dispute> find(String id) {
    List<Dispute> found = calls.call("find dispute", s -> disputes(s, "d.id = ?", id));
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  @Override
  public List<Dispute> findByCommunity(DivisionCode community, LocalDate from, LocalDate to) {
    return calls.call(
        "find disputes of a community",
        s ->
            disputes(
                s,
                "d.community_code = ? AND d.reported_on >= ? AND d.reported_on <= ?",
                community.value(),
                from,
                to));
  }

  private static List<Dispute> disputes(Session s, String where, Object... parameters)
      throws SQLException {
    Map<String, List<Dispute.Attempt>> attempts =
        s.queryGrouped(
            "SELECT a.dispute_id, a.mediation_line, a.on_day, a.settled, a.note"
                + " FROM ${prefix}dispute_attempt a JOIN ${prefix}dispute d ON d.id = a.dispute_id"
                + " WHERE "
                + where
                + " ORDER BY a.dispute_id, a.seq",
            r -> r.getString(1),
            r ->
                new Dispute.Attempt(
                    MediationLine.valueOf(r.getString(2)),
                    r.getObject(3, LocalDate.class),
                    r.getBoolean(4),
                    r.getString(5)),
            parameters);
    return s.query(
        "SELECT d.id, d.community_code, d.subject, d.major, d.reported_on FROM ${prefix}dispute d"
            + " WHERE "
            + where
            + " ORDER BY d.id",
        r ->
            new Dispute(
                r.getString(1),
                DivisionCode.of(r.getString(2).strip()),
                r.getString(3),
                r.getBoolean(4),
                r.getObject(5, LocalDate.class),
                attempts.getOrDefault(r.getString(1), List.of())),
        parameters);
  }

  @Override
  public MediationFigures figures(DivisionCode area, boolean below, LocalDate from, LocalDate to) {
    return calls.call(
        "count mediation figures",
        s -> {
          DivisionTable.AreaFilter filter =
              DivisionTable.AreaFilter.of("d.community_code", area, below);
          List<Object> parameters = new ArrayList<>(filter.parameters());
          String where = filter.sql() + " AND d.reported_on >= ? AND d.reported_on <= ?";
          parameters.add(from);
          parameters.add(to);
          long disputes =
              s.queryOne(
                      "SELECT COUNT(*) FROM ${prefix}dispute d WHERE " + where,
                      r -> r.getLong(1),
                      parameters.toArray())
                  .orElse(0L);
          Map<MediationLine, Long> settledBy = new EnumMap<>(MediationLine.class);
          long referred = 0;
          // a dispute has at most one settled attempt and at most one at the judicial line
          for (Object[] row :
              s.query(
                  "SELECT a.mediation_line, a.settled, COUNT(*) FROM ${prefix}dispute_attempt a"
                      + " JOIN ${prefix}dispute d ON d.id = a.dispute_id WHERE "
                      + where
                      + " AND (a.settled = TRUE OR a.mediation_line = 'JUDICIAL')"
                      + " GROUP BY a.mediation_line, a.settled",
                  r -> new Object[] {r.getString(1), r.getBoolean(2), r.getLong(3)},
                  parameters.toArray())) {
            MediationLine line = MediationLine.valueOf((String) row[0]);
            long count = (Long) row[2];
            if (line == MediationLine.JUDICIAL) {
              referred += count;
            } else {
              settledBy.merge(line, count, Long::sum);
            }
          }
          long settled = settledBy.values().stream().mapToLong(Long::longValue).sum();
          return new MediationFigures(
              disputes, settled, referred, disputes - settled - referred, settledBy);
        });
  }
}
