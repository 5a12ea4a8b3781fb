package io.github.jiceng.governance.examples;

import io.github.jiceng.governance.Governance;
import io.github.jiceng.governance.access.AccessDecision;
import io.github.jiceng.governance.access.AccessList;
import io.github.jiceng.governance.access.AccessOutcome;
import io.github.jiceng.governance.access.AccessPolicy;
import io.github.jiceng.governance.access.AccessPolicyFile;
import io.github.jiceng.governance.access.BurdenReport;
import io.github.jiceng.governance.access.Channel;
import io.github.jiceng.governance.access.Inspection;
import io.github.jiceng.governance.access.TaskKind;
import io.github.jiceng.governance.access.TaskRequest;
import io.github.jiceng.governance.access.WorkItem;
import io.github.jiceng.governance.calendar.WorkingCalendar;
import io.github.jiceng.governance.desk.AccessDesk;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.report.HtmlReport;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The task-access part of the demo: 宣州区's sample policy (102 items, the 45 departments of seed
 * report 000) read from {@code xuanzhou-access.yaml}, a year (2026) of task requests from those
 * departments decided per community and stored, the leadership group's steps on unlisted work, the
 * burden table, and three decisions explained in full.
 *
 * <p>The requests are generated from a fixed seed, so the demo prints the same figures on every
 * run; their mix (how many are unfunded, direct, unlisted, ...) is illustrative, not measured.
 */
final class AccessDemo {
  static final String POLICY_FILE = "xuanzhou-access.yaml";
  static final LocalDate YEAR_START = LocalDate.of(2026, 1, 1);
  static final LocalDate YEAR_END = LocalDate.of(2026, 12, 31);
  static final String GROUP = "宣州区社区建设领导小组";
  private static final int GENERATED = 240;

  private AccessDemo() {}

  /** The sample policy, read from the classpath. */
  static AccessPolicy samplePolicy() {
    return AccessPolicyFile.read(SampleFiles.text(POLICY_FILE), POLICY_FILE);
  }

  static void run(
      Governance governance,
      List<DivisionCode> communities,
      List<DivisionCode> streets,
      PrintStream out,
      DemoPages pages) {
    AccessPolicy policy = samplePolicy();
    AccessDesk desk = governance.access();
    desk.publish(policy);

    Showcase showcase = showcase(desk, policy, communities);
    List<TaskRequest> year = generate(policy, communities, streets);
    for (TaskRequest request : year) {
      desk.submit(request);
      List<AccessDecision> decisions = desk.decide(request.id(), policy, request.appliedOn());
      leadershipGroup(desk, policy, request, decisions, year.indexOf(request));
    }

    out.println("== 工作事项准入 / Task access: " + policy.title() + " ==");
    out.printf(
        "policy %s %s: %d items (%d duty, %d assist, %d negative, %d certificates), %d departments%n",
        policy.id(),
        policy.version(),
        policy.items().size(),
        count(policy, AccessList.DUTY),
        count(policy, AccessList.ASSIST),
        count(policy, AccessList.NEGATIVE),
        count(policy, AccessList.CERTIFICATE),
        policy.items().stream().flatMap(i -> i.departments().stream()).distinct().count());
    out.printf(
        "%d task requests in 2026 (3 shown below, %d generated), decided per community and stored%n%n",
        year.size() + 3, year.size());
    BurdenReport report = desk.burden(Demo.DISTRICT, YEAR_START, YEAR_END);
    out.println(report.table());
    pages.add("burden.html", HtmlReport.burden(report, Demo.communityNames()));

    out.println("== 准入 / admitted ==");
    out.println(showcase.admitted().explain());
    out.println("== 不予准入 / refused ==");
    out.println(showcase.refused().explain());
    out.println("== 待审批，后经领导小组批准 / pending, then approved ==");
    out.println(showcase.pending().explain());
    out.println(showcase.approved().explain());
  }

  /** The three decisions the demo explains. */
  record Showcase(
      AccessDecision admitted,
      AccessDecision refused,
      AccessDecision pending,
      AccessDecision approved) {}

  private static Showcase showcase(
      AccessDesk desk, AccessPolicy policy, List<DivisionCode> communities) {
    DivisionCode chengdong = communities.get(0);
    LocalDate applied = LocalDate.of(2026, 3, 2);
    desk.submit(
        TaskRequest.builder("2026-SHOW-1")
            .department("区医保局")
            .title("2026年度城乡居民医保集中参保登记")
            .item("X-04")
            .communities(chengdong)
            .attached(true, true)
            .forms("F-02")
            .appliedOn(applied)
            .period(LocalDate.of(2026, 3, 16), LocalDate.of(2026, 6, 30))
            .build());
    desk.submit(
        TaskRequest.builder("2026-SHOW-2")
            .department("区商务局")
            .title("社区招商引资线索排查")
            .item("N-01")
            .communities(chengdong)
            .channel(Channel.DIRECT)
            .demands("QUOTA")
            .appliedOn(applied)
            .period(LocalDate.of(2026, 3, 9), null)
            .build());
    desk.submit(
        TaskRequest.builder("2026-SHOW-3")
            .department("区文明办")
            .title("全国文明城市创建入户问卷调查")
            .communities(chengdong)
            .forms("F-01")
            .appliedOn(applied)
            .period(LocalDate.of(2026, 5, 6), LocalDate.of(2026, 6, 30))
            .build());
    AccessDecision admitted = desk.decide("2026-SHOW-1", policy, applied).get(0);
    AccessDecision refused = desk.decide("2026-SHOW-2", policy, applied).get(0);
    AccessDecision pending = desk.decide("2026-SHOW-3", policy, applied).get(0);
    LocalDate approvedOn = LocalDate.of(2026, 3, 16);
    desk.approve("2026-SHOW-3", GROUP, approvedOn, LocalDate.of(2026, 6, 30), "作为临时事项准入，6月30日前完成");
    AccessDecision approved = desk.decide("2026-SHOW-3", policy, approvedOn).get(0);
    return new Showcase(admitted, refused, pending, approved);
  }

  /**
   * The leadership group acts on most unlisted work within its deadline — approving some requests,
   * rejecting others, leaving a few pending — and the request is then decided again on that day.
   */
  private static void leadershipGroup(
      AccessDesk desk,
      AccessPolicy policy,
      TaskRequest request,
      List<AccessDecision> decisions,
      int index) {
    if (decisions.stream().noneMatch(d -> d.outcome() == AccessOutcome.PENDING_APPROVAL)) {
      return;
    }
    LocalDate on = policy.calendar().plusWorkingDays(request.appliedOn(), 10);
    if (index % 4 == 3) {
      return;
    }
    if (index % 4 == 2) {
      desk.reject(request.id(), GROUP, on, "不属于社区职责，由部门自行承担");
    } else {
      desk.approve(request.id(), GROUP, on, request.lastDay().orElse(YEAR_END), "作为临时事项准入");
    }
    desk.decide(request.id(), policy, on);
  }

  /** A year of requests from the policy's departments, from a fixed seed. */
  static List<TaskRequest> generate(
      AccessPolicy policy, List<DivisionCode> communities, List<DivisionCode> streets) {
    Random random = new Random(2026);
    WorkingCalendar calendar = policy.calendar();
    Map<String, List<WorkItem>> byDepartment = new LinkedHashMap<>();
    for (WorkItem item : policy.items()) {
      if (item.list() != AccessList.CERTIFICATE) {
        byDepartment.computeIfAbsent(item.departments().get(0), k -> new ArrayList<>()).add(item);
      }
    }
    List<String> departments = new ArrayList<>(byDepartment.keySet());
    List<TaskRequest> requests = new ArrayList<>();
    for (int i = 1; i <= GENERATED; i++) {
      String department = departments.get(random.nextInt(departments.size()));
      List<WorkItem> own = byDepartment.get(department);
      LocalDate applied = calendar.plusWorkingDays(YEAR_START, 2 + random.nextInt(200));
      TaskRequest.Builder request =
          TaskRequest.builder(String.format("2026-%04d", i))
              .department(department)
              .appliedOn(applied);
      int scenario = random.nextInt(100);
      if (scenario < 75) {
        WorkItem item = own.get(random.nextInt(own.size()));
        request
            .item(item.code())
            .title(item.title())
            .attached(random.nextInt(10) < 7, random.nextInt(10) < 6);
      } else if (scenario < 95) {
        request.title(department + "临时性专项工作" + i);
      } else {
        request.title(department + "突发事件应急处置" + i).kind(TaskKind.EMERGENCY).channel(Channel.DIRECT);
      }
      boolean late = random.nextInt(10) == 0;
      LocalDate start =
          scenario >= 95 ? applied : calendar.plusWorkingDays(applied, late ? 10 : 35);
      request.period(start, start.plusDays(scenario >= 95 ? 14 : 60 + random.nextInt(120)));
      if (scenario < 95 && random.nextInt(100) < 15) {
        request.channel(Channel.DIRECT);
      }
      if (random.nextInt(100) < 20) {
        request.forms(random.nextBoolean() ? "F-0" + (1 + random.nextInt(5)) : "T-" + i);
      }
      if (random.nextInt(100) < 12) {
        request.inspection(
            random.nextInt(3) == 0 ? Inspection.separate("专项督查") : Inspection.unified("年度综合考评"));
      }
      if (random.nextInt(100) < 6) {
        request.demands(random.nextBoolean() ? "SCREENSHOT" : "APP-REGISTRATION");
      }
      if (random.nextInt(100) < 5) {
        request.certificates(random.nextBoolean() ? "C-01" : "N-09");
      }
      if (random.nextInt(100) < 30) {
        request.allCommunitiesOf(streets.get(random.nextInt(streets.size())));
      } else {
        request.communities(communities.get(random.nextInt(communities.size())));
      }
      requests.add(request.build());
    }
    return requests;
  }

  private static long count(AccessPolicy policy, AccessList list) {
    return policy.items().stream().filter(i -> i.list() == list).count();
  }
}
