package io.github.jiceng.governance.service;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.policy.Text;
import java.util.List;

/**
 * A resident's rating of a settled request (满意度评价), recorded once. The national 好差评 system rates on
 * five levels, 非常满意 to 非常不满意 ({@link ServiceParameters#RATING_LEVELS}); a jurisdiction may rate on
 * three, 满意 / 基本满意 / 不满意, the middle three. Each level has a score, 1 to the number of levels, so a
 * form may ask for a score instead.
 */
public enum Satisfaction {
  /** 非常满意: score 5 of 5; not on the three-level scale. */
  VERY_SATISFIED(Text.of("非常满意", "very satisfied"), 5, 0),
  /** 满意: score 4 of 5, or 3 of 3. */
  SATISFIED(Text.of("满意", "satisfied"), 4, 3),
  /** 基本满意: score 3 of 5, or 2 of 3. */
  BASICALLY_SATISFIED(Text.of("基本满意", "basically satisfied"), 3, 2),
  /** 不满意: score 2 of 5, or 1 of 3. */
  DISSATISFIED(Text.of("不满意", "dissatisfied"), 2, 1),
  /** 非常不满意: score 1 of 5; not on the three-level scale. */
  VERY_DISSATISFIED(Text.of("非常不满意", "very dissatisfied"), 1, 0);

  private final Text label;
  private final int fivePoint;
  private final int threePoint;

  Satisfaction(Text label, int fivePoint, int threePoint) {
    this.label = label;
    this.fivePoint = fivePoint;
    this.threePoint = threePoint;
  }

  /** The rating's name in Chinese and English. */
  public Text label() {
    return label;
  }

  /**
   * Whether the rating counts as satisfied in the satisfaction rate (满意率): 基本满意 and better, the
   * good ratings (好评) of the five-level scale and the two upper levels of the three.
   */
  public boolean positive() {
    return fivePoint >= 3;
  }

  /** The ratings that count as satisfied. */
  public static List<Satisfaction> positives() {
    return List.of(VERY_SATISFIED, SATISFIED, BASICALLY_SATISFIED);
  }

  /**
   * Whether the rating is on the scale of {@code levels} (3 or 5).
   *
   * @throws InvalidInputException if {@code levels} is neither 3 nor 5
   */
  public boolean onScale(int levels) {
    return score(levels) > 0;
  }

  /**
   * The rating's score on the scale of {@code levels}, from 1 (worst) to {@code levels}, or 0 if
   * the rating is not on that scale.
   *
   * @throws InvalidInputException if {@code levels} is neither 3 nor 5
   */
  public int score(int levels) {
    return levels(levels) == 5 ? fivePoint : threePoint;
  }

  /**
   * The rating of {@code score} on the scale of {@code levels}.
   *
   * @throws InvalidInputException if {@code levels} is neither 3 nor 5, or the score is not 1 to
   *     {@code levels}
   */
  public static Satisfaction ofScore(int score, int levels) {
    for (Satisfaction rating : values()) {
      if (rating.score(levels) == score && score > 0) {
        return rating;
      }
    }
    throw InvalidInputException.of(
        "Satisfaction", "score", "must be 1 to " + levels + " on a " + levels + "-level scale");
  }

  /** The ratings of the scale of {@code levels}, best first. */
  public static List<Satisfaction> scale(int levels) {
    return java.util.Arrays.stream(values()).filter(r -> r.onScale(levels)).toList();
  }

  private static int levels(int levels) {
    if (levels != 3 && levels != 5) {
      throw InvalidInputException.of("Satisfaction", "levels", "must be 3 or 5");
    }
    return levels;
  }
}
