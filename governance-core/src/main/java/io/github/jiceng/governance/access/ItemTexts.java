package io.github.jiceng.governance.access;

import io.github.jiceng.governance.policy.ComparedValue;
import io.github.jiceng.governance.policy.Text;

/**
 * The reasons and comparisons the list rules give about one item, written once when the policy is
 * built rather than on every decision: a measured share of the cost of a decision was building
 * these same strings again and again (see BENCHMARKS.md).
 */
record ItemTexts(
    Text onNegative,
    Text notNegative,
    Text onDuty,
    Text notDuty,
    Text notAssist,
    Text listed,
    Text assistComplete,
    ComparedValue authorityAttached,
    ComparedValue authorityMissing,
    ComparedValue fundingAttached,
    ComparedValue fundingMissing) {

  static ItemTexts of(WorkItem item) {
    String code = item.code();
    Text list = item.list().label();
    return new ItemTexts(
        Text.of(
            "事项 " + code + "「" + item.title() + "」列入负面清单，社区不再承担",
            "item " + code + " is on the negative list: communities no longer take it on"),
        Text.of(
            "事项 " + code + " 不在负面清单（属" + list.zh() + "）",
            "item " + code + " is not on the negative list (it is on the " + list.en() + ")"),
        Text.of(
            "事项 " + code + "「" + item.title() + "」属履职事项清单",
            "item " + code + " is on the duty list"),
        notOn(item, AccessList.DUTY),
        notOn(item, AccessList.ASSIST),
        Text.of("事项 " + code + " 已列入" + list.zh(), "item " + code + " is on the " + list.en()),
        Text.of(
            "协助事项 " + code + " 已随附相应权限和经费",
            "assist item " + code + " comes with its authority and funding"),
        ComparedValue.of("authority 权限", "attached 已赋予", item.authority()),
        ComparedValue.of("authority 权限", "missing 未赋予", item.authority()),
        ComparedValue.of("funding 经费", "attached 已拨付", item.funding()),
        ComparedValue.of("funding 经费", "missing 未拨付", item.funding()));
  }

  private static Text notOn(WorkItem item, AccessList list) {
    return Text.of(
        "事项 " + item.code() + " 属" + item.list().label().zh() + "，非" + list.label().zh(),
        "item "
            + item.code()
            + " is on the "
            + item.list().label().en()
            + ", not the "
            + list.label().en());
  }
}
