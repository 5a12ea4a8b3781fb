package io.github.jiceng.governance.testkit.cases;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command-line runner for policy authors:
 *
 * <pre>
 * java -jar governance-testkit-policy-test.jar [--require-full-coverage] FOLDER_OR_CASE_FILE...
 * </pre>
 *
 * <p>The jar is the artifact {@code io.github.jiceng:governance-testkit} with classifier {@code
 * policy-test}. Prints PASS or FAIL per case (with the failure report), the errors that stopped a
 * case file or its policy (with file and line), each policy's rule coverage, and a last line {@code
 * N passed, N failed}. Exits 0 when everything passed, 1 when something failed, 2 when the command
 * line is wrong.
 */
public final class PolicyTestCommand {
  static final int PASSED = 0;
  static final int FAILED = 1;
  static final int USAGE = 2;
  private static final String USAGE_LINE =
      "usage: java -jar governance-testkit-policy-test.jar [--require-full-coverage] FOLDER_OR_CASE_FILE...";

  private PolicyTestCommand() {}

  /** Runs the command and exits with its status. */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    System.exit(run(args, out));
  }

  /**
   * Runs the command, printing to {@code out}.
   *
   * @return the exit status: 0 passed, 1 failed, 2 usage error
   */
  public static int run(String[] args, PrintStream out) {
    boolean fullCoverage = false;
    List<Path> paths = new ArrayList<>();
    for (String arg : args) {
      if (arg.equals("--require-full-coverage")) {
        fullCoverage = true;
      } else if (arg.startsWith("-")) {
        out.println(USAGE_LINE);
        out.println(
            "runs the policy test cases (*" + CaseFile.SUFFIX + ") in the folders or files named");
        return arg.equals("--help") || arg.equals("-h") ? PASSED : USAGE;
      } else {
        paths.add(Path.of(arg));
      }
    }
    if (paths.isEmpty()) {
      out.println(USAGE_LINE);
      return USAGE;
    }
    PolicyCaseRunner tests = PolicyCaseRunner.in(paths.toArray(Path[]::new));
    List<Path> files;
    try {
      files = tests.caseFiles();
    } catch (IllegalArgumentException e) {
      out.println(e.getMessage());
      return USAGE;
    }
    if (files.isEmpty()) {
      out.println("no case files (*" + CaseFile.SUFFIX + ") in " + paths);
      return FAILED;
    }
    PolicyTestRun run = tests.run();
    long uncovered = 0;
    for (SuiteResult suite : run.suites()) {
      out.println(suite.file());
      suite.stoppedBy().ifPresent(error -> out.println("  ERROR " + error.replace("\n", "\n  ")));
      for (CaseResult result : suite.results()) {
        if (result.passed()) {
          out.println("  PASS  " + result.policyCase().name());
        } else {
          out.println("  FAIL  " + result.policyCase().name());
          out.println("        " + result.report().replace("\n", "\n        "));
        }
      }
      if (suite.coverage() != null) {
        out.println("  " + suite.coverage().summary());
        uncovered += suite.coverage().uncovered().size();
      }
    }
    boolean coverageFails = fullCoverage && uncovered > 0;
    out.println(
        run.summary() + (coverageFails ? ", " + uncovered + " rules never decided a case" : ""));
    return run.successful() && !coverageFails ? PASSED : FAILED;
  }
}
