package io.github.jiceng.governance.points;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.base.Versioned;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.internal.Checks;

/**
 * One holder's account in a bank of a community: its balance and how many entries its ledger has.
 * The balance is what the entries add up to; it changes only with an entry, under the version.
 *
 * @param id its key, at most 64 characters
 * @param community the community or village whose bank it is in
 * @param program the moral points bank or the time bank
 * @param holder the household's or resident's key in the caller's records (never a name or an
 *     identity number), at most 64 characters
 * @param balance points, or minutes, held; never negative
 * @param entries how many entries its ledger has
 * @param version the stored version; 0 before it is stored
 */
public record PointsAccount(
    String id,
    DivisionCode community,
    PointsProgram program,
    String holder,
    long balance,
    int entries,
    long version)
    implements Versioned<PointsAccount> {
  private static final String SUBJECT = "PointsAccount";

  /**
   * Checks the fields.
   *
   * @throws InvalidInputException naming the field that is wrong
   */
  public PointsAccount {
    Checks.key(id, SUBJECT, "id");
    Checks.required(community, SUBJECT, "community");
    Checks.required(program, SUBJECT, "program");
    Checks.key(holder, SUBJECT, "holder");
    Checks.version(version, SUBJECT);
    if (id.length() > 64) {
      throw InvalidInputException.of(SUBJECT, "id", "must be at most 64 characters");
    }
    if (holder.length() > 64 || Checks.containsPersonalNumber(holder)) {
      throw InvalidInputException.of(
          SUBJECT,
          "holder",
          "must be a record's key of at most 64 characters, not a personal number");
    }
    if (balance < 0) {
      throw InvalidInputException.of(SUBJECT, "balance", "must not be negative");
    }
    if (entries < 0) {
      throw InvalidInputException.of(SUBJECT, "entries", "must not be negative");
    }
  }

  /** A new, empty account, not yet stored. */
  public static PointsAccount open(
      String id, DivisionCode community, PointsProgram program, String holder) {
    return new PointsAccount(id, community, program, holder, 0, 0, 0);
  }

  /**
   * This account after {@code entry}, at the same version: its balance moved, one entry more — what
   * {@link io.github.jiceng.governance.spi.PointsRepository#append} stores.
   */
  public PointsAccount after(PointsEntry entry) {
    io.github.jiceng.governance.internal.Checks.required(entry, SUBJECT, "entry");
    long moved = entry.kind() == PointsEntry.Kind.EARN ? entry.amount() : -entry.amount();
    return new PointsAccount(id, community, program, holder, balance + moved, entries + 1, version);
  }

  @Override
  public PointsAccount withVersion(long newVersion) {
    return new PointsAccount(id, community, program, holder, balance, entries, newVersion);
  }
}
