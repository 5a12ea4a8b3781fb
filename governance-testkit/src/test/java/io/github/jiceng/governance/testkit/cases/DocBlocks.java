package io.github.jiceng.governance.testkit.cases;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The YAML blocks of a page of {@code docs/}, which the tests run so that the page stays true. */
final class DocBlocks {
  private static final Pattern YAML = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL);

  private DocBlocks() {}

  /** Every {@code ```yaml} block of {@code docs/<page>}, in order. */
  static List<String> of(String page) throws IOException {
    Matcher block = YAML.matcher(Files.readString(Path.of("..", "docs", page)));
    List<String> blocks = new ArrayList<>();
    while (block.find()) {
      blocks.add(block.group(1));
    }
    return blocks;
  }

  /**
   * Writes the documented policy file {@code policyId} (the block holding {@code policy:
   * <policyId>}) and the documented case file of {@code family} into {@code folder}, as {@code
   * <policyId>.yaml} and {@code <policyId>.cases.yaml}.
   *
   * @return the case file's text
   */
  static String writeFamilyExample(Path folder, String policyId, String family) throws IOException {
    List<String> blocks = of("policy-test-cases.md");
    Files.writeString(folder.resolve(policyId + ".yaml"), find(blocks, "policy: " + policyId));
    String cases = find(blocks, "family: " + family + "\n");
    Files.writeString(folder.resolve(policyId + ".cases.yaml"), cases);
    return cases;
  }

  /** The first suite the runner finds in {@code folder}. */
  static SuiteResult firstSuite(Path folder) {
    return PolicyCaseRunner.in(folder).run().suites().get(0);
  }

  /** The first of {@code blocks} that contains {@code marker}. */
  static String find(List<String> blocks, String marker) {
    return blocks.stream()
        .filter(b -> b.contains(marker))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no documented block contains " + marker));
  }
}
