package io.github.jiceng.governance.testkit.cases;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The results of one case file: either an error that stopped it (an unreadable case file, or a
 * policy with static-check errors — each with its file and line), or one result per case and the
 * policy's rule coverage.
 *
 * @param file the case file
 * @param error what stopped the file, or {@code null}
 * @param results the case results, empty when the file stopped
 * @param coverage the rule coverage, or {@code null} when the file stopped
 */
public record SuiteResult(
    Path file, @Nullable String error, List<CaseResult> results, @Nullable RuleCoverage coverage) {

  public SuiteResult {
    results = List.copyOf(results);
  }

  /** What stopped the file, if anything. */
  public Optional<String> stoppedBy() {
    return Optional.ofNullable(error);
  }

  /** The cases that passed. */
  public long passed() {
    return results.stream().filter(CaseResult::passed).count();
  }

  /** The cases that failed, plus one if the file stopped. */
  public long failed() {
    return results.stream().filter(r -> !r.passed()).count() + (error == null ? 0 : 1);
  }
}
