package io.github.jiceng.governance.points;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.internal.Checks;
import java.util.List;

/**
 * What the points rules look at for one proposed entry: the account as it stands, its ledger so
 * far, and the entry.
 *
 * @param account the account
 * @param ledger its entries so far, oldest first
 * @param entry the entry proposed
 */
public record PointsFacts(PointsAccount account, List<PointsEntry> ledger, PointsEntry entry) {
  /**
   * Checks the ledger and the entry are the account's.
   *
   * @throws InvalidInputException if they are not
   */
  public PointsFacts {
    Checks.required(account, "PointsFacts", "account");
    ledger = Checks.listOf(ledger, "PointsFacts", "ledger");
    Checks.required(entry, "PointsFacts", "entry");
    if (!entry.accountId().equals(account.id())
        || ledger.stream().anyMatch(e -> !e.accountId().equals(account.id()))) {
      throw InvalidInputException.of(
          "PointsFacts " + account.id(), "entry", "and the ledger must be the account's");
    }
  }
}
