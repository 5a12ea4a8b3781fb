package io.github.jiceng.governance.testkit.cases;

import java.util.List;

/**
 * The results of running case files: per file, the case results and rule coverage.
 *
 * @param suites one result per case file, in path order
 */
public record PolicyTestRun(List<SuiteResult> suites) {

  public PolicyTestRun {
    suites = List.copyOf(suites);
  }

  /** Cases that passed. */
  public long passed() {
    return suites.stream().mapToLong(SuiteResult::passed).sum();
  }

  /** Cases that failed, and case files that could not run (each counts once). */
  public long failed() {
    return suites.stream().mapToLong(SuiteResult::failed).sum();
  }

  /** Whether everything passed. */
  public boolean successful() {
    return failed() == 0;
  }

  /** {@code N passed, N failed}. */
  public String summary() {
    return passed() + " passed, " + failed() + " failed";
  }
}
