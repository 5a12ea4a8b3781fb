package io.github.jiceng.governance.cases;

import io.github.jiceng.governance.policy.Text;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What can happen to a case, from which states, and to which state it leads. Every action not
 * listed for a state is refused ({@link IllegalCaseTransitionException}). Actions that record a
 * decision against the case or the body — a rejection, a return, rework, asking for more time or a
 * suspension, refusing either — need a reason; dispatching names the body; approving an extension
 * or a suspension is a step of its own, by someone other than who asked.
 */
public enum CaseAction {
  /** 受理: the command centre takes the report. */
  ACCEPT(Text.of("受理", "accept"), EnumSet.of(CaseState.REPORTED), CaseState.ACCEPTED, false),
  /** 不予受理: not a case (a duplicate, outside the remit), with the reason. */
  REJECT(Text.of("不予受理", "reject"), EnumSet.of(CaseState.REPORTED), CaseState.REJECTED, true),
  /** 立案: filed as a case. */
  FILE(Text.of("立案", "file"), EnumSet.of(CaseState.ACCEPTED), CaseState.FILED, false),
  /** 派遣: sent to the responsible body, which then answers for it. */
  DISPATCH(Text.of("派遣", "dispatch"), EnumSet.of(CaseState.FILED), CaseState.DISPATCHED, false),
  /** 回退: the body is not responsible and returns it, with the reason, to be dispatched again. */
  RETURN_AS_NOT_RESPONSIBLE(
      Text.of("回退", "return as not responsible"),
      EnumSet.of(CaseState.DISPATCHED),
      CaseState.FILED,
      true),
  /** 签收处置: the body takes it up. */
  START_HANDLING(
      Text.of("签收处置", "start handling"),
      EnumSet.of(CaseState.DISPATCHED),
      CaseState.HANDLING,
      false),
  /** 处置反馈: the body reports it done. */
  REPORT_BACK(
      Text.of("处置反馈", "report back"),
      EnumSet.of(CaseState.HANDLING),
      CaseState.REPORTED_BACK,
      false),
  /** 核查通过: verified on the spot as done. */
  VERIFY(Text.of("核查通过", "verify"), EnumSet.of(CaseState.REPORTED_BACK), CaseState.VERIFIED, false),
  /** 返工: verification found it not done; back to the body, with the reason. */
  SEND_BACK_FOR_REWORK(
      Text.of("返工", "send back for rework"),
      EnumSet.of(CaseState.REPORTED_BACK),
      CaseState.HANDLING,
      true),
  /** 结案: closed. */
  CLOSE(Text.of("结案", "close"), EnumSet.of(CaseState.VERIFIED), CaseState.CLOSED, false),
  /** 申请延期: the body asks for more time, with the reason. */
  REQUEST_EXTENSION(
      Text.of("申请延期", "request an extension"),
      EnumSet.of(CaseState.HANDLING),
      CaseState.EXTENSION_PENDING,
      true),
  /** 批准延期: the extension is granted; handling goes on with the later limit. */
  APPROVE_EXTENSION(
      Text.of("批准延期", "approve the extension"),
      EnumSet.of(CaseState.EXTENSION_PENDING),
      CaseState.HANDLING,
      false),
  /** 不予延期: the extension is refused, with the reason; the limit stays. */
  REFUSE_EXTENSION(
      Text.of("不予延期", "refuse the extension"),
      EnumSet.of(CaseState.EXTENSION_PENDING),
      CaseState.HANDLING,
      true),
  /** 申请挂账: the body asks to suspend it (it cannot be solved for now), with the reason. */
  REQUEST_SUSPENSION(
      Text.of("申请挂账", "request a suspension"),
      EnumSet.of(CaseState.HANDLING),
      CaseState.SUSPENSION_PENDING,
      true),
  /** 批准挂账: suspended; the clock stops. */
  APPROVE_SUSPENSION(
      Text.of("批准挂账", "approve the suspension"),
      EnumSet.of(CaseState.SUSPENSION_PENDING),
      CaseState.SUSPENDED,
      false),
  /** 不予挂账: the suspension is refused, with the reason. */
  REFUSE_SUSPENSION(
      Text.of("不予挂账", "refuse the suspension"),
      EnumSet.of(CaseState.SUSPENSION_PENDING),
      CaseState.HANDLING,
      true),
  /** 恢复处置: a suspended case is taken up again. */
  RESUME(Text.of("恢复处置", "resume"), EnumSet.of(CaseState.SUSPENDED), CaseState.HANDLING, false),
  /**
   * 升级督办: the case goes up one {@link EscalationLevel}, with the reason (the escalation rule's
   * explanation); its state stays.
   */
  ESCALATE(
      Text.of("升级督办", "escalate"),
      EnumSet.complementOf(EnumSet.of(CaseState.REJECTED, CaseState.CLOSED)),
      null,
      true);

  private final Text label;
  private final Set<CaseState> from;
  private final @Nullable CaseState to;
  private final boolean needsReason;

  CaseAction(Text label, Set<CaseState> from, @Nullable CaseState to, boolean needsReason) {
    this.label = label;
    this.from = java.util.Collections.unmodifiableSet(EnumSet.copyOf(from));
    this.to = to;
    this.needsReason = needsReason;
  }

  /** The action's name in Chinese and English. */
  public Text label() {
    return label;
  }

  /** The states it may happen in. */
  public Set<CaseState> from() {
    return from;
  }

  /** Whether it may happen to a case in {@code state}. */
  public boolean allowedFrom(CaseState state) {
    return from.contains(state);
  }

  /** The state it leads to from {@code state}: its own, or {@code state} for one that keeps it. */
  public CaseState next(CaseState state) {
    return to == null ? state : to;
  }

  /** Whether it must give a reason. */
  public boolean needsReason() {
    return needsReason;
  }

  /** Whether it approves what another actor asked for (an extension, a suspension). */
  public boolean isApproval() {
    return this == APPROVE_EXTENSION || this == APPROVE_SUSPENSION;
  }
}
