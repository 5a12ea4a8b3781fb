package io.github.jiceng.governance.assessment;

import io.github.jiceng.governance.internal.Checks;
import io.github.jiceng.governance.policy.ComparedValue;
import io.github.jiceng.governance.policy.Compliance;
import io.github.jiceng.governance.policy.Decision;
import io.github.jiceng.governance.policy.ParameterKey;
import io.github.jiceng.governance.policy.Policy;
import io.github.jiceng.governance.policy.Rule;
import io.github.jiceng.governance.policy.RuleContext;
import io.github.jiceng.governance.policy.RuleSet;
import io.github.jiceng.governance.policy.Text;
import io.github.jiceng.governance.policy.Verdict;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A worker's assessment, as of a day, under the scheme in force: {@value #SATISFACTION_MAIN} (the
 * scheme gives residents' satisfaction at least {@code assessment.worker.min-satisfaction-weight}
 * percent), {@value #COMPLETE} (every item scored) and {@value #PASS} (the weighted score at least
 * {@code assessment.worker.pass-score}), the score explained item by item. No national scheme
 * exists: a district sets one.
 */
public final class AssessmentRules {
  private AssessmentRules() {}

  /** Rule id: satisfaction is the scheme's main content. */
  public static final String SATISFACTION_MAIN = "ASSESS-SATISFACTION-MAIN";

  /** Rule id: every item of the scheme is scored. */
  public static final String COMPLETE = "ASSESS-COMPLETE";

  /** Rule id: the weighted score reaches the pass mark. */
  public static final String PASS = "ASSESS-PASS";

  /** The scheme of items and weights (考核方案). */
  public static final ParameterKey<AssessmentScheme> SCHEME =
      ParameterKey.of(
          "assessment.worker.scheme",
          AssessmentScheme.class,
          Text.of("社区工作者考核方案", "the scheme assessing community workers"));

  /** The least weight of residents' satisfaction in a scheme, in percent (满意度权重下限). */
  public static final ParameterKey<Integer> MIN_SATISFACTION_WEIGHT =
      ParameterKey.of(
          "assessment.worker.min-satisfaction-weight",
          Integer.class,
          Text.of("群众满意度权重下限（%）", "least weight of residents' satisfaction (%)"));

  /** The pass mark of the weighted score, 0 to 100 (合格分数线). */
  public static final ParameterKey<Integer> PASS_SCORE =
      ParameterKey.of(
          "assessment.worker.pass-score",
          Integer.class,
          Text.of("考核合格分数线", "pass mark of the weighted score"));

  /** Every parameter key of the assessment rules, for loaders that read parameters by id. */
  public static List<ParameterKey<?>> keys() {
    return List.of(SCHEME, MIN_SATISFACTION_WEIGHT, PASS_SCORE);
  }

  /** The rules of an assessment. */
  public static final RuleSet<AssessmentFacts, Compliance> ASSESSMENT =
      new RuleSet<>(
          "assessment-rules",
          List.of(
              Rule.of(
                  SATISFACTION_MAIN,
                  Text.of("以群众满意度为主要考核内容", "residents' satisfaction is the main content"),
                  List.of(),
                  AssessmentRules::satisfactionMain),
              Rule.of(
                  COMPLETE,
                  Text.of("考核项目逐项评分", "every item of the scheme is scored"),
                  List.of(),
                  AssessmentRules::complete),
              Rule.of(
                  PASS,
                  Text.of("加权得分达到合格线", "the weighted score reaches the pass mark"),
                  List.of(),
                  AssessmentRules::pass)),
          Compliance.combiner());

  /** Decides the assessment of {@code facts} under the scheme in force on {@code asOf}. */
  public static Decision<Compliance> check(AssessmentFacts facts, Policy policy, LocalDate asOf) {
    Checks.required(facts, "AssessmentRules.check", "facts");
    Checks.required(policy, "AssessmentRules.check", "policy");
    Checks.required(asOf, "AssessmentRules.check", "asOf");
    return ASSESSMENT.evaluate(facts.workerId() + " " + facts.period(), facts, policy, asOf);
  }

  /**
   * The weighted score of {@code facts} under {@code scheme}, to one decimal: Σ weight × score /
   * 100 over the items scored.
   */
  public static BigDecimal score(AssessmentScheme scheme, AssessmentFacts facts) {
    Checks.required(scheme, "AssessmentRules.score", "scheme");
    Checks.required(facts, "AssessmentRules.score", "facts");
    long sum = 0;
    for (AssessmentScheme.Item item : scheme.items()) {
      Integer s = facts.scores().get(item.code());
      sum += s == null ? 0 : (long) item.weight() * s;
    }
    return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(100), 1, RoundingMode.HALF_UP);
  }

  private static Verdict satisfactionMain(AssessmentFacts f, RuleContext c) {
    AssessmentScheme scheme = c.use(SCHEME);
    Optional<Integer> least = c.find(MIN_SATISFACTION_WEIGHT);
    if (least.isEmpty()) {
      return c.notApplicable(
          Text.of("政策未规定满意度权重下限", "the policy sets no least weight of satisfaction"));
    }
    int weight = scheme.satisfactionWeight();
    return c.check(
        weight >= least.get(),
        Text.of(
            "群众满意度权重 " + weight + "%，不低于 " + least.get() + "%",
            "satisfaction weighs " + weight + " %; at least " + least.get() + " % required"),
        ComparedValue.of("satisfaction weight %", weight, "≥ " + least.get()));
  }

  private static Verdict complete(AssessmentFacts f, RuleContext c) {
    AssessmentScheme scheme = c.use(SCHEME);
    List<String> missing = new ArrayList<>();
    for (AssessmentScheme.Item item : scheme.items()) {
      if (!f.scores().containsKey(item.code())) {
        missing.add(item.code());
      }
    }
    List<String> unknown =
        f.scores().keySet().stream()
            .filter(code -> scheme.items().stream().noneMatch(i -> i.code().equals(code)))
            .toList();
    boolean ok = missing.isEmpty() && unknown.isEmpty();
    return c.check(
        ok,
        ok
            ? Text.of(
                "全部 " + scheme.items().size() + " 项已评分",
                "all " + scheme.items().size() + " items scored")
            : Text.of(
                "未评分：" + missing + "；方案外：" + unknown,
                "not scored: " + missing + "; not in the scheme: " + unknown),
        ComparedValue.of(
            "items scored", f.scores().size() - unknown.size(), scheme.items().size()));
  }

  private static Verdict pass(AssessmentFacts f, RuleContext c) {
    AssessmentScheme scheme = c.use(SCHEME);
    Optional<Integer> mark = c.find(PASS_SCORE);
    BigDecimal score = score(scheme, f);
    StringBuilder zh = new StringBuilder("加权得分 ").append(score.toPlainString()).append("（");
    StringBuilder en =
        new StringBuilder("weighted score ").append(score.toPlainString()).append(" (");
    for (int i = 0; i < scheme.items().size(); i++) {
      AssessmentScheme.Item item = scheme.items().get(i);
      Integer s = f.scores().get(item.code());
      String part = item.weight() + "% × " + (s == null ? "—" : s);
      zh.append(i == 0 ? "" : "，").append(item.name().zh()).append(' ').append(part);
      en.append(i == 0 ? "" : ", ").append(item.name().en()).append(' ').append(part);
    }
    zh.append("）");
    en.append(")");
    if (mark.isEmpty()) {
      return c.satisfied(
          Text.of(zh + "；政策未规定合格线", en + "; the policy sets no pass mark"),
          ComparedValue.of("weighted score", score.toPlainString(), "no pass mark"));
    }
    boolean ok = score.compareTo(BigDecimal.valueOf(mark.get())) >= 0;
    return c.check(
        ok,
        Text.of(zh + "，合格线 " + mark.get(), en + ", pass mark " + mark.get()),
        ComparedValue.of("weighted score", score.toPlainString(), "≥ " + mark.get()));
  }
}
