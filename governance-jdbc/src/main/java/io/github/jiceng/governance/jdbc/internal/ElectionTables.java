package io.github.jiceng.governance.jdbc.internal;

import io.github.jiceng.governance.base.IntegrityViolationException;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.election.Candidate;
import io.github.jiceng.governance.election.ElectionFigures;
import io.github.jiceng.governance.election.ElectionRecord;
import io.github.jiceng.governance.election.ElectionRound;
import io.github.jiceng.governance.election.Objection;
import io.github.jiceng.governance.election.ProxyRelation;
import io.github.jiceng.governance.election.ResidentsElection;
import io.github.jiceng.governance.election.VillageElection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The SQL of committee elections (V020): a counted round in one row of {@code election}, its
 * candidates, objections, proxy votes and election committee in child rows, all written once; and
 * the figures of an area counted in the database.
 */
final class ElectionTables {
  private ElectionTables() {}

  /** The electing body of a villagers' committee round; a residents' one stores its way. */
  private static final String VILLAGERS = "VILLAGERS";

  static void insert(Session s, ElectionRecord e) throws SQLException {
    ElectionRound r = e.round();
    String community =
        s.queryOne(
                "SELECT division_code FROM ${prefix}committee WHERE id = ?",
                row -> row.getString(1),
                e.committeeId())
            .orElseThrow(
                () ->
                    new IntegrityViolationException(
                        "election of committee "
                            + e.committeeId()
                            + ": the committee does not exist"));
    VillageElection v = r instanceof VillageElection ve ? ve : null;
    ResidentsElection re = r instanceof ResidentsElection x ? x : null;
    s.update(
        "INSERT INTO ${prefix}election (committee_id, voted_on, round_no, community_code,"
            + " electing_body, electors, ballots, seats, direct_election, group_count,"
            + " representatives, register_published, several_ethnic, secret_ballot, public_count,"
            + " announced_on_spot, proxies_published, decided)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        e.committeeId(),
        r.votedOn(),
        e.roundNumber(),
        community,
        re == null ? VILLAGERS : re.way().name(),
        r.electorCount(),
        r.ballotCount(),
        r.seats(),
        r.direct(),
        re == null ? 0 : re.groups(),
        re == null ? 0 : re.representatives(),
        v == null ? null : v.registerPublished(),
        v != null && v.severalEthnicGroups(),
        v != null && v.secretBallot(),
        v != null && v.publicCount(),
        v != null && v.announcedOnSpot(),
        v != null && v.proxiesPublished(),
        e.decided());
    List<Object[]> candidates = new ArrayList<>();
    for (Candidate c : r.candidates()) {
      candidates.add(new Object[] {c, e.elected().contains(c.key()), false});
    }
    if (v != null) {
      v.electedBefore().forEach(c -> candidates.add(new Object[] {c, false, true}));
    }
    Object[] key = {e.committeeId(), r.votedOn(), e.roundNumber(), community};
    int[] seq = {0};
    s.batch(
        "INSERT INTO ${prefix}election_candidate (committee_id, voted_on, round_no, seq,"
            + " community_code, candidate_key, votes, woman, smaller_ethnic, elected, elected_before)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        candidates,
        (st, row) -> {
          Candidate c = (Candidate) row[0];
          bindKey(st, key, ++seq[0]);
          st.setString(6, c.key());
          st.setInt(7, c.votes());
          st.setBoolean(8, c.woman());
          st.setBoolean(9, c.smallerEthnicGroup());
          st.setBoolean(10, (Boolean) row[1]);
          st.setBoolean(11, (Boolean) row[2]);
        });
    if (v == null) {
      return;
    }
    seq[0] = 0;
    s.batch(
        "INSERT INTO ${prefix}election_objection (committee_id, voted_on, round_no, seq,"
            + " community_code, raised_on, decided_on) VALUES (?, ?, ?, ?, ?, ?, ?)",
        v.objections(),
        (st, o) -> {
          bindKey(st, key, ++seq[0]);
          st.setObject(6, o.raised());
          st.setObject(7, o.decided());
        });
    seq[0] = 0;
    s.batch(
        "INSERT INTO ${prefix}election_proxy (committee_id, voted_on, round_no, seq, community_code,"
            + " relation)"
            + " VALUES (?, ?, ?, ?, ?, ?)",
        v.proxies(),
        (st, p) -> {
          bindKey(st, key, ++seq[0]);
          st.setString(6, p.name());
        });
    seq[0] = 0;
    s.batch(
        "INSERT INTO ${prefix}election_committee_member (committee_id, voted_on, round_no, seq,"
            + " community_code, member_key) VALUES (?, ?, ?, ?, ?, ?)",
        v.electionCommittee(),
        (st, member) -> {
          bindKey(st, key, ++seq[0]);
          st.setString(6, member);
        });
  }

  private static void bindKey(java.sql.PreparedStatement st, Object[] key, int seq)
      throws SQLException {
    st.setString(1, (String) key[0]);
    st.setObject(2, key[1]);
    st.setInt(3, (Integer) key[2]);
    st.setInt(4, seq);
    st.setString(5, (String) key[3]);
  }

  static List<ElectionRecord> of(Session s, String committeeId) throws SQLException {
    String where = " WHERE committee_id = ? ORDER BY voted_on, round_no, seq";
    Map<String, List<Object[]>> candidates =
        s.queryGrouped(
            "SELECT voted_on, round_no, candidate_key, votes, woman, smaller_ethnic, elected,"
                + " elected_before FROM ${prefix}election_candidate"
                + where,
            ElectionTables::roundKey,
            r ->
                new Object[] {
                  new Candidate(r.getString(3), r.getInt(4), r.getBoolean(5), r.getBoolean(6)),
                  r.getBoolean(7),
                  r.getBoolean(8)
                },
            committeeId);
    Map<String, List<Objection>> objections =
        s.queryGrouped(
            "SELECT voted_on, round_no, raised_on, decided_on FROM ${prefix}election_objection"
                + where,
            ElectionTables::roundKey,
            r -> new Objection(r.getObject(3, LocalDate.class), r.getObject(4, LocalDate.class)),
            committeeId);
    Map<String, List<ProxyRelation>> proxies =
        s.queryGrouped(
            "SELECT voted_on, round_no, relation FROM ${prefix}election_proxy" + where,
            ElectionTables::roundKey,
            r -> ProxyRelation.valueOf(r.getString(3)),
            committeeId);
    Map<String, List<String>> electionCommittee =
        s.queryGrouped(
            "SELECT voted_on, round_no, member_key FROM ${prefix}election_committee_member" + where,
            ElectionTables::roundKey,
            r -> r.getString(3),
            committeeId);
    return s.query(
        "SELECT voted_on, round_no, electing_body, electors, ballots, seats, group_count,"
            + " representatives, register_published, several_ethnic, secret_ballot, public_count,"
            + " announced_on_spot, proxies_published, decided FROM ${prefix}election"
            + " WHERE committee_id = ? ORDER BY voted_on, round_no",
        r -> {
          String key = roundKey(r);
          List<Object[]> rows = candidates.getOrDefault(key, List.of());
          List<Candidate> round = new ArrayList<>();
          List<Candidate> before = new ArrayList<>();
          List<String> elected = new ArrayList<>();
          for (Object[] row : rows) {
            Candidate c = (Candidate) row[0];
            ((Boolean) row[2] ? before : round).add(c);
            if ((Boolean) row[1]) {
              elected.add(c.key());
            }
          }
          ElectionRound counted =
              read(
                  r,
                  round,
                  before,
                  objections.getOrDefault(key, List.of()),
                  proxies.getOrDefault(key, List.of()),
                  electionCommittee.getOrDefault(key, List.of()));
          // the elected come back most votes first, as they were recorded
          List<String> ordered =
              counted.byVotes().stream().map(Candidate::key).filter(elected::contains).toList();
          return new ElectionRecord(committeeId, counted, r.getBoolean(15), ordered);
        },
        committeeId);
  }

  private static ElectionRound read(
      ResultSet r,
      List<Candidate> candidates,
      List<Candidate> before,
      List<Objection> objections,
      List<ProxyRelation> proxies,
      List<String> electionCommittee)
      throws SQLException {
    LocalDate day = r.getObject(1, LocalDate.class);
    String body = r.getString(3);
    if (!VILLAGERS.equals(body)) {
      return new ResidentsElection(
          ResidentsElection.Way.valueOf(body),
          r.getInt(7),
          r.getInt(8),
          r.getInt(4),
          r.getInt(5),
          r.getInt(6),
          candidates,
          day);
    }
    return new VillageElection(
        r.getInt(4),
        r.getObject(9, LocalDate.class),
        day,
        objections,
        r.getInt(6),
        candidates,
        r.getInt(5),
        r.getInt(2) == 2,
        r.getBoolean(10),
        r.getBoolean(11),
        r.getBoolean(12),
        r.getBoolean(13),
        proxies,
        r.getBoolean(14),
        before,
        electionCommittee);
  }

  private static String roundKey(ResultSet r) throws SQLException {
    return r.getObject(1, LocalDate.class) + "/" + r.getInt(2);
  }

  static ElectionFigures figures(
      Session s, DivisionCode area, boolean below, LocalDate from, LocalDate to)
      throws SQLException {
    DivisionTable.AreaFilter filter = DivisionTable.AreaFilter.of("e.community_code", area, below);
    List<Object> parameters = new ArrayList<>(filter.parameters());
    parameters.add(from);
    parameters.add(to);
    String where = filter.sql() + " AND e.voted_on >= ? AND e.voted_on <= ?";
    // plain aggregates of plain columns, which a sharding layer (ShardingSphere) merges across
    // shards: a distinct count of a CASE expression it cannot rewrite
    long elected =
        count(
            s,
            "SELECT COUNT(DISTINCT e.committee_id) FROM ${prefix}election e WHERE e.round_no = 1"
                + " AND "
                + where,
            parameters);
    String direct =
        " FROM ${prefix}election e WHERE e.round_no = 1 AND e.direct_election = TRUE AND " + where;
    long directly = count(s, "SELECT COUNT(DISTINCT e.committee_id)" + direct, parameters);
    long[] turnout =
        s.queryOne(
                "SELECT SUM(e.electors) AS electors_sum, SUM(e.ballots) AS ballots_sum" + direct,
                r -> new long[] {r.getLong(1), r.getLong(2)},
                parameters.toArray())
            .orElse(new long[2]);
    long[] first = {elected, directly, turnout[0], turnout[1]};
    long decided =
        count(
            s,
            "SELECT COUNT(DISTINCT e.committee_id) FROM ${prefix}election e WHERE e.decided = TRUE"
                + " AND "
                + where,
            parameters);
    long women =
        count(
            s,
            "SELECT COUNT(DISTINCT e.committee_id) FROM ${prefix}election e"
                + " JOIN ${prefix}election_candidate c ON c.committee_id = e.committee_id"
                + " AND c.voted_on = e.voted_on AND c.round_no = e.round_no"
                + " WHERE e.decided = TRUE AND c.woman = TRUE"
                + " AND (c.elected = TRUE OR c.elected_before = TRUE) AND "
                + where,
            parameters);
    DivisionTable.AreaFilter trees = DivisionTable.AreaFilter.of("t.community_code", area, below);
    long partyCommunities =
        count(
            s,
            "SELECT COUNT(DISTINCT t.community_code) FROM ${prefix}party_tree t WHERE "
                + trees.sql(),
            trees.parameters());
    List<Object> onDay = new ArrayList<>(trees.parameters());
    onDay.add(to);
    onDay.add(to);
    String leaders =
        "SELECT COUNT(DISTINCT t.community_code) FROM ${prefix}party_tree t"
            + " JOIN ${prefix}party_leader l ON l.tree_id = t.id"
            + " JOIN ${prefix}party_organization o ON o.tree_id = l.tree_id"
            + " AND o.id = l.organization_id WHERE "
            + trees.sql()
            + " AND l.term_start <= ? AND l.term_end >= ? AND l.cross_committee_id IS NOT NULL";
    long crossAppointed = count(s, leaders, onDay);
    long oneShoulder =
        count(
            s,
            leaders
                + " AND o.parent_id IS NULL AND l.leader_role = 'SECRETARY'"
                + " AND l.cross_role = 'DIRECTOR'",
            onDay);
    return new ElectionFigures(
        first[0],
        first[1],
        first[2],
        first[3],
        decided,
        women,
        partyCommunities,
        oneShoulder,
        crossAppointed);
  }

  private static long count(Session s, String sql, List<Object> parameters) throws SQLException {
    return s.queryOne(sql, r -> r.getLong(1), parameters.toArray()).orElse(0L);
  }
}
