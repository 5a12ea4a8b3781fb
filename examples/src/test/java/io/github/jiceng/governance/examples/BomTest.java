package io.github.jiceng.governance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The BOM pins every published module, at the project's version. */
class BomTest {
  private static final Path ROOT = Path.of("..");
  private static final Pattern ARTIFACT = Pattern.compile("<artifactId>([^<]+)</artifactId>");
  private static final Pattern VERSION = Pattern.compile("<version>([^<$]+)</version>");

  @Test
  @DisplayName("governance-bom lists every published module and has the parent's version")
  void bomPinsEveryPublishedModule() throws IOException {
    String bom = Files.readString(ROOT.resolve("governance-bom/pom.xml"));
    List<String> published;
    try (Stream<Path> modules = Files.list(ROOT)) {
      published =
          modules
              .filter(m -> Files.exists(m.resolve(".published")))
              .map(m -> artifactOf(m.resolve("pom.xml")))
              .sorted()
              .toList();
    }

    assertThat(published)
        .contains("governance-core", "governance-spring-boot-starter")
        .allSatisfy(
            artifact -> assertThat(bom).contains("<artifactId>" + artifact + "</artifactId>"));
    assertThat(firstVersion(bom))
        .isEqualTo(firstVersion(Files.readString(ROOT.resolve("pom.xml"))));
  }

  /** The module's own artifactId: the second in its POM, after the parent's. */
  private static String artifactOf(Path pom) {
    try {
      Matcher m = ARTIFACT.matcher(Files.readString(pom));
      m.find();
      m.find();
      return m.group(1);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String firstVersion(String pom) {
    Matcher m = VERSION.matcher(pom);
    assertThat(m.find()).isTrue();
    return m.group(1);
  }
}
