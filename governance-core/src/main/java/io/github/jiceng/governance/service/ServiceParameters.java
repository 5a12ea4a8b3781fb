package io.github.jiceng.governance.service;

import io.github.jiceng.governance.internal.Checks;
import io.github.jiceng.governance.policy.Citation;
import io.github.jiceng.governance.policy.EffectivePeriod;
import io.github.jiceng.governance.policy.ParameterKey;
import io.github.jiceng.governance.policy.ParameterVersion;
import io.github.jiceng.governance.policy.Policy;
import io.github.jiceng.governance.policy.Text;
import java.time.LocalDate;
import java.util.List;

/** The numbers of the one-window desk, as dated policy parameters. */
public final class ServiceParameters {

  /**
   * How many levels a resident rates a settled request on: 5 (非常满意, 满意, 基本满意, 不满意, 非常不满意 — the
   * national 政务服务"好差评" system), or 3 (满意, 基本满意, 不满意) where a jurisdiction's policy says so. A
   * rating off the scale in force on the day is refused.
   */
  public static final ParameterKey<Integer> RATING_LEVELS =
      ParameterKey.of(
          "service.rating.levels",
          Integer.class,
          Text.of("满意度评价等级数", "levels of the satisfaction rating"));

  /** The day 国办发〔2019〕51号 was issued. */
  private static final LocalDate GOOD_BAD_RATING = LocalDate.of(2019, 12, 3);

  private ServiceParameters() {}

  /** Every key above. */
  public static List<ParameterKey<?>> keys() {
    return List.of(RATING_LEVELS);
  }

  /** Adds the national default (five levels) to {@code policy}. */
  public static Policy.Builder addNationalDefaults(Policy.Builder policy) {
    Checks.required(policy, "ServiceParameters.addNationalDefaults", "policy");
    return policy.define(
        RATING_LEVELS,
        ParameterVersion.of(
            5,
            EffectivePeriod.from(GOOD_BAD_RATING),
            Citation.of(
                "《国务院办公厅关于建立政务服务“好差评”制度提高政务服务水平的意见》（国办发〔2019〕51号，2019年12月3日）",
                "评价等级为非常满意、满意、基本满意、不满意、非常不满意五级；条款序号未逐字核实"),
            "五级评价"));
  }
}
