package io.github.jiceng.governance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.access.AccessPolicyFile;
import io.github.jiceng.governance.election.Candidate;
import io.github.jiceng.governance.election.ElectionRules;
import io.github.jiceng.governance.election.ResidentsElection;
import io.github.jiceng.governance.policy.Compliance;
import io.github.jiceng.governance.policy.Decision;
import io.github.jiceng.governance.policy.Policy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** docs/elections.md's province policy file is read as written, and decides by its dates. */
class ElectionsDocTest {

  private static String yamlBlock() throws IOException {
    Matcher block =
        Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL)
            .matcher(Files.readString(Path.of("..", "docs", "elections.md")));
    assertThat(block.find()).as("a yaml block in docs/elections.md").isTrue();
    return block.group(1);
  }

  private static ResidentsElection round(LocalDate day) {
    return new ResidentsElection(
        ResidentsElection.Way.ALL_RESIDENTS,
        0,
        0,
        5568,
        4213,
        1,
        List.of(new Candidate("C1", 3900, true, false), new Candidate("C2", 300, false, false)),
        day);
  }

  @Test
  @DisplayName(
      "the documented province file decides a 2020 round under its 2013 article and a 2026 round"
          + " under its 2025 one; before its first version the rules do not apply")
  void documentedProvinceFile() throws IOException {
    Policy province = AccessPolicyFile.read(yamlBlock(), "my-province-elections.yaml").parameters();

    Decision<Compliance> in2020 = ElectionRules.check(round(LocalDate.of(2020, 5, 1)), province);
    Decision<Compliance> in2026 = ElectionRules.check(round(LocalDate.of(2026, 5, 16)), province);
    Decision<Compliance> in2010 = ElectionRules.check(round(LocalDate.of(2010, 5, 1)), province);

    assertThat(in2020.outcome()).isEqualTo(Compliance.COMPLIANT);
    assertThat(in2020.explain()).contains("第二十五条").doesNotContain("第三十条");
    assertThat(in2026.explain()).contains("第三十条");
    assertThat(in2010.result(ElectionRules.RC_TURNOUT).orElseThrow().verdict())
        .isEqualTo(io.github.jiceng.governance.policy.Verdict.NOT_APPLICABLE);
  }
}
