package io.github.jiceng.governance.consultation;

import io.github.jiceng.governance.policy.Text;
import java.util.Optional;

/**
 * The stages of a residents' council's project, in order (seed report 002:
 * "引导理事会成员全程参与项目立项、实施、结项和验收").
 */
public enum ProjectStage {
  /** Approved as a project (立项). */
  APPROVED(Text.of("立项", "approved")),
  /** Being carried out (实施). */
  UNDER_WAY(Text.of("实施", "under way")),
  /** Finished and closed (结项). */
  CLOSED(Text.of("结项", "closed")),
  /** Checked and accepted (验收). */
  ACCEPTED(Text.of("验收", "accepted"));

  private final Text label;

  ProjectStage(Text label) {
    this.label = label;
  }

  /** The stage in words. */
  public Text label() {
    return label;
  }

  /** The stage after this one; empty after acceptance. */
  public Optional<ProjectStage> next() {
    int i = ordinal() + 1;
    return i < values().length ? Optional.of(values()[i]) : Optional.empty();
  }
}
