package io.github.jiceng.governance.access;

import static io.github.jiceng.governance.access.AccessFixture.CHENGDONG;
import static io.github.jiceng.governance.access.AccessFixture.FROM_2025;
import static io.github.jiceng.governance.access.AccessFixture.item;
import static io.github.jiceng.governance.access.AccessFixture.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.jiceng.governance.defaults.NationalDefaults;
import io.github.jiceng.governance.policy.Decision;
import io.github.jiceng.governance.policy.EffectivePeriod;
import io.github.jiceng.governance.policy.PolicyCheckException;
import io.github.jiceng.governance.policy.PolicyProblem;
import io.github.jiceng.governance.policy.Verdict;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rule A6 without honest self-declaration: prohibited kinds meet requests by words, categories and
 * items.
 */
class ProhibitedKindMatchingTest {
  private static final LocalDate ASKED = LocalDate.of(2026, 3, 3);

  private static final ProhibitedKind QUOTA =
      ProhibitedKind.of(
              "QUOTA", "下达招商引资、协税护税等经济指标", AccessRules.HUNAN_2020, EffectivePeriod.from(FROM_2025))
          .withWords("招商引资", "协税护税")
          .withCategories("经济指标");
  private static final ProhibitedKind VETO =
      ProhibitedKind.of(
              "VETO", "签订责任状、实行一票否决", AccessRules.HUNAN_2020, EffectivePeriod.from(FROM_2025))
          .withWords("一票否决", "责任状");
  private static final ProhibitedKind TRACE =
      ProhibitedKind.of(
              "TRACE",
              "以截图、视频、APP注册等作为工作留痕",
              AccessRules.HUNAN_2020,
              EffectivePeriod.from(FROM_2025))
          .withWords("截图留痕", "APP注册");

  private static AccessPolicy.Builder builder() {
    return AccessPolicy.builder("matching", "1")
        .basedOn(NationalDefaults.policy())
        .parameter(
            AccessParameters.LEAD_WORKING_DAYS, AccessFixture.version(30, AccessFixture.XICHENG))
        .parameter(
            AccessParameters.DECISION_WORKING_DAYS,
            AccessFixture.version(15, AccessFixture.XICHENG))
        .parameter(
            AccessParameters.EMERGENCY_MAX_DAYS, AccessFixture.version(30, AccessFixture.LOCAL))
        .item(item(AccessList.DUTY, "D-01", "居民委员会换届选举").build())
        .item(item(AccessList.NEGATIVE, "N-01", "招商引资任务").category("经济指标").kinds("QUOTA").build())
        .item(item(AccessList.CERTIFICATE, "C-01", "居住证明").build())
        .prohibit(QUOTA)
        .prohibit(VETO)
        .prohibit(TRACE);
  }

  private static final AccessPolicy POLICY = builder().build();

  private static Decision<AccessOutcome> decide(TaskRequest.Builder request) {
    return POLICY.decide(request.build(), CHENGDONG, ASKED);
  }

  @ParameterizedTest(name = "\"{0}\" on duty item D-01, nothing declared → refused by A6 ({1})")
  @CsvSource({
    "2026年招商引资任务分解, QUOTA",
    "协税护税工作, QUOTA",
    "安全生产一票否决考核, VETO",
    "社区签订综治责任状, VETO",
    "活动截图留痕上报, TRACE",
    "下载 ＡＰＰ 注册推广, TRACE"
  })
  @DisplayName(
      "a quota task written onto a duty item without declaring its kind is refused by A6, by the words of its title")
  void undeclaredQuotaOnADutyItem(String title, String kind) {
    Decision<AccessOutcome> decision = decide(request("D-01").title(title));

    assertThat(decision.outcome()).isEqualTo(AccessOutcome.REFUSED);
    assertThat(decision.decidingRuleIds()).containsExactly("A6");
    assertThat(decision.result("A6").orElseThrow().reason().en())
        .startsWith("prohibited kind of work: " + kind)
        .contains("the request's title contains");
    assertThat(decision.result("A6").orElseThrow().citations()).contains(AccessRules.HUNAN_2020);
  }

  @Test
  @DisplayName(
      "a request claiming an item that declares itself a prohibited kind is refused by A6 too, saying how")
  void itemDeclaresTheKind() {
    Decision<AccessOutcome> decision = decide(request("N-01").title("年度任务"));

    assertThat(decision.decidingRuleIds()).containsExactly("A1", "A6");
    assertThat(decision.result("A6").orElseThrow().reason().en())
        .contains("item N-01 declares itself this kind");
  }

  @Test
  @DisplayName("a declared demand still refuses; an ordinary title and no demand satisfies A6")
  void declaredAndOrdinary() {
    assertThat(decide(request("D-01").title("换届选举").demands("VETO")).decidingRuleIds())
        .containsExactly("A6");
    Decision<AccessOutcome> ordinary = decide(request("D-01").title("居民委员会换届选举组织工作"));
    assertThat(ordinary.outcome()).isEqualTo(AccessOutcome.ADMITTED);
    assertThat(ordinary.result("A6").orElseThrow().verdict()).isEqualTo(Verdict.SATISFIED);
  }

  @Test
  @DisplayName("before any kind is in force A6 is not applicable; on its first day it refuses")
  void kindsInForce() {
    TaskRequest.Builder quota =
        request("D-01").title("招商引资任务").appliedOn(LocalDate.of(2024, 12, 1));

    assertThat(
            POLICY
                .decide(quota.build(), CHENGDONG, FROM_2025.minusDays(1))
                .result("A6")
                .orElseThrow()
                .verdict())
        .isEqualTo(Verdict.NOT_APPLICABLE);
    assertThat(
            POLICY.decide(quota.build(), CHENGDONG, FROM_2025).result("A6").orElseThrow().verdict())
        .isEqualTo(Verdict.VIOLATED);
  }

  @Test
  @DisplayName(
      "normalisation: full-width letters, case and spaces are folded on both sides, and nothing else is inferred")
  void normalisation() {
    assertThat(ProhibitedKind.normalise("下载 ＡＰＰ\u3000注册")).isEqualTo("下载app注册");
    assertThat(ProhibitedKind.normalise("招商引资")).isSameAs("招商引资");
    assertThat(TRACE.words()).containsExactly("截图留痕", "app注册");
    assertThat(decide(request("D-01").title("招商工作")).result("A6").orElseThrow().verdict())
        .isEqualTo(Verdict.SATISFIED);
  }

  @Test
  @DisplayName(
      "the static check refuses DUTY, ASSIST and CERTIFICATE items a prohibited kind covers, by title, category or declaration; a NEGATIVE one is fine")
  void staticCheck() {
    PolicyCheckException e =
        catchThrowableOfType(
            PolicyCheckException.class,
            () ->
                builder()
                    .item(item(AccessList.DUTY, "D-02", "协税护税工作").build())
                    .item(
                        item(AccessList.ASSIST, "X-09", "项目服务")
                            .category("经济指标")
                            .with("系统权限", "专项经费")
                            .build())
                    .item(item(AccessList.CERTIFICATE, "C-09", "无犯罪证明").kinds("VETO").build())
                    .item(item(AccessList.DUTY, "D-03", "网格巡查").kinds("NOPE").build())
                    .build());

    List<String> problems = e.problems().stream().map(PolicyProblem::toString).toList();
    assertThat(problems)
        .anySatisfy(
            p ->
                assertThat(p)
                    .startsWith(
                        "ERROR PROHIBITED_ITEM D-02: is on the duty list but prohibited kind QUOTA")
                    .contains("the title of item D-02 contains '协税护税'"))
        .anySatisfy(
            p ->
                assertThat(p)
                    .startsWith("ERROR PROHIBITED_ITEM X-09")
                    .contains("is of category 经济指标"))
        .anySatisfy(
            p ->
                assertThat(p)
                    .startsWith("ERROR PROHIBITED_ITEM C-09")
                    .contains("declares itself this kind"))
        .anySatisfy(
            p ->
                assertThat(p).startsWith("ERROR UNKNOWN_KIND D-03: declares prohibited kind NOPE"));
    assertThat(problems).noneSatisfy(p -> assertThat(p).contains("N-01"));
  }

  @Test
  @DisplayName(
      "in a policy file: words, categories and an item's kinds are read, reported with their line, and written back")
  void inAFile() {
    String yaml =
        """
        policy: p
        version: "1"
        based-on: national
        prohibited-kinds:
          - {code: QUOTA, title: 下达经济指标, citation: 湘民发〔2020〕41号, words: [招商引资, 协税护税], categories: [经济指标]}
        items:
          - {code: N-01, list: NEGATIVE, title: 指标任务, departments: [商务局], basis: 法, kinds: [QUOTA]}
          - {code: D-01, list: DUTY, title: 招商引资服务, departments: [商务局], basis: 法}
        """;
    PolicyCheckException e =
        catchThrowableOfType(
            PolicyCheckException.class, () -> AccessPolicyFile.read(yaml, "p.yaml"));
    assertThat(e.problems())
        .extracting(PolicyProblem::toString)
        .anySatisfy(p -> assertThat(p).startsWith("p.yaml:8: ERROR PROHIBITED_ITEM D-01"));

    AccessPolicy ok = AccessPolicyFile.read(yaml.replace("招商引资服务", "选举服务"), "p.yaml");
    AccessPolicy back = AccessPolicyFile.read(AccessPolicyFile.write(ok), "back.yaml");
    assertThat(back.prohibitedKinds()).isEqualTo(ok.prohibitedKinds());
    assertThat(back.items()).isEqualTo(ok.items());
    assertThat(back.prohibitedKinds().get(0).words()).containsExactly("招商引资", "协税护税");
    assertThat(back.items().get(0).kinds()).containsExactly("QUOTA");
  }
}
