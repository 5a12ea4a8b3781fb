package io.github.jiceng.governance.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.base.Violation;
import io.github.jiceng.governance.calendar.WorkingCalendar;
import io.github.jiceng.governance.defaults.NationalDefaults;
import io.github.jiceng.governance.policy.Citation;
import io.github.jiceng.governance.policy.EffectivePeriod;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ServiceItemTest {
  private static final LocalDate DAY = LocalDate.of(2026, 6, 30);
  private static final String ID_NUMBER = "11010519491231002X";

  /** 低保申请 with one attribute of every type. */
  static ServiceItem everyType() {
    return ServiceItem.builder("MZ-001", "最低生活保障申请", EffectivePeriod.from(LocalDate.of(2026, 1, 1)))
        .type(ItemType.ADMINISTRATIVE_BENEFIT)
        .category("社会救助")
        .department("区民政局", "街道办事处")
        .basis(Citation.of("《社会救助暂行办法》", "第十一条"))
        .window("社会救助窗口")
        .promised(20, 30)
        .proxy()
        .materials("户口簿", "身份证", "收入证明")
        .attribute(
            AttributeDefinition.builder("name", "申请人姓名", AttributeType.STRING)
                .required()
                .order(1)
                .personal()
                .maxLength(20)
                .build())
        .attribute(
            AttributeDefinition.builder("id_number", "身份证号", AttributeType.IDENTITY_NUMBER)
                .required()
                .order(2)
                .build())
        .attribute(
            AttributeDefinition.builder("phone", "联系电话", AttributeType.PHONE).order(3).build())
        .attribute(
            AttributeDefinition.builder("members", "家庭人口", AttributeType.INTEGER)
                .required()
                .order(4)
                .range(1, 20)
                .build())
        .attribute(
            AttributeDefinition.builder("income", "月人均收入（元）", AttributeType.NUMBER)
                .order(5)
                .range(0, null)
                .build())
        .attribute(
            AttributeDefinition.builder("since", "居住起始日", AttributeType.DATE).order(6).build())
        .attribute(
            AttributeDefinition.builder("visit", "预约上门时间", AttributeType.DATETIME).order(7).build())
        .attribute(
            AttributeDefinition.builder("disabled", "是否残疾", AttributeType.BOOLEAN).order(8).build())
        .attribute(
            AttributeDefinition.builder("reason", "困难原因", AttributeType.SINGLE_VALUE_LIST)
                .order(9)
                .value("illness", "因病")
                .value("unemployed", "失业")
                .build())
        .attribute(
            AttributeDefinition.builder("needs", "需求", AttributeType.MULTI_VALUE_LIST)
                .order(10)
                .value("food", "基本生活")
                .value("medical", "医疗")
                .value("school", "教育")
                .build())
        .attribute(
            AttributeDefinition.builder("note", "情况说明", AttributeType.TEXT).order(11).build())
        .attribute(
            AttributeDefinition.builder("community", "所在社区", AttributeType.DIVISION_CODE)
                .order(12)
                .build())
        .attribute(
            AttributeDefinition.builder("proof", "收入证明扫描件", AttributeType.ATTACHMENT)
                .order(13)
                .build())
        .attribute(
            AttributeDefinition.builder("bank_card", "银行卡号", AttributeType.STRING)
                .order(14)
                .pattern("[0-9]{16,19}")
                .personal()
                .build())
        .build();
  }

  private static Map<String, String> valid() {
    Map<String, String> raw = new HashMap<>();
    raw.put("name", "王小明");
    raw.put("id_number", ID_NUMBER);
    raw.put("phone", "13812345678");
    raw.put("members", "3");
    raw.put("income", "620.50");
    raw.put("since", "2019-03-01");
    raw.put("visit", "2026-07-02T09:30+08:00");
    raw.put("disabled", "false");
    raw.put("reason", "illness");
    raw.put("needs", "food, medical");
    raw.put("note", "因病致贫");
    raw.put("community", "341802002006");
    raw.put("proof", "DOC-2026-0001");
    raw.put("bank_card", "6222020200112233445");
    return raw;
  }

  @Test
  @DisplayName(
      "every attribute type accepts a valid value, in normal form; personal ones print masked")
  void everyTypeValid() {
    ServiceAttributes attributes = everyType().checkAttributes(valid(), DAY);

    assertThat(attributes.all()).hasSize(14);
    assertThat(attributes.get("needs").orElseThrow().value()).isEqualTo("food,medical");
    assertThat(attributes.get("id_number").orElseThrow().value()).isEqualTo(ID_NUMBER);
    assertThat(attributes.toString())
        .contains("id_number=1101**********002X", "phone=138****5678", "members=3")
        .doesNotContain(ID_NUMBER, "13812345678", "王小明", "6222020200112233445");
  }

  @ParameterizedTest(name = "{0} = {1}: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "name|王小明的名字实在是太长了超过了二十个字的上限啊啊|must be at most 20 characters",
        "id_number|110105194912310021|check character",
        "phone|12345|must be a phone number",
        "members|25|must be at most 20",
        "members|3.5|must be a whole number",
        "income|-1|must be at least 0",
        "income|abc|must be a number",
        "since|2019-02-30|must be an ISO date",
        "visit|2026-07-02 09:30|must be an ISO date-time",
        "disabled|yes|must be true or false",
        "reason|poverty|must be one of [illness, unemployed]",
        "needs|food,food|must not name a key twice",
        "needs|food,toys|must be keys of",
        "community|3418020|must be a 12-digit division code",
        "proof|13812345678|without personal numbers",
        "bank_card|1234|must match the pattern",
      })
  @DisplayName(
      "every attribute type refuses a wrong value, naming the attribute and never the value")
  void everyTypeInvalid(String code, String value, String problem) {
    Map<String, String> raw = valid();
    raw.put(code, value);

    assertThatThrownBy(() -> everyType().checkAttributes(raw, DAY))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e -> {
              assertThat(((InvalidInputException) e).violations())
                  .extracting(Violation::field)
                  .containsExactly("attributes." + code);
              assertThat(e.getMessage()).contains(problem).doesNotContain(value);
            });
  }

  @Test
  @DisplayName("missing required attributes and unknown ones are all reported at once")
  void missingAndUnknown() {
    Map<String, String> raw = valid();
    raw.remove("id_number");
    raw.put("members", " ");
    raw.put("salary", "100");
    assertThatThrownBy(() -> everyType().checkAttributes(raw, DAY))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).violations())
                    .extracting(Violation::field)
                    .containsExactlyInAnyOrder(
                        "attributes", "attributes.id_number", "attributes.members"));
  }

  @Test
  @DisplayName(
      "a promised item is due after its working days, across the National Day holiday and a make-up day")
  void dueOnTheWorkingCalendar() {
    WorkingCalendar calendar = WorkingCalendar.of(NationalDefaults.policy());
    ServiceItem promised =
        ServiceItem.builder("RS-001", "就业失业登记", EffectivePeriod.always())
            .type(ItemType.ADMINISTRATIVE_CONFIRMATION)
            .category("就业")
            .department("区人社局", "街道办事处")
            .basis(Citation.of("《就业服务与就业管理规定》"))
            .window("就业社保窗口")
            .promised(3, null)
            .build();
    // 2026-10-01..07 off; 10-08 and 10-09 working days; Saturday 10-10 a make-up working day
    assertThat(promised.dueOn(LocalDate.of(2026, 9, 30), calendar))
        .isEqualTo(LocalDate.of(2026, 10, 10));
    assertThat(everyType().dueOn(LocalDate.of(2026, 6, 1), calendar))
        .isEqualTo(calendar.plusWorkingDays(LocalDate.of(2026, 6, 1), 20));
    ServiceItem spot =
        ServiceItem.builder("MZ-009", "居住证明", EffectivePeriod.always())
            .category("证明")
            .department("区民政局", "社区居民委员会")
            .basis(Citation.of("《城市居民委员会组织法》"))
            .window("综合窗口")
            .build();
    assertThat(spot.dueOn(DAY, calendar)).isEqualTo(DAY);
  }

  @Test
  @DisplayName(
      "an item is checked: promise longer than the statute, list without values, doubled codes")
  void itemChecks() {
    assertThatThrownBy(
            () ->
                ServiceItem.builder("X-1", "某事项", EffectivePeriod.always())
                    .category("c")
                    .department("d", "i")
                    .basis(Citation.of("b"))
                    .window("w")
                    .promised(40, 30)
                    .attribute(
                        AttributeDefinition.builder("a", "甲", AttributeType.STRING)
                            .order(1)
                            .build())
                    .attribute(
                        AttributeDefinition.builder("a", "乙", AttributeType.DATE).order(2).build())
                    .build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("must not be longer than the statutory time (30 working days)")
        .hasMessageContaining("code a is used twice");
    assertThatThrownBy(
            () ->
                AttributeDefinition.builder("kind", "类别", AttributeType.SINGLE_VALUE_LIST).build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("at least one value");
    assertThatThrownBy(
            () ->
                AttributeDefinition.builder("n", "数", AttributeType.DATE)
                    .range(1, 2)
                    .pattern("(")
                    .build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("range")
        .hasMessageContaining("only a string has a pattern");
    assertThatThrownBy(() -> ServiceItem.builder("X-2", "缺窗口", EffectivePeriod.always()).build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("window")
        .hasMessageContaining("basis");
  }

  @Test
  @DisplayName("the catalogue answers as of a day; overlapping versions of one item are refused")
  void catalogueVersions() {
    ServiceItem before =
        ServiceItem.builder(
                "MZ-002",
                "高龄津贴申请",
                EffectivePeriod.between(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 6, 30)))
            .type(ItemType.ADMINISTRATIVE_BENEFIT)
            .category("社会福利")
            .department("区民政局", "街道办事处")
            .basis(Citation.of("《安徽省高龄津贴制度实施办法》（示例）"))
            .window("社会福利窗口")
            .promised(15, null)
            .build();
    ServiceItem after =
        ServiceItem.builder("MZ-002", "高龄津贴申请", EffectivePeriod.from(LocalDate.of(2026, 7, 1)))
            .type(ItemType.ADMINISTRATIVE_BENEFIT)
            .category("社会福利")
            .department("区民政局", "街道办事处")
            .basis(Citation.of("《安徽省高龄津贴制度实施办法》（示例）"))
            .window("社会福利窗口")
            .promised(10, null)
            .build();
    ServiceCatalogue catalogue =
        ServiceCatalogue.builder("xuanzhou-services", "2026.1")
            .item(after)
            .item(before)
            .item(everyType())
            .build();

    assertThat(catalogue.item("MZ-002", LocalDate.of(2026, 6, 30)))
        .map(ServiceItem::promisedWorkingDays)
        .contains(15);
    assertThat(catalogue.item("MZ-002", LocalDate.of(2026, 7, 1)))
        .map(ServiceItem::promisedWorkingDays)
        .contains(10);
    assertThat(catalogue.item("MZ-001", LocalDate.of(2025, 12, 31))).isEmpty();
    assertThat(catalogue.versions("MZ-002")).containsExactly(before, after);
    assertThat(catalogue.windows(DAY)).containsExactly("社会救助窗口", "社会福利窗口"); // by code point

    assertThatThrownBy(
            () ->
                ServiceCatalogue.builder("c", "1")
                    .item(before)
                    .item(everyType())
                    .item(before)
                    .build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("items[2]")
        .hasMessageContaining("overlaps");
  }
}
