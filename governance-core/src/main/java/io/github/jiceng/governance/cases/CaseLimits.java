package io.github.jiceng.governance.cases;

import io.github.jiceng.governance.grid.GridSetting;
import io.github.jiceng.governance.internal.Checks;
import io.github.jiceng.governance.policy.ParameterKey;
import io.github.jiceng.governance.policy.ParameterVersion;
import io.github.jiceng.governance.policy.Policy;
import io.github.jiceng.governance.policy.Text;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The time limits of the loop as dated, cited policy parameters, one per stage × urgency, and more
 * specific ones per category class or subclass and per setting — urban communities or rural
 * villages ({@link GridSetting}, e.g. verification within 1 hour in town, 2 in the countryside).
 * The most specific in force wins; for a rural case of category {@code 01.03}:
 *
 * <ol>
 *   <li>{@code case.limit.<stage>.rural.<urgency>.01.03}, then {@code
 *       case.limit.<stage>.<urgency>.01.03} (the subclass 路灯不亮, e.g. {@code
 *       case.limit.handling.normal.01.03});
 *   <li>{@code case.limit.<stage>.rural.<urgency>.01}, then {@code case.limit.<stage>.<urgency>.01}
 *       (its class);
 *   <li>{@code case.limit.<stage>.rural.<urgency>}, then {@code case.limit.<stage>.<urgency>}, e.g.
 *       {@code case.limit.filing-and-dispatch.urgent}.
 * </ol>
 *
 * <p>So a category's own limit outranks a setting's general one, and at each level a setting's
 * limit outranks the one for both settings.
 *
 * <p>An approved extension adds {@code case.limit.extension.<urgency>} to the handling limit.
 * Warnings are given once {@code case.warning.percent} of a limit is used. No national defaults are
 * shipped: the limits in use are a city's (数字化城市管理) or a province's (12345 rules); a policy sets
 * them, citing them.
 */
public final class CaseLimits {

  /** The share of a limit, in percent, after which a running stage is flagged (预警). */
  public static final ParameterKey<Integer> WARNING_PERCENT =
      ParameterKey.of(
          "case.warning.percent",
          Integer.class,
          Text.of("时限预警比例（%）", "share of a limit used before a warning, in percent"));

  private CaseLimits() {}

  /** The limit of {@code stage} for cases of {@code urgency}, whatever their category. */
  public static ParameterKey<TimeLimit> key(CaseStage stage, Urgency urgency) {
    Checks.required(stage, "CaseLimits.key", "stage");
    Checks.required(urgency, "CaseLimits.key", "urgency");
    return ParameterKey.of(
        "case.limit." + stage.key() + "." + lower(urgency),
        TimeLimit.class,
        Text.of(
            stage.label().zh() + "时限（" + urgency.label().zh() + "）",
            "limit of " + stage.label().en() + " (" + urgency.label().en() + ")"));
  }

  /** The limit of {@code stage} for cases of {@code urgency} in category or class {@code code}. */
  public static ParameterKey<TimeLimit> key(CaseStage stage, Urgency urgency, String code) {
    return withCode(key(stage, urgency), code);
  }

  /**
   * The limit of {@code stage} for cases of {@code urgency} in communities of {@code setting}, e.g.
   * {@code case.limit.verification.rural.normal}.
   */
  public static ParameterKey<TimeLimit> key(CaseStage stage, GridSetting setting, Urgency urgency) {
    Checks.required(stage, "CaseLimits.key", "stage");
    Checks.required(setting, "CaseLimits.key", "setting");
    Checks.required(urgency, "CaseLimits.key", "urgency");
    return ParameterKey.of(
        "case.limit." + stage.key() + "." + settingKey(setting) + "." + lower(urgency),
        TimeLimit.class,
        Text.of(
            setting.label().zh() + stage.label().zh() + "时限（" + urgency.label().zh() + "）",
            "limit of "
                + stage.label().en()
                + " ("
                + setting.label().en()
                + ", "
                + urgency.label().en()
                + ")"));
  }

  /**
   * The limit of {@code stage} for cases of {@code urgency} in communities of {@code setting} and
   * category or class {@code code}.
   */
  public static ParameterKey<TimeLimit> key(
      CaseStage stage, GridSetting setting, Urgency urgency, String code) {
    return withCode(key(stage, setting, urgency), code);
  }

  private static ParameterKey<TimeLimit> withCode(ParameterKey<TimeLimit> general, String code) {
    Checks.required(code, "CaseLimits.key", "code");
    return ParameterKey.of(
        general.id() + "." + code,
        TimeLimit.class,
        Text.of(
            general.description().zh() + " " + code,
            general.description().en() + ", category " + code));
  }

  private static String lower(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }

  private static String settingKey(GridSetting setting) {
    return lower(setting);
  }

  /** The time an approved extension adds to the handling limit of a case of {@code urgency}. */
  public static ParameterKey<TimeLimit> extension(Urgency urgency) {
    Checks.required(urgency, "CaseLimits.extension", "urgency");
    return ParameterKey.of(
        "case.limit.extension." + urgency.name().toLowerCase(Locale.ROOT),
        TimeLimit.class,
        Text.of("延期时限（" + urgency.label().zh() + "）", "extension (" + urgency.label().en() + ")"));
  }

  /**
   * The limit key a policy file names by {@code id}: {@code case.limit.<stage>.<urgency>}, or
   * {@code case.limit.<stage>.<setting>.<urgency>} with setting {@code urban} or {@code rural},
   * with an optional category or class code after either; {@code case.limit.extension.<urgency>} or
   * {@code case.escalation.step.<urgency>}; empty for any other id.
   */
  public static Optional<ParameterKey<TimeLimit>> keyOf(String id) {
    Checks.required(id, "CaseLimits.keyOf", "id");
    String[] parts = id.split("\\.", -1);
    for (Urgency urgency : Urgency.values()) {
      if (parts.length == 4 && urgencyOf(parts[3]) == urgency) {
        if (id.equals(extension(urgency).id())) {
          return Optional.of(extension(urgency));
        }
        if (id.equals(CaseRules.escalationStep(urgency).id())) {
          return Optional.of(CaseRules.escalationStep(urgency));
        }
      }
    }
    if (parts.length < 4 || !parts[0].equals("case") || !parts[1].equals("limit")) {
      return Optional.empty();
    }
    GridSetting setting = settingOf(parts[3]);
    int urgencyAt = setting == null ? 3 : 4;
    Urgency urgency = parts.length > urgencyAt ? urgencyOf(parts[urgencyAt]) : null;
    for (CaseStage stage : CaseStage.values()) {
      if (stage.key().equals(parts[2]) && urgency != null) {
        ParameterKey<TimeLimit> general =
            setting == null ? key(stage, urgency) : key(stage, setting, urgency);
        if (parts.length == urgencyAt + 1) {
          return Optional.of(general);
        }
        String code =
            String.join(".", java.util.Arrays.asList(parts).subList(urgencyAt + 1, parts.length));
        return Optional.of(withCode(general, code));
      }
    }
    return Optional.empty();
  }

  private static @org.jspecify.annotations.Nullable GridSetting settingOf(String text) {
    for (GridSetting s : GridSetting.values()) {
      if (settingKey(s).equals(text)) {
        return s;
      }
    }
    return null;
  }

  private static @org.jspecify.annotations.Nullable Urgency urgencyOf(String text) {
    for (Urgency u : Urgency.values()) {
      if (u.name().toLowerCase(Locale.ROOT).equals(text)) {
        return u;
      }
    }
    return null;
  }

  /**
   * The keys tried for a case of {@code category} and {@code urgency} in a community of {@code
   * setting} at {@code stage}, most specific first.
   */
  public static List<ParameterKey<TimeLimit>> candidates(
      CaseStage stage, Urgency urgency, CaseCategory category, GridSetting setting) {
    Checks.required(stage, "CaseLimits.candidates", "stage");
    Checks.required(urgency, "CaseLimits.candidates", "urgency");
    Checks.required(category, "CaseLimits.candidates", "category");
    Checks.required(setting, "CaseLimits.candidates", "setting");
    String id =
        stage.key()
            + "\u0000"
            + urgency.name()
            + "\u0000"
            + setting.name()
            + "\u0000"
            + category.code();
    List<ParameterKey<TimeLimit>> known = CANDIDATES.get(id);
    if (known != null) {
      return known;
    }
    List<ParameterKey<TimeLimit>> keys =
        List.copyOf(candidateKeys(stage, urgency, category, setting));
    if (CANDIDATES.size() < CANDIDATES_KEPT) {
      CANDIDATES.putIfAbsent(id, keys);
    }
    return keys;
  }

  /**
   * The candidate keys already worked out, by stage, urgency and category code: a district has a
   * few hundred categories, and a bounded number is kept however many codes are asked about.
   */
  private static final java.util.concurrent.ConcurrentHashMap<String, List<ParameterKey<TimeLimit>>>
      CANDIDATES = new java.util.concurrent.ConcurrentHashMap<>();

  private static final int CANDIDATES_KEPT = 10_000;

  private static List<ParameterKey<TimeLimit>> candidateKeys(
      CaseStage stage, Urgency urgency, CaseCategory category, GridSetting setting) {
    List<ParameterKey<TimeLimit>> keys = new ArrayList<>();
    String code = category.code();
    while (true) {
      keys.add(key(stage, setting, urgency, code));
      keys.add(key(stage, urgency, code));
      int dot = code.lastIndexOf('.');
      if (dot <= 0) {
        break;
      }
      code = code.substring(0, dot);
    }
    keys.add(key(stage, setting, urgency));
    keys.add(key(stage, urgency));
    return keys;
  }

  /**
   * The limit in force on {@code day} for {@code stage} of case {@code c} — its category, urgency
   * and setting: the most specific one the policy sets, with its key and version (value, period,
   * citation); empty if the policy sets none.
   */
  public static Optional<Found> limit(Policy policy, CaseStage stage, Case c, LocalDate day) {
    Checks.required(policy, "CaseLimits.limit", "policy");
    Checks.required(c, "CaseLimits.limit", "case");
    Checks.required(day, "CaseLimits.limit", "day");
    for (ParameterKey<TimeLimit> key : candidates(stage, c.urgency(), c.category(), c.setting())) {
      Optional<ParameterVersion<TimeLimit>> version = policy.parameter(key).flatMap(p -> p.at(day));
      if (version.isPresent()) {
        return Optional.of(new Found(key, version.get()));
      }
    }
    return Optional.empty();
  }

  /**
   * A limit found for a case.
   *
   * @param key the parameter that set it (the most specific in force)
   * @param version its version in force: value, period, citation
   */
  public record Found(ParameterKey<TimeLimit> key, ParameterVersion<TimeLimit> version) {
    /** The limit. */
    public TimeLimit limit() {
      return version.value();
    }
  }
}
