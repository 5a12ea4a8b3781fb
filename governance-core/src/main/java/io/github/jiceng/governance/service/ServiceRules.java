package io.github.jiceng.governance.service;

import io.github.jiceng.governance.calendar.WorkingCalendar;
import io.github.jiceng.governance.internal.Checks;
import io.github.jiceng.governance.policy.ComparedValue;
import io.github.jiceng.governance.policy.Decision;
import io.github.jiceng.governance.policy.Policy;
import io.github.jiceng.governance.policy.Rule;
import io.github.jiceng.governance.policy.RuleContext;
import io.github.jiceng.governance.policy.RuleSet;
import io.github.jiceng.governance.policy.Text;
import io.github.jiceng.governance.policy.Verdict;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The one-window desk's questions as explainable decisions, for policy tests and for a desk that
 * wants to show a clerk why: may a request be taken ({@link #INTAKE}: {@code SERVICE-ITEM}, {@code
 * SERVICE-ATTRIBUTES}), and was it settled within its promised time ({@link #TIMELINESS}: {@code
 * SERVICE-PROMISED-TIME}). The rules ask the catalogue and the item, which the desk asks too: an
 * intake the rules accept is one {@code ServiceDesk.intake} takes.
 */
public final class ServiceRules {
  private ServiceRules() {}

  /** Whether a request can be taken: the item exists on the day, and its attributes are valid. */
  public static final RuleSet<IntakeFacts, ServiceOutcome> INTAKE =
      new RuleSet<>(
          "service-intake",
          List.of(
              Rule.of(
                  "SERVICE-ITEM",
                  Text.of("目录当日有该事项", "the catalogue has the item on the day"),
                  List.of(),
                  ServiceRules::itemInForce),
              Rule.of(
                  "SERVICE-ATTRIBUTES",
                  Text.of("申请信息符合事项要求", "the request's attributes are what the item asks for"),
                  List.of(),
                  ServiceRules::attributesValid)),
          ServiceOutcome.combiner(ServiceOutcome.ACCEPTED, ServiceOutcome.REFUSED));

  /**
   * Whether a request was settled — or, while open, still is — within its promised time. When the
   * policy's working calendar does not reach the days in question, the rule is not applicable and
   * the decision (ON_TIME by no rule) says so in its results.
   */
  public static final RuleSet<ServiceRequest, ServiceOutcome> TIMELINESS =
      new RuleSet<>(
          "service-timeliness",
          List.of(
              Rule.of(
                  "SERVICE-PROMISED-TIME",
                  Text.of("在承诺时限内办结", "settled within the promised working days"),
                  List.of(),
                  ServiceRules::promisedTime)),
          ServiceOutcome.combiner(ServiceOutcome.ON_TIME, ServiceOutcome.OVERDUE));

  /** Decides whether {@code facts} can be taken on {@code day}, under {@code policy}. */
  public static Decision<ServiceOutcome> checkIntake(
      IntakeFacts facts, Policy policy, LocalDate day) {
    Checks.required(facts, "ServiceRules.checkIntake", "facts");
    Checks.required(policy, "ServiceRules.checkIntake", "policy");
    Checks.required(day, "ServiceRules.checkIntake", "day");
    return INTAKE.evaluate(f -> "request for " + f.itemCode(), facts, policy, day);
  }

  /**
   * Decides whether {@code request} was settled on time — or, if it is open, is not yet overdue on
   * {@code asOf} — counting working days on {@code policy}'s calendar.
   */
  public static Decision<ServiceOutcome> checkTimeliness(
      ServiceRequest request, Policy policy, LocalDate asOf) {
    Checks.required(request, "ServiceRules.checkTimeliness", "request");
    Checks.required(policy, "ServiceRules.checkTimeliness", "policy");
    Checks.required(asOf, "ServiceRules.checkTimeliness", "asOf");
    return TIMELINESS.evaluate(r -> "service request " + r.id(), request, policy, asOf);
  }

  private static Verdict itemInForce(IntakeFacts facts, RuleContext context) {
    Optional<ServiceItem> item = facts.catalogue().item(facts.itemCode(), context.asOf());
    if (item.isEmpty()) {
      return context.violated(
          Text.of(
              "目录" + facts.catalogue().id() + "在" + context.asOf() + "没有事项" + facts.itemCode(),
              "catalogue "
                  + facts.catalogue().id()
                  + " has no item "
                  + facts.itemCode()
                  + " on "
                  + context.asOf()));
    }
    context.cite(item.get().basis());
    return context.satisfied(
        Text.of(
            "事项" + item.get().name() + "（自" + item.get().period().from() + "起的版本）当日有效",
            "item "
                + item.get().code()
                + " (the version from "
                + item.get().period().from()
                + ") is in force"));
  }

  private static Verdict attributesValid(IntakeFacts facts, RuleContext context) {
    Optional<ServiceItem> item = facts.catalogue().item(facts.itemCode(), context.asOf());
    if (item.isEmpty()) {
      return context.notApplicable(Text.of("无此事项", "no such item"));
    }
    List<ServiceItem.AttributeProblem> problems =
        item.get().attributeCheck(facts.attributes(), context.asOf()).problems();
    if (!problems.isEmpty()) {
      // one comparison per problem: the attribute, missing / invalid / unknown, and what is wrong
      // in words — never the value
      ComparedValue[] compared =
          problems.stream()
              .map(
                  p ->
                      new ComparedValue(
                          p.field(),
                          p.kind().name().toLowerCase(java.util.Locale.ROOT),
                          p.problem()))
              .toArray(ComparedValue[]::new);
      return context.violated(
          Text.of(
              "申请信息有" + compared.length + "处问题",
              compared.length + " attribute problem" + (compared.length == 1 ? "" : "s")),
          compared);
    }
    return context.satisfied(
        Text.of(
            "申请信息齐全有效（" + item.get().attributes().size() + "项）",
            "every attribute is valid (" + item.get().attributes().size() + " defined)"));
  }

  private static Verdict promisedTime(ServiceRequest request, RuleContext context) {
    WorkingCalendar calendar = WorkingCalendar.of(context.policy());
    int late = request.workingDaysLate(context.asOf(), calendar);
    boolean open = !request.state().isFinal();
    return context.check(
        late == 0,
        late == 0
            ? Text.of(
                open ? "尚未超过办结期限" + request.dueOn() : "在办结期限" + request.dueOn() + "前办结",
                open
                    ? "not yet past its due day " + request.dueOn()
                    : "settled by its due day " + request.dueOn())
            : Text.of(
                "超过办结期限" + request.dueOn() + "共" + late + "个工作日",
                late + " working days past its due day " + request.dueOn()),
        ComparedValue.of("overdue working days", late, 0),
        ComparedValue.of(
            open ? "as of" : "settled on",
            open ? context.asOf() : request.doneOn(),
            "by " + request.dueOn()));
  }
}
