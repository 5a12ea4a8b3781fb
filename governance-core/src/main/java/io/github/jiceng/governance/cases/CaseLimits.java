package io.github.jiceng.governance.cases;

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
 * specific ones per category class or subclass — the most specific in force wins:
 *
 * <ol>
 *   <li>{@code case.limit.<stage>.<urgency>.<category code>}, e.g. {@code
 *       case.limit.handling.normal.01.03} (路灯不亮);
 *   <li>{@code case.limit.<stage>.<urgency>.<class code>}, e.g. {@code
 *       case.limit.handling.normal.01};
 *   <li>{@code case.limit.<stage>.<urgency>}, e.g. {@code case.limit.filing-and-dispatch.urgent}.
 * </ol>
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
        "case.limit." + stage.key() + "." + urgency.name().toLowerCase(Locale.ROOT),
        TimeLimit.class,
        Text.of(
            stage.label().zh() + "时限（" + urgency.label().zh() + "）",
            "limit of " + stage.label().en() + " (" + urgency.label().en() + ")"));
  }

  /** The limit of {@code stage} for cases of {@code urgency} in category or class {@code code}. */
  public static ParameterKey<TimeLimit> key(CaseStage stage, Urgency urgency, String code) {
    Checks.required(code, "CaseLimits.key", "code");
    ParameterKey<TimeLimit> general = key(stage, urgency);
    return ParameterKey.of(
        general.id() + "." + code,
        TimeLimit.class,
        Text.of(
            general.description().zh() + " " + code,
            general.description().en() + ", category " + code));
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
   * The limit key a policy file names by {@code id}: {@code case.limit.<stage>.<urgency>} with an
   * optional category or class code after it, {@code case.limit.extension.<urgency>} or {@code
   * case.escalation.step.<urgency>}; empty for any other id.
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
    Urgency urgency = urgencyOf(parts[3]);
    for (CaseStage stage : CaseStage.values()) {
      if (stage.key().equals(parts[2]) && urgency != null) {
        if (parts.length == 4) {
          return Optional.of(key(stage, urgency));
        }
        String code = String.join(".", java.util.Arrays.asList(parts).subList(4, parts.length));
        return Optional.of(key(stage, urgency, code));
      }
    }
    return Optional.empty();
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
   * The keys tried for a case of {@code category} and {@code urgency} at {@code stage}, most
   * specific first.
   */
  public static List<ParameterKey<TimeLimit>> candidates(
      CaseStage stage, Urgency urgency, CaseCategory category) {
    Checks.required(stage, "CaseLimits.candidates", "stage");
    Checks.required(urgency, "CaseLimits.candidates", "urgency");
    Checks.required(category, "CaseLimits.candidates", "category");
    String id = stage.key() + "\u0000" + urgency.name() + "\u0000" + category.code();
    List<ParameterKey<TimeLimit>> known = CANDIDATES.get(id);
    if (known != null) {
      return known;
    }
    List<ParameterKey<TimeLimit>> keys = List.copyOf(candidateKeys(stage, urgency, category));
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
      CaseStage stage, Urgency urgency, CaseCategory category) {
    List<ParameterKey<TimeLimit>> keys = new ArrayList<>();
    String code = category.code();
    keys.add(key(stage, urgency, code));
    int dot = code.lastIndexOf('.');
    while (dot > 0) {
      code = code.substring(0, dot);
      keys.add(key(stage, urgency, code));
      dot = code.lastIndexOf('.');
    }
    keys.add(key(stage, urgency));
    return keys;
  }

  /**
   * The limit in force on {@code day} for {@code stage} of a case of {@code category} and {@code
   * urgency}: the most specific one the policy sets, with its key and version (value, period,
   * citation); empty if the policy sets none.
   */
  public static Optional<Found> limit(
      Policy policy, CaseStage stage, Urgency urgency, CaseCategory category, LocalDate day) {
    Checks.required(policy, "CaseLimits.limit", "policy");
    Checks.required(day, "CaseLimits.limit", "day");
    for (ParameterKey<TimeLimit> key : candidates(stage, urgency, category)) {
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
