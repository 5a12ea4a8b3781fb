package io.github.jiceng.governance.access;

import io.github.jiceng.governance.defaults.NationalDefaults;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.policy.Citation;
import io.github.jiceng.governance.policy.EffectivePeriod;
import io.github.jiceng.governance.policy.ParameterVersion;
import java.time.LocalDate;

/** A small policy with one item of each kind, for the rule tests. */
final class AccessFixture {
  static final LocalDate FROM_2025 = LocalDate.of(2025, 1, 1);
  static final DivisionCode CHENGDONG = DivisionCode.of("341802001001");
  static final DivisionCode STREET = DivisionCode.of("341802001000");
  static final Citation LOCAL = Citation.of("宣州区社区工作事项准入办法（测试）", "第五条");
  static final Citation XICHENG = Citation.of("北京市西城区社区工作事项准入制度");

  static final AccessPolicy POLICY =
      AccessPolicy.builder("test-access", "1")
          .title("测试准入清单")
          .basedOn(NationalDefaults.policy())
          .parameter(AccessParameters.LEAD_WORKING_DAYS, version(30, XICHENG))
          .parameter(AccessParameters.DECISION_WORKING_DAYS, version(15, XICHENG))
          .parameter(AccessParameters.EMERGENCY_MAX_DAYS, version(30, LOCAL))
          .parameter(
              AccessParameters.INSPECTIONS_PER_YEAR,
              ParameterVersion.of(
                  1, EffectivePeriod.from(LocalDate.of(2026, 1, 1)), LOCAL, "one a year"))
          .item(item(AccessList.DUTY, "D-01", "居民委员会换届选举").build())
          .item(item(AccessList.ASSIST, "X-01", "城乡居民医保参保登记").with("参保信息查询权限", "每户5元工作经费").build())
          .item(
              item(AccessList.ASSIST, "X-02", "流动人口信息采集")
                  .with("信息系统录入权限", "按户核拨")
                  .period(EffectivePeriod.between(FROM_2025, LocalDate.of(2026, 6, 30)))
                  .build())
          .item(
              item(AccessList.NEGATIVE, "X-02", "流动人口信息采集")
                  .period(EffectivePeriod.from(LocalDate.of(2026, 7, 1)))
                  .build())
          .item(item(AccessList.NEGATIVE, "N-01", "招商引资任务").build())
          .item(item(AccessList.CERTIFICATE, "C-01", "居住证明").build())
          .prohibit(
              ProhibitedKind.of(
                  "QUOTA", "下达招商引资、税收等指标", AccessRules.HUNAN_2020, EffectivePeriod.from(FROM_2025)))
          .approveForm(ApprovedForm.of("F-01", "社区基本情况统计表", LOCAL, EffectivePeriod.from(FROM_2025)))
          .build();

  private AccessFixture() {}

  static WorkItem.Builder item(AccessList list, String code, String title) {
    return WorkItem.builder(list, code, title)
        .departments("区民政局")
        .basis(LOCAL)
        .period(EffectivePeriod.from(FROM_2025));
  }

  static ParameterVersion<Integer> version(int value, Citation citation) {
    return ParameterVersion.of(
        value, EffectivePeriod.from(FROM_2025), citation, value + " from 2025");
  }

  /** A routine duty request through the street office, applied 2026-03-02, starting 2026-05-06. */
  static TaskRequest.Builder request(String item) {
    return TaskRequest.builder("R-1")
        .department("区民政局")
        .title("测试任务")
        .item(item)
        .communities(CHENGDONG)
        .appliedOn(LocalDate.of(2026, 3, 2))
        .period(LocalDate.of(2026, 5, 6), null);
  }
}
