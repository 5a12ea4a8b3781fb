package io.github.jiceng.governance.testkit.cases;

import io.github.jiceng.governance.access.AccessPolicyFile;
import io.github.jiceng.governance.policy.PolicyCheckException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Hostile policy and case files, read one after the other in a JVM of its own (started with a small
 * heap by {@link HostileInputsTest}). Each must end in the loader's typed error; anything else — an
 * {@code OutOfMemoryError}, a {@code StackOverflowError}, a raw parser or date exception, a load
 * that succeeds — is printed as a failure and the exit code is 1.
 */
public final class HostileInputs {
  private static final String POLICY_HEAD = "policy: p\nversion: \"1\"\nbased-on: national\n";
  private static final String ITEMS =
      "items:\n  - {code: D-01, list: DUTY, title: 选举, departments: [民政局], basis: 法}\n";

  private HostileInputs() {}

  /** Policy files by name. */
  static Map<String, String> policies() {
    Map<String, String> files = new LinkedHashMap<>();
    files.put(
        "holiday range to the end of time",
        POLICY_HEAD
            + "calendar:\n  - {year: 2027, holidays: [2027-02-06..+999999999-12-30], citation: x}\n"
            + ITEMS);
    files.put(
        "holiday range at the last date",
        POLICY_HEAD
            + "calendar:\n  - {year: 2027, holidays: [+999999999-12-31..+999999999-12-31], citation: x}\n"
            + ITEMS);
    files.put(
        "year 2147483647",
        POLICY_HEAD + "calendar:\n  - {year: 2147483647, holidays: [], citation: x}\n" + ITEMS);
    files.put(
        "year -2147483648",
        POLICY_HEAD + "calendar:\n  - {year: -2147483648, holidays: [], citation: x}\n" + ITEMS);
    files.put(
        "item from the year 999999999",
        POLICY_HEAD
            + "items:\n  - {code: D-01, list: DUTY, title: 选举, departments: [民政局], basis: 法, from: +999999999-01-01}\n");
    files.put(
        "a value nested 3,000 deep",
        POLICY_HEAD + "title: " + "[".repeat(3000) + "]".repeat(3000) + "\n" + ITEMS);
    files.put("block mappings nested 500 deep", POLICY_HEAD + nestedBlock(500) + ITEMS);
    files.put("items as an alias of themselves", POLICY_HEAD + "items: &a [*a]\n");
    files.put("alias bomb of 24 levels", POLICY_HEAD + aliasBomb(24) + ITEMS);
    files.put(
        "more than 8 MiB",
        POLICY_HEAD + "title: " + "长".repeat(8 * 1024 * 1024 + 1) + "\n" + ITEMS);
    files.put(
        "a holiday range over two years",
        POLICY_HEAD
            + "calendar:\n  - {year: 2027, holidays: [2027-01-01..2199-12-31], citation: x}\n"
            + ITEMS);
    files.put(
        "a number beyond int",
        POLICY_HEAD
            + "parameters:\n  access.approval.lead-working-days:\n    - {value: 99999999999999999999, from: 2025-01-01, citation: x}\n"
            + ITEMS);
    files.put(
        "ten thousand unknown keys",
        POLICY_HEAD
            + "x".repeat(1)
            + ":\n"
            + "  k: v\n".repeat(1)
            + ITEMS
            + "rules:\n"
            + manyKeys(10_000));
    return files;
  }

  /** Case files by name. */
  static Map<String, String> cases() {
    Map<String, String> files = new LinkedHashMap<>();
    String party =
        "family: party\ndefaults:\n  as-of: 2026-06-30\n  organization: {kind: branch, placement: grid, term: {start: 2021-09-01, end: 2026-08-31}}\n";
    String committee =
        "family: committee\ndefaults:\n  as-of: 2025-06-30\n  committee: {kind: residents, term: {start: 2021-05-01, end: 2026-04-30}}\n";
    files.put("cases as an alias of themselves", party + "cases: &a [*a]\n");
    files.put(
        "nesting 1,000 deep",
        party
            + "cases:\n  - name: deep\n    organization: "
            + "[".repeat(1000)
            + "]".repeat(1000)
            + "\n");
    files.put(
        "alias bomb of 24 levels", party + aliasBomb(24).replace("title", "extra") + "cases: []\n");
    files.put(
        "full-members 2147483647",
        party
            + "cases:\n  - name: many\n    organization: {full-members: 2147483647}\n    expect: {outcome: compliant}\n");
    files.put(
        "members 2147483647",
        committee
            + "cases:\n  - name: many\n    committee: {households: 650, members: 2147483647}\n    expect: {outcome: compliant}\n");
    files.put(
        "committee without directors and no members",
        committee
            + "cases:\n  - name: none\n    committee: {households: 650, members: 0}\n    expect: {outcome: compliant}\n");
    files.put(
        "as-of in the year 999999999",
        party
            + "cases:\n  - name: far\n    as-of: +999999999-12-31\n    organization: {full-members: 3}\n    expect: {outcome: compliant}\n");
    return files;
  }

  private static String nestedBlock(int depth) {
    StringBuilder text = new StringBuilder("source:\n");
    for (int i = 1; i <= depth; i++) {
      text.append("  ".repeat(i)).append("k").append(i).append(":\n");
    }
    text.append("  ".repeat(depth + 1)).append("end\n");
    return text.toString();
  }

  /**
   * {@code levels} anchors, each a list of two aliases of the one before: 2^levels nodes expanded.
   */
  static String aliasBomb(int levels) {
    StringBuilder text = new StringBuilder("title:\n  - &a0 [x, x]\n");
    for (int i = 1; i <= levels; i++) {
      text.append("  - &a")
          .append(i)
          .append(" [*a")
          .append(i - 1)
          .append(", *a")
          .append(i - 1)
          .append("]\n");
    }
    return text.toString();
  }

  private static String manyKeys(int count) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      text.append("  X").append(i).append(": {from: 2025-01-01}\n");
    }
    return text.toString();
  }

  public static void main(String[] args) throws Exception {
    int failures = 0;
    Path folder = Files.createTempDirectory("hostile");
    for (Map.Entry<String, String> file : policies().entrySet()) {
      failures +=
          run(
              "policy: " + file.getKey(),
              () -> AccessPolicyFile.read(file.getValue(), "hostile.yaml"),
              PolicyCheckException.class);
    }
    for (Map.Entry<String, String> file : cases().entrySet()) {
      Path path = folder.resolve("hostile.cases.yaml");
      Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
      failures +=
          run("cases: " + file.getKey(), () -> CaseFile.read(path), CaseFileException.class);
    }
    System.out.println(
        failures == 0 ? "all hostile inputs refused" : failures + " hostile inputs not refused");
    System.exit(failures == 0 ? 0 : 1);
  }

  private static int run(String name, Runnable read, Class<? extends Throwable> expected) {
    long start = System.nanoTime();
    String verdict;
    boolean ok;
    try {
      read.run();
      verdict = "loaded, but should have been refused";
      ok = false;
    } catch (Throwable e) {
      ok = expected.isInstance(e);
      String message = String.valueOf(e.getMessage());
      verdict =
          e.getClass().getSimpleName()
              + ": "
              + message.substring(0, Math.min(160, message.length())).replace('\n', ' ');
    }
    System.out.printf(
        "%s %s (%d ms): %s%n",
        ok ? "OK  " : "FAIL", name, (System.nanoTime() - start) / 1_000_000, verdict);
    return ok ? 0 : 1;
  }
}
