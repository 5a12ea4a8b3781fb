package io.github.jiceng.governance.testkit.cases;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.opentest4j.AssertionFailedError;

/**
 * Runs policy case files: as JUnit dynamic tests, one per case, or all at once.
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicNode> policyCases() {
 *   return PolicyCaseRunner.in(Path.of("policies")).dynamicTests();
 * }
 * }</pre>
 *
 * <p>Each case file becomes a container named after the file, holding one test per case (named
 * after the case, linked to its line) and a last test, "rule coverage", that prints which rules
 * decided no case — and fails on them if {@link #requireFullCoverage()} was asked for. A case file
 * that cannot be read, or whose policy does not pass its static checks, becomes one failing test
 * whose message names the file and line. Failure messages carry the whole explanation, so the
 * (empty) stack trace is never needed.
 */
public final class PolicyCaseRunner {
  private final List<Path> paths;
  private final boolean fullCoverage;

  private PolicyCaseRunner(List<Path> paths, boolean fullCoverage) {
    this.paths = List.copyOf(paths);
    this.fullCoverage = fullCoverage;
  }

  /**
   * The case files ({@code *.cases.yaml}) in these folders, searched recursively, or these files.
   */
  public static PolicyCaseRunner in(Path... paths) {
    if (paths.length == 0) {
      throw new IllegalArgumentException("name at least one folder or case file");
    }
    return new PolicyCaseRunner(List.of(paths), false);
  }

  /** Also fail when some rule of a policy decided none of its cases. */
  public PolicyCaseRunner requireFullCoverage() {
    return new PolicyCaseRunner(paths, true);
  }

  /**
   * The case files found, in path order.
   *
   * @throws IllegalArgumentException if a path does not exist
   */
  public List<Path> caseFiles() {
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      if (!Files.exists(path)) {
        throw new IllegalArgumentException("no such folder or file: " + path.toAbsolutePath());
      }
      if (Files.isDirectory(path)) {
        try (Stream<Path> walk = Files.walk(path)) {
          walk.filter(p -> p.getFileName().toString().endsWith(CaseFile.SUFFIX))
              .sorted()
              .forEach(files::add);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot list " + path, e);
        }
      } else {
        files.add(path);
      }
    }
    return files;
  }

  /** Runs every case of every file. */
  public PolicyTestRun run() {
    return new PolicyTestRun(caseFiles().stream().map(f -> LoadedSuite.load(f).runAll()).toList());
  }

  /** One container per case file, one test per case, for a JUnit {@code @TestFactory}. */
  public Stream<DynamicNode> dynamicTests() {
    return caseFiles().stream().map(this::container);
  }

  private DynamicNode container(Path file) {
    LoadedSuite loaded = LoadedSuite.load(file);
    URI source = file.toUri();
    if (!loaded.runnable()) {
      return DynamicTest.dynamicTest(
          file.getFileName().toString(), source, () -> fail(loaded.error, null, null));
    }
    List<CaseResult> results = new ArrayList<>();
    List<DynamicNode> tests = new ArrayList<>();
    for (PolicyCase c : loaded.cases()) {
      tests.add(
          DynamicTest.dynamicTest(
              c.name(),
              line(file, c.line()),
              () -> {
                CaseResult result = loaded.run(c);
                results.add(result);
                if (!result.passed()) {
                  fail(
                      result.report(),
                      c.expected().toString(),
                      FailureReport.actual(result.decision()));
                }
              }));
    }
    tests.add(
        DynamicTest.dynamicTest(
            "rule coverage",
            source,
            () -> {
              RuleCoverage coverage = loaded.coverage(results);
              System.out.println(file.getFileName() + ": " + coverage.summary());
              if (fullCoverage && !coverage.complete()) {
                fail(file.getFileName() + ": " + coverage.summary(), null, null);
              }
            }));
    return DynamicContainer.dynamicContainer(file.getFileName().toString(), source, tests.stream());
  }

  private static URI line(Path file, int line) {
    return URI.create(file.toUri() + "?line=" + line);
  }

  /** Fails with {@code message} alone: the stack trace of a policy case says nothing useful. */
  private static void fail(
      @Nullable String message, @Nullable Object expected, @Nullable Object actual) {
    AssertionFailedError error =
        expected == null
            ? new AssertionFailedError(message)
            : new AssertionFailedError(message, expected, actual);
    error.setStackTrace(new StackTraceElement[0]);
    throw error;
  }
}
