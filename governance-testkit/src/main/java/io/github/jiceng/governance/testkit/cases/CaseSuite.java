package io.github.jiceng.governance.testkit.cases;

import java.nio.file.Path;
import java.util.List;

/**
 * The cases of one case file and the policy file they test.
 *
 * @param file the case file
 * @param policyFile the policy file, resolved against the case file's folder
 * @param cases the cases, in file order (table rows expanded)
 */
public record CaseSuite(Path file, Path policyFile, List<PolicyCase> cases) {
  public CaseSuite {
    cases = List.copyOf(cases);
  }
}
