package io.github.jiceng.governance.cases;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.internal.Checks;
import io.github.jiceng.governance.policy.PolicyCheckException;
import io.github.jiceng.governance.policy.YamlInput;
import java.time.Instant;

/**
 * A version of a routing table as a store keeps it: the table's file ({@link
 * RoutingTableFile#write}), and the change it was — who published it, when and why. Versions are
 * never changed or removed, so the history of the table is the list of its versions.
 *
 * @param routingId the table's id, at most 64 characters
 * @param version the version, at most 64 characters
 * @param publishedAt when it was published
 * @param publishedBy who published it (an actor id)
 * @param reason why it changed, 1 to 500 characters
 * @param document the table's file
 */
public record StoredRoutingTable(
    String routingId,
    String version,
    Instant publishedAt,
    String publishedBy,
    String reason,
    String document) {
  private static final String SUBJECT = "StoredRoutingTable";

  /**
   * Checks the fields.
   *
   * @throws InvalidInputException naming the field that is missing or out of bounds
   */
  public StoredRoutingTable {
    Checks.key(routingId, SUBJECT, "routingId");
    Checks.key(version, SUBJECT, "version");
    Checks.required(publishedAt, SUBJECT, "publishedAt");
    Checks.key(publishedBy, SUBJECT, "publishedBy");
    Checks.required(reason, SUBJECT, "reason");
    Checks.required(document, SUBJECT, "document");
    if (routingId.length() > 64 || version.length() > 64) {
      throw InvalidInputException.of(
          SUBJECT, "version", "and routingId must be at most 64 characters");
    }
    if (reason.isBlank() || reason.length() > 500) {
      throw InvalidInputException.of(SUBJECT, "reason", "must be 1 to 500 characters");
    }
    int limit = YamlInput.MAX_CHARACTERS;
    if (document.isBlank()
        || document.length() > limit && document.codePointCount(0, document.length()) > limit) {
      throw InvalidInputException.of(
          SUBJECT, "document", "must be 1 to " + limit + " characters (YamlInput.MAX_CHARACTERS)");
    }
  }

  /**
   * The record of {@code table}, published at {@code at} by {@code actor} because {@code reason}.
   */
  public static StoredRoutingTable of(RoutingTable table, Instant at, String actor, String reason) {
    Checks.required(table, "StoredRoutingTable.of", "table");
    return new StoredRoutingTable(
        table.id(), table.version(), at, actor, reason, RoutingTableFile.write(table));
  }

  /**
   * The table, read back from its document.
   *
   * @throws PolicyCheckException if the document no longer passes the check
   */
  public RoutingTable table() {
    return RoutingTableFile.read(document, routingId + "@" + version);
  }

  /** The id, version and who published it when; not the reason's text. */
  @Override
  public String toString() {
    return "StoredRoutingTable["
        + routingId
        + " "
        + version
        + ", "
        + publishedAt
        + " by "
        + publishedBy
        + "]";
  }
}
