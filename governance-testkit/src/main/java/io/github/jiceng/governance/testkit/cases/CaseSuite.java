package io.github.jiceng.governance.testkit.cases;

import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The cases of one case file and the policy file they test.
 *
 * @param file the case file
 * @param family the rule family the cases test: {@code access}, {@code committee}, {@code party},
 *     {@code grid}, {@code service} or {@code case}
 * @param policyFile the policy file, resolved against the case file's folder, or {@code null} when
 *     the file tests the national defaults
 * @param routingFile the routing table file a {@code case} file names, resolved the same way, or
 *     {@code null}
 * @param cases the cases, in file order (table rows expanded)
 */
public record CaseSuite(
    Path file,
    String family,
    @Nullable Path policyFile,
    @Nullable Path routingFile,
    List<PolicyCase> cases) {
  public CaseSuite {
    cases = List.copyOf(cases);
  }
}
