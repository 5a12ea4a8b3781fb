package io.github.jiceng.governance.examples;

import io.github.jiceng.governance.Governance;
import io.github.jiceng.governance.audit.AuditRecord;
import io.github.jiceng.governance.audit.ChainVerification;
import io.github.jiceng.governance.audit.Checkpoint;
import io.github.jiceng.governance.base.GovernanceException;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.grid.Grid;
import io.github.jiceng.governance.grid.GridCode;
import io.github.jiceng.governance.people.CareTag;
import io.github.jiceng.governance.people.MaskedResident;
import io.github.jiceng.governance.people.Resident;
import io.github.jiceng.governance.scope.DataScope;
import io.github.jiceng.governance.scope.Purpose;
import java.io.PrintStream;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The demo's data-scope and audit part: a street clerk of 鳌峰街道 and a grid worker of 城南社区's first
 * grid see different parts of the same store; the clerk cannot grant the district; the worker looks
 * at a resident in clear for a home visit, which the audit trail records; and a record changed in
 * the database behind the library's back is caught by verification.
 */
final class ScopeDemo {
  static final DivisionCode STREET = DivisionCode.of("341802002000");
  private static final DivisionCode CHENGNAN = DivisionCode.of("341802002006");
  private static final String CLERK = "aofeng-clerk-01";
  private static final String WORKER = "CN-G1-W1"; // 城南社区第一网格的专职网格员

  /** Changes one stored audit record behind the library's back, as an intruder could. */
  @FunctionalInterface
  interface Tampering {
    /** Sets the actor of stored record {@code sequence} to {@code actor}. */
    void changeActor(long sequence, String actor);
  }

  private ScopeDemo() {}

  static void run(
      Governance governance, Governance system, @Nullable Tampering tampering, PrintStream out) {
    out.println("== 数据权限与审计 / Data scope and audit ==");
    system.scopes().grant(CLERK, "街道办事员", DataScope.divisionAndBelow(STREET));
    system.scopes().grant(WORKER, "网格员", DataScope.postedGrids());
    out.println("授权 / granted: " + CLERK + " 鳌峰街道及以下 (DIVISION_AND_BELOW " + STREET + ")");
    out.println("授权 / granted: " + WORKER + " 所在网格 (GRID: the grids posted to on the day)");

    Governance clerk = governance.as(CLERK);
    Governance worker = governance.as(WORKER);
    GridCode first = GridCode.of("100100", CHENGNAN, 1);
    GridCode second = GridCode.of("100100", CHENGNAN, 2);
    out.println();
    out.println("                       街道办事员 street clerk   网格员 grid worker");
    row(
        out,
        "居委会 committees (district)",
        () -> clerk.committees().within(Demo.DISTRICT).size(),
        () -> worker.committees().within(Demo.DISTRICT).size());
    row(
        out,
        "城南网格 grids of 城南社区",
        () -> clerk.grids().gridsOf(CHENGNAN).size(),
        () -> worker.grids().gridsOf(CHENGNAN).size());
    row(
        out,
        "第一网格住户 households, grid 1",
        () -> clerk.grids().householdsOf(first).size(),
        () -> worker.grids().householdsOf(first).size());
    row(
        out,
        "第二网格住户 households, grid 2",
        () -> clerk.grids().householdsOf(second).size(),
        () -> worker.grids().householdsOf(second).size());
    row(
        out,
        "空巢老人 empty-nest elderly",
        () -> clerk.grids().residentsWithTag(CHENGNAN, CareTag.EMPTY_NEST_ELDERLY).size(),
        () -> worker.grids().residentsWithTag(CHENGNAN, CareTag.EMPTY_NEST_ELDERLY).size());
    out.println();
    out.println(
        "越权授权 / the clerk grants the whole district: "
            + refusal(
                () ->
                    clerk
                        .scopes()
                        .grant("friend-01", "区级", DataScope.divisionAndBelow(Demo.DISTRICT))));

    MaskedResident masked = worker.grids().residentsOf("CN-01-0001").get(0);
    out.println(
        "默认脱敏 / masked by default: "
            + masked.name()
            + " "
            + masked.identityNumber()
            + " "
            + masked.phone());
    Resident clear = worker.grids().residentInClear(masked.id(), Purpose.HOME_VISIT).orElseThrow();
    out.println(
        "明文查看 / in clear for 入户走访 (home visit): "
            + clear.name()
            + ", "
            + clear.identityNumber().value().length()
            + "-digit identity number returned, recorded");

    out.println();
    long head = system.audit().checkpoint().sequence();
    List<AuditRecord> trail = system.audit().records(Math.max(1, head - 3), 4);
    out.println("审计日志 / audit trail: " + head + " records; the last four:");
    for (AuditRecord record : trail.subList(Math.max(0, trail.size() - 4), trail.size())) {
      out.println(
          "  #"
              + record.sequence()
              + " "
              + record.time()
              + " "
              + record.actor()
              + " "
              + record.action()
              + " "
              + record.subject()
              + " "
              + record.hash().substring(0, 12)
              + "…");
    }
    Checkpoint checkpoint = system.audit().checkpoint();
    out.println("校验 / verify: " + system.audit().verify());
    out.println("检查点 / checkpoint to keep elsewhere: " + checkpoint.toText());
    if (tampering == null) {
      out.println("篡改 / tampering: shown on the embedded H2 store only");
      return;
    }
    AuditRecord view = trail.get(trail.size() - 1);
    tampering.changeActor(view.sequence(), CLERK);
    ChainVerification caught = system.audit().verifyAgainst(checkpoint);
    out.println(
        "篡改 / record #"
            + view.sequence()
            + "'s actor changed in the database to "
            + CLERK
            + " → "
            + caught);
  }

  private static void row(
      PrintStream out, String what, Supplier<Integer> clerk, Supplier<Integer> worker) {
    out.println(
        io.github.jiceng.governance.base.TextWidth.pad(what, 32, true)
            + io.github.jiceng.governance.base.TextWidth.pad(attempt(clerk), 26, true)
            + attempt(worker));
  }

  private static String attempt(Supplier<?> call) {
    try {
      Object result = call.get();
      return result instanceof Grid grid ? grid.name() : String.valueOf(result);
    } catch (GovernanceException e) {
      return "✗ " + e.getClass().getSimpleName();
    }
  }

  private static String refusal(Runnable call) {
    try {
      call.run();
      return "granted";
    } catch (GovernanceException e) {
      return "✗ " + e.getMessage();
    }
  }
}
