package io.github.jiceng.governance.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.policy.Citation;
import io.github.jiceng.governance.policy.EffectivePeriod;
import io.github.jiceng.governance.policy.PolicyCheckException;
import io.github.jiceng.governance.policy.PolicyProblem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceCatalogueFileTest {

  /** Two items; the second changes its promised time from July and shares an attribute. */
  private static final String GOOD =
      """
      catalogue: xuanzhou-services
      version: "2026.1"
      items:
        - code: GG-001
          name: 居住证明
          type: 公共服务
          category: 证明
          department: 区民政局
          implementing-body: 社区居民委员会
          basis: {document: 《居住证暂行条例》, article: 条款未核实}
          window: 综合窗口
          from: 2026-01-01
          kind: on-the-spot
          materials: [身份证]
          attributes:
            - &name {code: name, name: 申请人姓名, type: string, required: true, personal: true, max-length: 20}
        - code: MZ-002
          name: 高龄津贴申请
          type: administrative-benefit
          category: 社会福利
          department: 区民政局
          implementing-body: 街道办事处
          basis: 地方高龄津贴制度（示例）
          window: 社会福利窗口
          kind: promised
          proxy: true
          attributes:
            - *name
            - {code: age_group, name: 年龄段, type: single-value-list, order: 2, values: [{key: "80", name: 80-89周岁}, {key: "90", name: 90周岁以上}]}
          versions:
            - {from: 2026-01-01, to: 2026-06-30, promised-days: 10}
            - {from: 2026-07-01, promised-days: 7}
      """;

  @Test
  @DisplayName("a file reads into dated item versions; a version lists only what it changes")
  void readsVersions() {
    ServiceCatalogue catalogue = ServiceCatalogueFile.read(GOOD, "services.yaml");

    assertThat(catalogue.id()).isEqualTo("xuanzhou-services");
    assertThat(catalogue.codes()).containsExactly("GG-001", "MZ-002");
    ServiceItem june = catalogue.item("MZ-002", LocalDate.of(2026, 6, 30)).orElseThrow();
    ServiceItem july = catalogue.item("MZ-002", LocalDate.of(2026, 7, 1)).orElseThrow();
    assertThat(june.promisedWorkingDays()).isEqualTo(10);
    assertThat(july.promisedWorkingDays()).isEqualTo(7);
    assertThat(july.proxy()).isTrue();
    assertThat(july.type()).isEqualTo(ItemType.ADMINISTRATIVE_BENEFIT);
    assertThat(july.attributes())
        .extracting(AttributeDefinition::code)
        .containsExactly("name", "age_group");
    ServiceItem certificate = catalogue.item("GG-001", LocalDate.of(2026, 3, 2)).orElseThrow();
    assertThat(certificate.type()).isEqualTo(ItemType.PUBLIC_SERVICE);
    assertThat(certificate.attributes().get(0).personal()).isTrue();
    assertThat(certificate.attributes().get(0).maxLength()).isEqualTo(20);
    assertThat(catalogue.item("GG-001", LocalDate.of(2025, 12, 31))).isEmpty();
  }

  @Test
  @DisplayName(
      "write gives a file that reads back into the same versions, every attribute type included")
  void roundTrip() {
    ServiceItem every = ServiceItemTest.everyType();
    ServiceCatalogue catalogue =
        ServiceCatalogue.builder("c", "1")
            .item(every)
            .item(
                ServiceItem.builder(
                        "GG-001",
                        "居住证明",
                        new EffectivePeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)))
                    .category("证明")
                    .department("区民政局", "社区居民委员会")
                    .basis(Citation.of("《居住证暂行条例》"))
                    .window("综合窗口")
                    .build())
            .item(
                ServiceItem.builder(
                        "GG-001", "居住证明", EffectivePeriod.from(LocalDate.of(2026, 1, 1)))
                    .category("证明")
                    .department("区民政局", "社区居民委员会")
                    .basis(Citation.of("《居住证暂行条例》", "第二条"))
                    .window("综合窗口")
                    .promised(2, 5)
                    .build())
            .build();

    String text = ServiceCatalogueFile.write(catalogue);
    ServiceCatalogue back = ServiceCatalogueFile.read(text, "written.yaml");

    assertThat(back.codes()).isEqualTo(catalogue.codes());
    for (String code : catalogue.codes()) {
      assertThat(back.versions(code)).as(code).isEqualTo(catalogue.versions(code));
    }
    assertThat(every.attributes())
        .extracting(AttributeDefinition::type)
        .contains(AttributeType.values());
  }

  @Test
  @DisplayName("the static check reports every problem of a file at once, each with its line")
  void staticCheck() {
    String bad =
        """
        catalogue: bad
        version: "1"
        items:
          - code: A-1
            name: 甲
            category: 证明
            implementing-body: 社区居民委员会
            basis: 某条例
            window: 综合窗口
            kind: promised
            promised-days: 30
            statutory-days: 20
          - code: A-1
            name: 甲二
          - code: B-1
            name: 乙
            category: 证明
            department: 区民政局
            implementing-body: 社区居民委员会
            basis: 某条例
            kind: on-the-spot
            attributes:
              - {code: kind, name: 类别, type: single-value-list}
          - code: C-1
            name: 丙
            category: 证明
            department: 区民政局
            implementing-body: 社区居民委员会
            basis: 某条例
            window: 综合窗口
            kind: on-the-spot
            versions:
              - {from: 2026-01-01, to: 2026-05-31}
              - {from: 2026-06-01, colour: red}
              - {from: 2026-03-01, to: 2026-12-31}
        """;

    assertThatThrownBy(() -> ServiceCatalogueFile.read(bad, "bad.yaml"))
        .isInstanceOf(PolicyCheckException.class)
        .satisfies(
            e -> {
              List<String> found =
                  ((PolicyCheckException) e)
                      .problems().stream()
                          .map(p -> p.line() + " " + p.check() + " " + p.subject())
                          .toList();
              assertThat(found)
                  .containsExactly(
                      "4 MISSING_DEPARTMENT A-1",
                      "11 PROMISE_OVER_STATUTE A-1",
                      "13 DUPLICATE_CODE A-1",
                      "15 MISSING_WINDOW B-1",
                      "23 LIST_WITHOUT_VALUES kind",
                      "34 UNKNOWN_KEY colour",
                      "34 OVERLAPPING_VERSIONS C-1",
                      "35 OVERLAPPING_VERSIONS C-1");
              assertThat(e.getMessage())
                  .startsWith("policy 'bad' has 8 errors:\n  bad.yaml:4: ERROR MISSING_DEPARTMENT");
            });
  }

  @Test
  @DisplayName("versions valid on one day are reported at the later one, naming the earlier's line")
  void overlappingVersions() {
    String text =
        GOOD.replace(
            "{from: 2026-01-01, to: 2026-06-30, promised-days: 10}",
            "{from: 2026-01-01, promised-days: 10}");

    PolicyCheckException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            PolicyCheckException.class, () -> ServiceCatalogueFile.read(text, "s.yaml"));

    PolicyProblem problem = e.problems().get(0);
    assertThat(e.problems()).hasSize(1);
    assertThat(problem.check()).isEqualTo("OVERLAPPING_VERSIONS");
    assertThat(problem.line()).isEqualTo(32);
    assertThat(problem.message()).contains("overlaps the one at line 31");
  }

  @Test
  @DisplayName("a list with no values, a bad type and a syntax error are named with their lines")
  void valuesAndSyntax() {
    String emptyValues =
        GOOD.replace(
            "values: [{key: \"80\", name: 80-89周岁}, {key: \"90\", name: 90周岁以上}]", "values: []");
    assertThatThrownBy(() -> ServiceCatalogueFile.read(emptyValues, "s.yaml"))
        .hasMessageContaining("s.yaml:29: ERROR LIST_WITHOUT_VALUES age_group");

    String badType = GOOD.replace("type: string,", "type: varchar,");
    assertThatThrownBy(() -> ServiceCatalogueFile.read(badType, "s.yaml"))
        .hasMessageContaining("s.yaml:16: ERROR STRUCTURE type: 'varchar' is not one of [string,");

    assertThatThrownBy(() -> ServiceCatalogueFile.read("catalogue: x\nitems: [\n", "s.yaml"))
        .isInstanceOf(PolicyCheckException.class)
        .hasMessageContaining("YAML_SYNTAX");
  }

  @Test
  @DisplayName("a file on disk is read with its path in every problem")
  void readsFile(@TempDir Path folder) throws Exception {
    Path file = folder.resolve("services.yaml");
    Files.writeString(file, GOOD.replace("    window: 综合窗口\n", ""));

    assertThatThrownBy(() -> ServiceCatalogueFile.read(file))
        .hasMessageContaining(file + ":4: ERROR MISSING_WINDOW GG-001");
  }
}
