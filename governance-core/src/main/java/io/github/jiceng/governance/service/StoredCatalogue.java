package io.github.jiceng.governance.service;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.internal.Checks;
import io.github.jiceng.governance.policy.PolicyCheckException;
import io.github.jiceng.governance.policy.YamlInput;
import java.time.LocalDate;

/**
 * A version of a service catalogue as a store keeps it: the catalogue file's text ({@link
 * ServiceCatalogueFile#write}), so that the items a request was taken under can be read back years
 * later. Immutable: a changed catalogue is stored as a new version.
 *
 * @param catalogueId the catalogue's id, at most 64 characters
 * @param version the catalogue's version, at most 64 characters
 * @param publishedOn the day the version was stored; versions of one catalogue are listed in this
 *     order
 * @param document the catalogue file's text, at most {@link YamlInput#MAX_CHARACTERS} characters
 */
public record StoredCatalogue(
    String catalogueId, String version, LocalDate publishedOn, String document) {
  private static final String SUBJECT = "StoredCatalogue";

  /**
   * Checks the fields.
   *
   * @throws InvalidInputException if one is missing, blank or too long
   */
  public StoredCatalogue {
    Checks.key(catalogueId, SUBJECT, "catalogueId");
    Checks.key(version, SUBJECT, "version");
    Checks.required(publishedOn, SUBJECT, "publishedOn");
    Checks.required(document, SUBJECT, "document");
    if (catalogueId.length() > 64) {
      throw InvalidInputException.of(SUBJECT, "catalogueId", "must be at most 64 characters");
    }
    if (version.length() > 64) {
      throw InvalidInputException.of(SUBJECT, "version", "must be at most 64 characters");
    }
    int limit = YamlInput.MAX_CHARACTERS;
    if (document.isBlank()
        || document.length() > limit && document.codePointCount(0, document.length()) > limit) {
      // what is stored must read back: the reader takes no more than this
      throw InvalidInputException.of(
          SUBJECT, "document", "must be 1 to " + limit + " characters (YamlInput.MAX_CHARACTERS)");
    }
  }

  /** The record of {@code catalogue}, published on {@code day}. */
  public static StoredCatalogue of(ServiceCatalogue catalogue, LocalDate day) {
    Checks.required(catalogue, "StoredCatalogue.of", "catalogue");
    Checks.required(day, "StoredCatalogue.of", "day");
    return new StoredCatalogue(
        catalogue.id(), catalogue.version(), day, ServiceCatalogueFile.write(catalogue));
  }

  /**
   * The catalogue, read back from its document.
   *
   * @throws PolicyCheckException if the document no longer passes the check (for example after a
   *     library upgrade tightened it)
   */
  public ServiceCatalogue catalogue() {
    return ServiceCatalogueFile.read(document, catalogueId + "@" + version);
  }

  @Override
  public String toString() {
    return "StoredCatalogue[" + catalogueId + " " + version + ", published " + publishedOn + "]";
  }
}
