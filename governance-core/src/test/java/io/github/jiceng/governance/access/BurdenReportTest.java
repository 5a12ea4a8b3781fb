package io.github.jiceng.governance.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.division.DivisionCode;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BurdenReportTest {

  @Test
  @DisplayName(
      "a community's figures may come with empty breakdowns: no raw EnumMap error, empty views")
  void emptyBreakdowns() {
    BurdenReport.CommunityBurden line =
        new BurdenReport.CommunityBurden(
            DivisionCode.of("341802001001"),
            new BurdenReport.Counts(1, 2, 0),
            Map.of(),
            Map.of(),
            Map.of(),
            0,
            0,
            0,
            0);

    assertThat(line.byListing()).isEmpty();
    assertThat(line.byKind()).isEmpty();
    assertThat(line.total().total()).isEqualTo(3);
  }
}
