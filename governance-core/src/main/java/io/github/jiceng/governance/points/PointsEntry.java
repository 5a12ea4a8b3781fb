package io.github.jiceng.governance.points;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.internal.Checks;
import java.time.LocalDate;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/**
 * One entry of an account's ledger, appended and never changed.
 *
 * @param accountId the account
 * @param sequence its place in the ledger, from 1
 * @param kind earned (scored, deposited) or spent (redeemed, withdrawn)
 * @param amount points or minutes, 1 to 1,000,000
 * @param deed the deed's code for points scored in a moral points bank, else null
 * @param month the month a score is for (一月一评分), else null
 * @param on the day it was made
 * @param actor who made it
 * @param note what for, at most 200 characters, or null
 */
public record PointsEntry(
    String accountId,
    int sequence,
    Kind kind,
    long amount,
    @Nullable String deed,
    @Nullable YearMonth month,
    LocalDate on,
    String actor,
    @Nullable String note) {
  private static final String SUBJECT = "PointsEntry";

  /** Which way an entry moves the balance. */
  public enum Kind {
    /** Points scored or minutes deposited. */
    EARN,
    /** Points redeemed or minutes withdrawn. */
    SPEND
  }

  /**
   * Checks the fields.
   *
   * @throws InvalidInputException naming the field that is wrong
   */
  public PointsEntry {
    Checks.key(accountId, SUBJECT, "accountId");
    Checks.required(kind, SUBJECT, "kind");
    Checks.required(on, SUBJECT, "on");
    Checks.key(actor, SUBJECT, "actor");
    if (sequence < 1) {
      throw InvalidInputException.of(SUBJECT, "sequence", "must be at least 1");
    }
    if (amount < 1 || amount > 1_000_000) {
      throw InvalidInputException.of(SUBJECT, "amount", "must be 1 to 1000000");
    }
    if (note != null && (note.isBlank() || note.length() > 200)) {
      throw InvalidInputException.of(SUBJECT, "note", "must be 1 to 200 characters");
    }
    if ((deed == null) != (month == null)) {
      throw InvalidInputException.of(SUBJECT, "month", "goes with a deed, and only with one");
    }
  }
}
