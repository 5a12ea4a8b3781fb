package io.github.jiceng.governance.testkit.cases;

import io.github.jiceng.governance.policy.Decision;
import io.github.jiceng.governance.policy.PolicyCheckException;
import io.github.jiceng.governance.policy.PolicyProblem;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A case file read and its policy loaded, ready to run case by case — or the reason it cannot run.
 * Shared by the JUnit integration (which runs one case per test) and {@link
 * PolicyCaseRunner#run()}.
 */
final class LoadedSuite {
  final Path file;
  final @Nullable String error;
  final @Nullable CaseSuite suite;
  final CaseFamily.@Nullable LoadedPolicy policy;

  private LoadedSuite(
      Path file,
      @Nullable String error,
      @Nullable CaseSuite suite,
      CaseFamily.@Nullable LoadedPolicy policy) {
    this.file = file;
    this.error = error;
    this.suite = suite;
    this.policy = policy;
  }

  static LoadedSuite load(Path file) {
    CaseSuite suite;
    try {
      suite = CaseFile.read(file);
    } catch (CaseFileException e) {
      return new LoadedSuite(file, e.getMessage(), null, null);
    } catch (UncheckedIOException e) {
      return new LoadedSuite(
          file, "cannot read " + file + ": " + String.valueOf(e.getMessage()), null, null);
    }
    CaseFamily family =
        CaseFamily.all().stream()
            .filter(f -> f.id().equals(suite.family()))
            .findFirst()
            .orElseThrow();
    try {
      return new LoadedSuite(
          file, null, suite, family.load(suite.policyFile(), suite.routingFile()));
    } catch (PolicyCheckException e) {
      String problems =
          e.problems().stream()
              .filter(p -> p.severity() == PolicyProblem.Severity.ERROR)
              .map(p -> "  " + p)
              .collect(Collectors.joining("\n"));
      return new LoadedSuite(
          file,
          "policy "
              + Objects.requireNonNull(suite.policyFile()).getFileName()
              + " does not load:\n"
              + problems,
          suite,
          null);
    } catch (UncheckedIOException e) {
      return new LoadedSuite(
          file,
          "cannot read policy file "
              + suite.policyFile()
              + " named by "
              + file.getFileName()
              + ": "
              + String.valueOf(e.getMessage()),
          suite,
          null);
    }
  }

  boolean runnable() {
    return error == null;
  }

  List<PolicyCase> cases() {
    return suite == null ? List.of() : suite.cases();
  }

  String policyName() {
    return Objects.requireNonNull(policy).name();
  }

  /**
   * Runs one case.
   *
   * @throws CaseFileException naming this file, if the case cannot be decided under the policy (a
   *     service timeline for an item the catalogue lacks, a step that cannot happen)
   */
  CaseResult run(PolicyCase c) {
    Decision<?> decision;
    try {
      decision = Objects.requireNonNull(policy).decide(c.input(), c.asOf());
    } catch (CaseFileException e) {
      throw e.in(String.valueOf(file.getFileName()));
    }
    String report = FailureReport.of(c, decision, policyName());
    return new CaseResult(c, decision, report.isEmpty(), report);
  }

  RuleCoverage coverage(List<CaseResult> results) {
    return RuleCoverage.of(policyName(), Objects.requireNonNull(policy).ruleIds(), results);
  }

  SuiteResult runAll() {
    if (!runnable()) {
      return new SuiteResult(file, error, List.of(), null);
    }
    List<CaseResult> results = new java.util.ArrayList<>();
    for (PolicyCase c : cases()) {
      try {
        results.add(run(c));
      } catch (CaseFileException e) {
        return new SuiteResult(file, e.getMessage(), results, null);
      }
    }
    return new SuiteResult(file, null, results, coverage(results));
  }
}
