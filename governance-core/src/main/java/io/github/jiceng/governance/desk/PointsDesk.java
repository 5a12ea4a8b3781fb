package io.github.jiceng.governance.desk;

import static io.github.jiceng.governance.desk.DeskSetup.required;

import io.github.jiceng.governance.audit.AuditAction;
import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.base.NotFoundException;
import io.github.jiceng.governance.people.VolunteerRules;
import io.github.jiceng.governance.points.EntryRefusedException;
import io.github.jiceng.governance.points.PointsAccount;
import io.github.jiceng.governance.points.PointsEntry;
import io.github.jiceng.governance.points.PointsFacts;
import io.github.jiceng.governance.points.PointsProgram;
import io.github.jiceng.governance.points.PointsRules;
import io.github.jiceng.governance.policy.Compliance;
import io.github.jiceng.governance.policy.Decision;
import io.github.jiceng.governance.scope.Reach;
import io.github.jiceng.governance.spi.GovernanceStore;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The points desk (道德积分银行, 时间银行): opens accounts, scores deeds and records redemptions in a moral
 * points bank, deposits and withdraws volunteers' minutes in a time bank — each entry checked by
 * {@link PointsRules} as of today, appended under the version the caller read, and recorded in the
 * audit trail. Obtain it from {@code Governance.points()}. Thread-safe when the store is.
 */
public final class PointsDesk {
  private final DeskSetup setup;
  private final GovernanceStore store;

  /** A desk over {@code setup}'s store, policy, clock and validator. */
  public PointsDesk(DeskSetup setup) {
    this.setup = required(setup, "setup");
    this.store = setup.store();
  }

  /**
   * Opens an empty account in a community the caller's scope covers, audited.
   *
   * @throws io.github.jiceng.governance.base.DuplicateKeyException if the id is taken
   * @throws NotFoundException if the community is not recorded
   */
  public PointsAccount open(PointsAccount account) {
    required(account, "account");
    if (account.balance() != 0 || account.entries() != 0) {
      throw InvalidInputException.of(
          "points account " + account.id(), "balance", "a new account starts empty");
    }
    return store.inTransaction(
        tx -> {
          Reach reach = setup.reach(tx);
          DeskSetup.require(
              reach,
              reach.covers(account.community()),
              "open an account at " + account.community());
          DeskSetup.requireRecorded(tx, account.community(), "points account " + account.id());
          PointsAccount opened = tx.points().open(account);
          setup.audit(tx, AuditAction.POINTS_ENTRY, account.id(), "open " + account.program());
          return opened;
        });
  }

  /**
   * Scores {@code deed} for {@code month} in a moral points bank account, at the points the table
   * in force today gives it.
   *
   * @throws EntryRefusedException if the rules refuse it (the deed not listed, already scored in
   *     the round), with the decision
   * @throws io.github.jiceng.governance.base.WriteConflictException if the account changed since
   *     {@code expectedVersion}
   */
  public PointsAccount score(
      String accountId, long expectedVersion, String deed, YearMonth month, @Nullable String note) {
    required(deed, "deed");
    required(month, "month");
    return enter(
        accountId,
        expectedVersion,
        PointsProgram.MORAL_BANK,
        PointsEntry.Kind.EARN,
        -1,
        deed,
        month,
        note);
  }

  /**
   * Redeems {@code points} from a moral points bank account.
   *
   * @throws EntryRefusedException if more than the balance, or a second redemption in the round
   * @throws io.github.jiceng.governance.base.WriteConflictException if the account changed since
   *     {@code expectedVersion}: of two clerks redeeming one balance at once, one gets this
   */
  public PointsAccount redeem(
      String accountId, long expectedVersion, long points, @Nullable String note) {
    return enter(
        accountId,
        expectedVersion,
        PointsProgram.MORAL_BANK,
        PointsEntry.Kind.SPEND,
        points,
        null,
        null,
        note);
  }

  /** Deposits {@code minutes} of volunteer service in a time bank account. */
  public PointsAccount deposit(
      String accountId, long expectedVersion, long minutes, @Nullable String note) {
    return enter(
        accountId,
        expectedVersion,
        PointsProgram.TIME_BANK,
        PointsEntry.Kind.EARN,
        minutes,
        null,
        null,
        note);
  }

  /**
   * Withdraws {@code minutes} of care from a time bank account.
   *
   * @throws EntryRefusedException if more than the balance
   */
  public PointsAccount withdraw(
      String accountId, long expectedVersion, long minutes, @Nullable String note) {
    return enter(
        accountId,
        expectedVersion,
        PointsProgram.TIME_BANK,
        PointsEntry.Kind.SPEND,
        minutes,
        null,
        null,
        note);
  }

  /** The account, if recorded and in the caller's scope. */
  public Optional<PointsAccount> find(String accountId) {
    String id = required(accountId, "accountId");
    Reach reach = setup.reach(store);
    return store.points().find(id).filter(a -> reach.covers(a.community()));
  }

  /**
   * The account's ledger, oldest first.
   *
   * @throws NotFoundException if the account is not recorded or not in the caller's scope
   */
  public List<PointsEntry> ledger(String accountId) {
    PointsAccount account =
        find(accountId)
            .orElseThrow(
                () -> new NotFoundException("points account " + accountId + " is not stored"));
    return store.points().ledger(account.id());
  }

  /**
   * Whether the volunteer holding a time bank account earned the year's recognition (志愿服务证): each
   * deposit in {@code year} is one service, decided by {@link
   * io.github.jiceng.governance.people.VolunteerRules} — the rule that also counts a {@code
   * Volunteer}'s services — under the number in force on the year's last day.
   *
   * @throws NotFoundException if the account is not recorded or not in the caller's scope
   * @throws InvalidInputException if the account is not a time bank account
   */
  public Decision<Compliance> recognition(String accountId, Year year) {
    required(year, "year");
    PointsAccount account =
        find(required(accountId, "accountId"))
            .orElseThrow(
                () -> new NotFoundException("points account " + accountId + " is not stored"));
    if (account.program() != PointsProgram.TIME_BANK) {
      throw InvalidInputException.of(
          "points account " + accountId, "program", "recognition counts a time bank's services");
    }
    int services =
        (int)
            store.points().ledger(account.id()).stream()
                .filter(
                    e -> e.kind() == PointsEntry.Kind.EARN && e.on().getYear() == year.getValue())
                .count();
    return VolunteerRules.checkRecognition(account.id(), year, services, setup.policy());
  }

  private PointsAccount enter(
      String accountId,
      long expectedVersion,
      PointsProgram program,
      PointsEntry.Kind kind,
      long amount,
      @Nullable String deed,
      @Nullable YearMonth month,
      @Nullable String note) {
    required(accountId, "accountId");
    String actor = setup.caller().actorId();
    return store.inTransaction(
        tx -> {
          PointsAccount account =
              tx.points()
                  .find(accountId)
                  .orElseThrow(
                      () ->
                          new NotFoundException("points account " + accountId + " is not stored"));
          Reach reach = setup.reach(tx);
          if (!reach.covers(account.community())) {
            throw new NotFoundException("points account " + accountId + " is not stored");
          }
          DeskSetup.atVersion(account, expectedVersion, "points account " + accountId);
          if (account.program() != program) {
            throw InvalidInputException.of(
                "points account " + accountId,
                "program",
                "is a " + account.program().label().en() + ", not a " + program.label().en());
          }
          long value = amount >= 0 ? amount : deedPoints(deed);
          PointsEntry entry =
              new PointsEntry(
                  accountId,
                  account.entries() + 1,
                  kind,
                  value,
                  deed,
                  month,
                  setup.today(),
                  actor,
                  note);
          List<PointsEntry> ledger = tx.points().ledger(accountId);
          Decision<Compliance> decision =
              PointsRules.check(new PointsFacts(account, ledger, entry), setup.policy());
          if (decision.outcome() != Compliance.COMPLIANT) {
            throw new EntryRefusedException(accountId, decision);
          }
          PointsAccount stored = tx.points().append(account.after(entry), entry);
          setup.audit(
              tx,
              AuditAction.POINTS_ENTRY,
              accountId + "#" + entry.sequence(),
              kind + " " + value + (deed == null ? "" : " " + deed + " " + month));
          return stored;
        });
  }

  /** The deed's points in the table in force today; 1 when it is not listed (the rules refuse). */
  private long deedPoints(@Nullable String deed) {
    return setup
        .policy()
        .parameter(PointsRules.DEEDS)
        .flatMap(p -> p.at(setup.today()))
        .flatMap(t -> t.value().find(String.valueOf(deed)))
        .map(d -> (long) d.points())
        .orElse(1L);
  }

  @Override
  public String toString() {
    return "PointsDesk[" + setup + "]";
  }
}
