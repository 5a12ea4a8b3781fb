package io.github.jiceng.governance.access;

import io.github.jiceng.governance.policy.Text;

/** How a task reaches the community (rule A5). */
public enum Channel {
  /** Through the street office's unified deployment (街道统筹). */
  STREET_OFFICE(Text.of("经街道统筹", "through the street office")),
  /**
   * Through the district's unified deployment (区统一部署), for a community whose street office has been
   * abolished and which deals with the district directly (seed report 000: 南瑞街道办事处 abolished,
   * "南瑞三个社区居委会直接与区政府相关职能部门进行对接").
   */
  DISTRICT(Text.of("经区统一部署", "through the district's unified deployment")),
  /** Directly from the department, bypassing the street office (部门直接摊派). */
  DIRECT(Text.of("部门直接下派", "directly from the department"));

  private final Text label;

  Channel(Text label) {
    this.label = label;
  }

  /** The channel in words. */
  public Text label() {
    return label;
  }
}
