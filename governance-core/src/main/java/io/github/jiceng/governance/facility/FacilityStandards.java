package io.github.jiceng.governance.facility;

import io.github.jiceng.governance.internal.Checks;
import io.github.jiceng.governance.policy.Citation;
import io.github.jiceng.governance.policy.EffectivePeriod;
import io.github.jiceng.governance.policy.IntRange;
import io.github.jiceng.governance.policy.ParameterKey;
import io.github.jiceng.governance.policy.ParameterVersion;
import io.github.jiceng.governance.policy.Policy;
import io.github.jiceng.governance.policy.Text;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The standards for community facilities as policy parameters.
 *
 * <p>One has a national default: comprehensive service facilities of at least 30 m² per hundred
 * households (0.30 m² a household), the figure of the State Council's plan for community services
 * in the 14th five-year period (《"十四五"城乡社区服务体系建设规划》, 国务院办公厅 2021; its number, 国办发〔2021〕56号, and its
 * date, 2021-12-27, were not checked against the text here; the figure is the one stated at the
 * State Council's policy briefing of 2022-02-09). The others are a city's or a county's, set by a
 * local policy with its own citation — for example 0.4 m² a household and a target of 70 % of
 * communities up to standard (a city in seed report 003), activity rooms of at least 400 m² (宣城,
 * seed report 000), a rural service centre of 300–800 m² holding "三室三站一栏一校一场" (a county in seed
 * report 003).
 */
public final class FacilityStandards {
  private FacilityStandards() {}

  /** Service floor area per household, in m² (每户社区综合服务设施面积). */
  public static final ParameterKey<BigDecimal> AREA_PER_HOUSEHOLD =
      ParameterKey.of(
          "facility.service-area.per-household",
          BigDecimal.class,
          Text.of("每户社区服务设施面积（平方米）", "service floor area per household (m²)"));

  /** Activity rooms' floor area at least, in m² (社区活动用房面积). */
  public static final ParameterKey<BigDecimal> ACTIVITY_ROOM_MIN_AREA =
      ParameterKey.of(
          "facility.activity-room.min-area",
          BigDecimal.class,
          Text.of("社区活动用房面积下限（平方米）", "activity rooms' floor area at least (m²)"));

  /** Office floor area at least, in m² (社区办公用房面积). */
  public static final ParameterKey<BigDecimal> OFFICE_MIN_AREA =
      ParameterKey.of(
          "facility.office.min-area",
          BigDecimal.class,
          Text.of("社区办公用房面积下限（平方米）", "office floor area at least (m²)"));

  /** A rural community's service centre's floor area, in m² (农村社区服务中心建筑面积). */
  public static final ParameterKey<IntRange> RURAL_CENTRE_AREA =
      ParameterKey.of(
          "facility.rural-centre.area",
          IntRange.class,
          Text.of("农村社区服务中心建筑面积（平方米）", "a rural service centre's floor area (m²)"));

  /** What the facilities must hold, as checklists ({@link Checklists}). */
  public static final ParameterKey<Checklists> CHECKLISTS =
      ParameterKey.of(
          "facility.checklists",
          Checklists.class,
          Text.of("社区服务设施功能清单", "checklists of what the facilities must hold"));

  /** The share of communities up to standard a district aims at, in percent (达标率目标). */
  public static final ParameterKey<Integer> COMPLIANCE_TARGET_PERCENT =
      ParameterKey.of(
          "facility.compliance.target-percent",
          Integer.class,
          Text.of("社区服务设施达标率目标（%）", "share of communities up to standard aimed at (%)"));

  /** The national default's first day, as the plan is dated (not checked against its text). */
  static final LocalDate PLAN_2021 = LocalDate.of(2021, 12, 27);

  /** Every parameter key of the facility standards, for loaders that read parameters by id. */
  public static List<ParameterKey<?>> keys() {
    return List.of(
        AREA_PER_HOUSEHOLD,
        ACTIVITY_ROOM_MIN_AREA,
        OFFICE_MIN_AREA,
        RURAL_CENTRE_AREA,
        CHECKLISTS,
        COMPLIANCE_TARGET_PERCENT);
  }

  /** Adds the national default, 0.30 m² of service floor area a household, to {@code policy}. */
  public static Policy.Builder addNationalDefaults(Policy.Builder policy) {
    Checks.required(policy, "FacilityStandards.addNationalDefaults", "policy");
    return policy.define(
        AREA_PER_HOUSEHOLD,
        ParameterVersion.of(
            new BigDecimal("0.30"),
            EffectivePeriod.from(PLAN_2021),
            Citation.of(
                "《“十四五”城乡社区服务体系建设规划》（国务院办公厅，国办发〔2021〕56号；文号与日期未经原文核对）",
                "每百户居民拥有社区综合服务设施面积不低于30平方米（据2022-02-09国务院政策例行吹风会）"),
            "30 m² per hundred households"));
  }
}
