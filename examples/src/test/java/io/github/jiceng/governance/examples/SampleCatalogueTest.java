package io.github.jiceng.governance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.service.ItemKind;
import io.github.jiceng.governance.service.ServiceCatalogue;
import io.github.jiceng.governance.service.ServiceCatalogueFile;
import io.github.jiceng.governance.service.ServiceItem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SampleCatalogueTest {
  private static final Path SAMPLE = Path.of("policies/xuanzhou-services.yaml");

  @Test
  @DisplayName("the complete example in docs/service-catalogue-format.md is the demo's sample file")
  void documentedExampleIsTheSample() throws Exception {
    String doc = Files.readString(Path.of("../docs/service-catalogue-format.md"));
    Matcher yaml = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL).matcher(doc);
    assertThat(yaml.find()).as("the format page has a yaml example").isTrue();

    assertThat(yaml.group(1)).isEqualTo(Files.readString(SAMPLE));
  }

  @Test
  @DisplayName(
      "the sample catalogue loads: six items at six windows, 高龄津贴 promised sooner from July")
  void sampleLoads() {
    ServiceCatalogue catalogue = ServiceCatalogueFile.read(SAMPLE);

    LocalDate june = LocalDate.of(2026, 6, 30);
    assertThat(catalogue.items(june)).hasSize(6);
    assertThat(catalogue.windows(june)).hasSize(6);
    assertThat(catalogue.item("MZ-002", june).orElseThrow().promisedWorkingDays()).isEqualTo(10);
    assertThat(catalogue.item("MZ-002", june.plusDays(1)).orElseThrow().promisedWorkingDays())
        .isEqualTo(7);
    ServiceItem certificate = catalogue.item("GG-001", june).orElseThrow();
    assertThat(certificate.kind()).isEqualTo(ItemKind.ON_THE_SPOT);
    assertThat(certificate.attributes().get(0).personal()).isTrue();
    assertThat(catalogue.items(june))
        .allSatisfy(item -> assertThat(item.basis().document()).isNotBlank());
  }
}
