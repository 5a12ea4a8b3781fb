package io.github.jiceng.governance.division;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.base.InvalidInputException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CoordinatesTest {

  @Test
  @DisplayName("toString gives the point to two decimals and its system, never the exact point")
  void printedCoarsely() {
    Coordinates gate = new Coordinates(30.946_612_5, 118.759_034_7, CoordinateSystem.CGCS2000);

    assertThat(gate).hasToString("Coordinates[~30.95N 118.76E CGCS2000]");
    assertThat(gate.toString()).doesNotContain("30.9466").doesNotContain("118.759");
    assertThat(new Coordinates(-33.86, -70.65, CoordinateSystem.WGS84))
        .hasToString("Coordinates[~33.86S 70.65W WGS84]");
  }

  @ParameterizedTest(name = "{0}, {1}: {2}")
  @CsvSource({
    "90.000001, 118.0, latitude",
    "-91, 118.0, latitude",
    "NaN, 118.0, latitude",
    "30.9, 180.5, longitude",
    "30.9, Infinity, longitude",
  })
  @DisplayName("a degree out of its range or not a number is refused, naming the field")
  void outOfRange(double latitude, double longitude, String field) {
    assertThatThrownBy(() -> new Coordinates(latitude, longitude, CoordinateSystem.GCJ02))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(field);
  }

  @Test
  @DisplayName("a point without its system is refused: the same numbers lie apart in two systems")
  void systemRequired() {
    assertThatThrownBy(() -> new Coordinates(30.9, 118.7, null))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("system");
  }
}
