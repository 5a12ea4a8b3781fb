package io.github.jiceng.governance.testkit.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Election and recall files, on the blocks of the "Election files" and "Recall files" sections of
 * docs/policy-test-cases.md.
 */
class ElectionCasesTest {
  @TempDir Path folder;

  private String documented(String family) throws IOException {
    return DocBlocks.find(DocBlocks.of("policy-test-cases.md"), "family: " + family + "\n");
  }

  private SuiteResult run(String name, String text) throws IOException {
    Files.writeString(folder.resolve(name), text);
    return DocBlocks.firstSuite(folder);
  }

  @Test
  @DisplayName("the documented election cases pass and cover all ten rules")
  void electionCases() throws IOException {
    SuiteResult suite = run("elections.cases.yaml", documented("election"));

    assertThat(suite.stoppedBy()).isEmpty();
    assertThat(suite.failed()).isZero();
    assertThat(suite.passed()).isEqualTo(18);
    assertThat(suite.coverage().uncovered()).isEmpty();
  }

  @Test
  @DisplayName("a candidate with more votes than ballots cast stops the file, naming the count")
  void votesAboveBallots() throws IOException {
    String cases =
        documented("election").replace("{key: C1, votes: 800}", "{key: C1, votes: 1800}");

    SuiteResult suite = run("elections.cases.yaml", cases);

    assertThat(suite.stoppedBy().orElseThrow())
        .contains("the election is wrong", "1800 votes, more than the 1010 ballots cast");
  }

  @Test
  @DisplayName("the documented recall cases pass and cover the three rules")
  void recallCases() throws IOException {
    SuiteResult suite = run("recalls.cases.yaml", documented("recall"));

    assertThat(suite.stoppedBy()).isEmpty();
    assertThat(suite.passed()).isEqualTo(5);
    assertThat(suite.coverage().uncovered()).isEmpty();
  }

  @Test
  @DisplayName("the documented voter cases pass and cover the four rules")
  void voterCases() throws IOException {
    SuiteResult suite = run("voters.cases.yaml", documented("voter"));

    assertThat(suite.stoppedBy()).isEmpty();
    assertThat(suite.failed()).isZero();
    assertThat(suite.passed()).isEqualTo(8);
    assertThat(suite.coverage().uncovered()).isEmpty();
  }
}
