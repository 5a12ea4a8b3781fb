package io.github.jiceng.governance.service;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.internal.Checks;
import io.github.jiceng.governance.policy.Citation;
import io.github.jiceng.governance.policy.EffectivePeriod;
import io.github.jiceng.governance.policy.InvalidPolicyException;
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

  /**
   * The levels of the rating scale {@code policy} sets on {@code day}.
   *
   * @throws io.github.jiceng.governance.policy.ParameterNotInForceException if it sets none then
   * @throws InvalidPolicyException if it sets a number other than 3 or 5
   */
  public static int ratingLevels(Policy policy, LocalDate day) {
    Checks.required(policy, "ServiceParameters.ratingLevels", "policy");
    Checks.required(day, "ServiceParameters.ratingLevels", "day");
    int levels = policy.value(RATING_LEVELS, day);
    if (levels != 3 && levels != 5) {
      throw new InvalidPolicyException(
          "policy "
              + policy.id()
              + " sets "
              + RATING_LEVELS.id()
              + " to "
              + levels
              + " on "
              + day
              + "; a rating scale has 3 or 5 levels");
    }
    return levels;
  }

  /**
   * {@code rating}, if it is on the scale {@code policy} sets on {@code day}.
   *
   * @param call names the call in the error, e.g. {@code ServiceDesk.rate}
   * @throws InvalidInputException naming {@code rating} and the levels of the scale if it is not
   */
  public static Satisfaction onScale(
      Satisfaction rating, Policy policy, LocalDate day, String call) {
    Checks.required(rating, call, "rating");
    int levels = ratingLevels(policy, day);
    if (!rating.onScale(levels)) {
      throw InvalidInputException.of(
          call,
          "rating",
          "must be one of "
              + Satisfaction.scale(levels).stream().map(r -> r.label().zh()).toList()
              + " on the "
              + levels
              + "-level scale in force on "
              + day);
    }
    return rating;
  }

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
