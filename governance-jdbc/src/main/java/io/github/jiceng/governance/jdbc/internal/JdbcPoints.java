package io.github.jiceng.governance.jdbc.internal;

import io.github.jiceng.governance.base.IntegrityViolationException;
import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.points.PointsAccount;
import io.github.jiceng.governance.points.PointsEntry;
import io.github.jiceng.governance.points.PointsProgram;
import io.github.jiceng.governance.spi.PointsRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * The JDBC repository of points accounts and their ledgers: an entry is appended with the account's
 * update guarded by its version, in one transaction; the (account, sequence) key makes a second
 * entry at one place impossible too.
 */
public final class JdbcPoints implements PointsRepository {
  private static final String ACCOUNT =
      "SELECT id, community_code, program, holder, balance, entries, version"
          + " FROM ${prefix}points_account ";

  private final Calls calls;

  public JdbcPoints(Calls calls) {
    this.calls = calls;
  }

  @Override
  public PointsAccount open(PointsAccount a) {
    return calls.call(
        "open points account " + a.id(),
        s -> {
          if (!s.exists("SELECT 1 FROM ${prefix}division WHERE code = ?", a.community().value())) {
            throw new IntegrityViolationException(
                "points account " + a.id() + ": community " + a.community() + " does not exist");
          }
          s.update(
              "INSERT INTO ${prefix}points_account (id, community_code, program, holder, balance,"
                  + " entries, version) VALUES (?, ?, ?, ?, ?, ?, 1)",
              a.id(),
              a.community().value(),
              a.program().name(),
              a.holder(),
              a.balance(),
              a.entries());
          return a.withVersion(1);
        });
  }

  @Override
  public Optional<PointsAccount> find(String id) {
    return calls.call(
        "find points account", s -> s.queryOne(ACCOUNT + "WHERE id = ?", JdbcPoints::account, id));
  }

  @Override
  public List<PointsAccount> findByCommunity(DivisionCode community) {
    return calls.call(
        "find points accounts of community",
        s ->
            s.query(
                ACCOUNT + "WHERE community_code = ? ORDER BY id",
                JdbcPoints::account,
                community.value()));
  }

  @Override
  public PointsAccount append(PointsAccount next, PointsEntry e) {
    if (!e.accountId().equals(next.id()) || e.sequence() != next.entries()) {
      throw InvalidInputException.of(
          "points account " + next.id(), "entry", "must be the account's next entry");
    }
    return calls.call(
        "append to points account " + next.id(),
        s -> {
          int rows =
              s.update(
                  "UPDATE ${prefix}points_account SET balance = ?, entries = ?, version = version + 1"
                      + " WHERE id = ? AND community_code = ? AND version = ?",
                  next.balance(),
                  next.entries(),
                  next.id(),
                  next.community().value(),
                  next.version());
          if (rows == 0) {
            throw s.staleOrMoved(
                "points account",
                "points_account",
                next.id(),
                next.version(),
                "community_code",
                next.community().value());
          }
          s.update(
              "INSERT INTO ${prefix}points_entry (account_id, seq, kind, amount, deed, score_month,"
                  + " on_day, actor, note, community_code) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
              e.accountId(),
              e.sequence(),
              e.kind().name(),
              e.amount(),
              e.deed(),
              e.month() == null ? null : e.month().toString(),
              e.on(),
              e.actor(),
              e.note(),
              next.community().value());
          return next.withVersion(next.version() + 1);
        });
  }

  @Override
  public List<PointsEntry> ledger(String accountId) {
    return calls.call(
        "read points ledger",
        s ->
            s.query(
                "SELECT account_id, seq, kind, amount, deed, score_month, on_day, actor, note"
                    + " FROM ${prefix}points_entry WHERE account_id = ? ORDER BY seq",
                JdbcPoints::entry,
                accountId));
  }

  private static PointsAccount account(ResultSet r) throws SQLException {
    return new PointsAccount(
        r.getString(1),
        DivisionCode.of(r.getString(2).strip()),
        PointsProgram.valueOf(r.getString(3)),
        r.getString(4),
        r.getLong(5),
        r.getInt(6),
        r.getLong(7));
  }

  private static PointsEntry entry(ResultSet r) throws SQLException {
    String month = r.getString(6);
    return new PointsEntry(
        r.getString(1),
        r.getInt(2),
        PointsEntry.Kind.valueOf(r.getString(3)),
        r.getLong(4),
        r.getString(5),
        month == null ? null : YearMonth.parse(month.strip()),
        r.getObject(7, LocalDate.class),
        r.getString(8),
        r.getString(9));
  }
}
