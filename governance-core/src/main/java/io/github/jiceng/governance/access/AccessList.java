package io.github.jiceng.governance.access;

import io.github.jiceng.governance.policy.Text;

/** The four lists a jurisdiction publishes for task access. */
public enum AccessList {
  /** Duties the community performs by law (依法履行职责事项清单): admitted (rule A2). */
  DUTY(Text.of("履职事项清单", "duty list")),
  /**
   * Work the community assists the government with (依法协助政府工作事项清单): admitted only with the authority
   * and funding that go with it (rule A3, 权随责走、费随事转).
   */
  ASSIST(Text.of("协助事项清单", "assist list")),
  /** Work the community no longer takes on (负面清单 / 不再承担事项): refused (rule A1). */
  NEGATIVE(Text.of("负面清单", "negative list")),
  /** The certificates a community may issue (证明事项清单): any other is refused (rule A8). */
  CERTIFICATE(Text.of("证明事项清单", "certificate list"));

  private final Text label;

  AccessList(Text label) {
    this.label = label;
  }

  /** The list's name. */
  public Text label() {
    return label;
  }

  /**
   * Whether an item may not be on both lists at once: every pair of different lists is
   * incompatible, because each list gives the item a different treatment.
   */
  public boolean incompatibleWith(AccessList other) {
    return this != other;
  }
}
