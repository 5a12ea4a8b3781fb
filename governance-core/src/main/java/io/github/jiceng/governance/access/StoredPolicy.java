package io.github.jiceng.governance.access;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.internal.Checks;
import io.github.jiceng.governance.policy.PolicyCheckException;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A version of an access policy as a store keeps it: the policy file's text ({@link
 * AccessPolicyFile#write}), so that the exact policy a decision was made under can be read back
 * years later. Immutable: a changed policy is stored as a new version.
 *
 * @param policyId the policy's id
 * @param version the policy's version
 * @param publishedOn the day the version was stored; versions of one policy are listed in this
 *     order
 * @param document the policy file's text
 */
public record StoredPolicy(
    @Size(max = 64) String policyId,
    @Size(max = 64) String version,
    LocalDate publishedOn,
    String document) {

  public StoredPolicy {
    policyId = WorkItem.codeOf(policyId, "StoredPolicy", "policyId");
    version = WorkItem.nonBlank(version, "StoredPolicy " + policyId, "version");
    Checks.required(publishedOn, "StoredPolicy " + policyId, "publishedOn");
    document = WorkItem.nonBlank(document, "StoredPolicy " + policyId, "document");
    int limit = io.github.jiceng.governance.policy.YamlInput.MAX_CHARACTERS;
    if (document.length() > limit && document.codePointCount(0, document.length()) > limit) {
      // what is stored must read back: the reader takes no more than this
      throw InvalidInputException.of(
          "StoredPolicy " + policyId,
          "document",
          "the policy file has more than "
              + limit
              + " characters, the most a policy file may have (YamlInput.MAX_CHARACTERS)");
    }
  }

  /** The record of {@code policy}, published on {@code day}. */
  public static StoredPolicy of(AccessPolicy policy, LocalDate day) {
    Checks.required(policy, "StoredPolicy.of", "policy");
    Checks.required(day, "StoredPolicy.of", "day");
    return new StoredPolicy(policy.id(), policy.version(), day, AccessPolicyFile.write(policy));
  }

  /**
   * The policy, read back from its document.
   *
   * @throws PolicyCheckException if the document no longer passes the check (for example after a
   *     library upgrade tightened it)
   */
  public AccessPolicy policy() {
    return AccessPolicyFile.read(document, policyId + "@" + version);
  }

  /**
   * The policy, read back from its document as loaded on {@code day}: its warnings then include a
   * working calendar that ends within 90 days of that day.
   *
   * @throws PolicyCheckException if the document no longer passes the check
   */
  public AccessPolicy policy(LocalDate day) {
    return AccessPolicyFile.read(
        document, policyId + "@" + version, Checks.required(day, "StoredPolicy.policy", "day"));
  }

  @Override
  public String toString() {
    return "StoredPolicy[" + policyId + " " + version + ", published " + publishedOn + "]";
  }
}
