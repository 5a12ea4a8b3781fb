package io.github.jiceng.governance.grid;

import io.github.jiceng.governance.internal.Checks;
import io.github.jiceng.governance.policy.Citation;
import io.github.jiceng.governance.policy.EffectivePeriod;
import io.github.jiceng.governance.policy.IntRange;
import io.github.jiceng.governance.policy.ParameterKey;
import io.github.jiceng.governance.policy.ParameterVersion;
import io.github.jiceng.governance.policy.Policy;
import io.github.jiceng.governance.policy.Text;
import java.time.LocalDate;
import java.util.List;

/**
 * The size standards of grids, as policy parameters with their defaults.
 *
 * <p>There is no national regulation with numbers: the 2021 opinion of the CPC Central Committee
 * and the State Council on grassroots governance (《关于加强基层治理体系和治理能力现代化建设的意见》, 2021-04-28) asks for
 * grid-based management, and the provinces' grid regulations set the sizes. The defaults here are
 * the figures most of them share — an urban grid of 300 to 500 households and at most 2,500
 * residents; a rural grid of about 300 households and at most 2,500 residents — in force from
 * 2021-04-28. "About 300" is read as 250 to 350; a province with its own numbers overrides these
 * with {@link Policy.Builder#override} and its own citation.
 */
public final class GridStandards {
  private GridStandards() {}

  static final String OPINION = "《中共中央 国务院关于加强基层治理体系和治理能力现代化建设的意见》";
  static final LocalDate IN_FORCE = LocalDate.of(2021, 4, 28);

  /** Households an urban comprehensive grid covers (城市网格一般300—500户). */
  public static final ParameterKey<IntRange> URBAN_HOUSEHOLDS =
      key("grid.urban.households", IntRange.class, "城市网格户数", "households of an urban grid");

  /** Residents an urban grid has at most (城市网格人口一般不超过2500人). */
  public static final ParameterKey<Integer> URBAN_MAX_RESIDENTS =
      key(
          "grid.urban.max-residents",
          Integer.class,
          "城市网格人口上限",
          "residents of an urban grid at most");

  /** Households a rural comprehensive grid covers (农村网格约300户, read as 250—350). */
  public static final ParameterKey<IntRange> RURAL_HOUSEHOLDS =
      key("grid.rural.households", IntRange.class, "农村网格户数", "households of a rural grid");

  /** Residents a rural grid has at most (农村网格人口不超过2500人). */
  public static final ParameterKey<Integer> RURAL_MAX_RESIDENTS =
      key(
          "grid.rural.max-residents",
          Integer.class,
          "农村网格人口上限",
          "residents of a rural grid at most");

  /** Every parameter key of the grid standards, for loaders that read parameters by id. */
  public static List<ParameterKey<?>> keys() {
    return List.of(URBAN_HOUSEHOLDS, URBAN_MAX_RESIDENTS, RURAL_HOUSEHOLDS, RURAL_MAX_RESIDENTS);
  }

  /** Adds the default grid standards to {@code policy}. */
  public static Policy.Builder addNationalDefaults(Policy.Builder policy) {
    Checks.required(policy, "GridStandards.addNationalDefaults", "policy");
    return policy
        .define(URBAN_HOUSEHOLDS, version(IntRange.of(300, 500), "城市社区网格一般按300—500户划分"))
        .define(URBAN_MAX_RESIDENTS, version(2500, "城市社区网格人口一般不超过2000—2500人"))
        .define(RURAL_HOUSEHOLDS, version(IntRange.of(250, 350), "农村网格一般按300户左右划分"))
        .define(RURAL_MAX_RESIDENTS, version(2500, "农村网格人口不超过2500人"));
  }

  private static <V> ParameterVersion<V> version(V value, String provision) {
    return ParameterVersion.of(
        value,
        EffectivePeriod.from(IN_FORCE),
        Citation.of(OPINION + "及各省网格化服务管理规范", provision),
        "common provincial standard");
  }

  private static <V> ParameterKey<V> key(String id, Class<V> type, String zh, String en) {
    return ParameterKey.of(id, type, Text.of(zh, en));
  }
}
