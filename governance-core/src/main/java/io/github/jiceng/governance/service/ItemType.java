package io.github.jiceng.governance.service;

import io.github.jiceng.governance.policy.Text;

/**
 * The type of a government-service item (事项类型), one of the six base elements. The list holds the
 * types community service items are usually of; the national catalogue has more (行政处罚, 行政强制, 行政征收,
 * …), which a community does not handle.
 */
public enum ItemType {
  /** 行政许可: a licence or permit. */
  ADMINISTRATIVE_LICENSING(Text.of("行政许可", "administrative licensing")),
  /** 行政给付: a benefit paid or granted (低保, 高龄津贴). */
  ADMINISTRATIVE_BENEFIT(Text.of("行政给付", "administrative benefit")),
  /** 行政确认: a status confirmed (残疾人证, 就业失业登记). */
  ADMINISTRATIVE_CONFIRMATION(Text.of("行政确认", "administrative confirmation")),
  /** 公共服务: a public service (居住证明, 参保登记). */
  PUBLIC_SERVICE(Text.of("公共服务", "public service")),
  /** 其他: any other. */
  OTHER(Text.of("其他", "other"));

  private final Text label;

  ItemType(Text label) {
    this.label = label;
  }

  /** The type's name in Chinese and English. */
  public Text label() {
    return label;
  }
}
