package io.github.jiceng.governance.benchmarks;

import io.github.jiceng.governance.access.AccessCase;
import io.github.jiceng.governance.access.AccessList;
import io.github.jiceng.governance.access.AccessParameters;
import io.github.jiceng.governance.access.AccessPolicy;
import io.github.jiceng.governance.access.ApprovalAction;
import io.github.jiceng.governance.access.ApprovalStep;
import io.github.jiceng.governance.access.ApprovedForm;
import io.github.jiceng.governance.access.Channel;
import io.github.jiceng.governance.access.Inspection;
import io.github.jiceng.governance.access.ProhibitedKind;
import io.github.jiceng.governance.access.TaskKind;
import io.github.jiceng.governance.access.TaskRequest;
import io.github.jiceng.governance.access.WorkItem;
import io.github.jiceng.governance.defaults.NationalDefaults;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.policy.Citation;
import io.github.jiceng.governance.policy.EffectivePeriod;
import io.github.jiceng.governance.policy.ParameterVersion;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A synthetic district: a policy of {@code items} items (20 % duty, 35 % assist, 40 % negative, 5 %
 * certificates, a tenth of them in two dated versions) and a stream of mixed requests — listed and
 * unlisted, funded or not, direct or through the street office, with forms, inspections,
 * certificates, prohibited demands, emergencies and approval steps — from a fixed seed.
 */
public final class Workload {
  /** The day every request is decided as of. */
  public static final LocalDate AS_OF = LocalDate.of(2026, 6, 15);

  static final LocalDate FROM = LocalDate.of(2025, 1, 1);
  static final DivisionCode COMMUNITY = DivisionCode.of("341802001001");
  private static final Citation LOCAL = Citation.of("基准测试准入办法");

  private final AccessPolicy policy;
  private final List<AccessCase> cases;

  private Workload(AccessPolicy policy, List<AccessCase> cases) {
    this.policy = policy;
    this.cases = cases;
  }

  /** A policy of {@code items} items and {@code requests} requests, from seed {@code seed}. */
  public static Workload of(int items, int requests, long seed) {
    AccessPolicy policy = policy(items);
    Random random = new Random(seed);
    List<AccessCase> cases = new ArrayList<>(requests);
    for (int i = 0; i < requests; i++) {
      cases.add(randomCase(random, items, i));
    }
    return new Workload(policy, List.copyOf(cases));
  }

  /** The policy. */
  public AccessPolicy policy() {
    return policy;
  }

  /** The requests, each for one community with its history. */
  public List<AccessCase> cases() {
    return cases;
  }

  static String code(int i) {
    return String.format("I-%05d", i);
  }

  static AccessList listOf(int i) {
    int bucket = i % 20;
    if (bucket < 4) {
      return AccessList.DUTY;
    }
    if (bucket < 11) {
      return AccessList.ASSIST;
    }
    if (bucket < 19) {
      return AccessList.NEGATIVE;
    }
    return AccessList.CERTIFICATE;
  }

  private static AccessPolicy policy(int items) {
    AccessPolicy.Builder builder =
        AccessPolicy.builder("bench-" + items, "1")
            .basedOn(NationalDefaults.policy())
            .parameter(
                AccessParameters.LEAD_WORKING_DAYS,
                ParameterVersion.of(30, EffectivePeriod.from(FROM), LOCAL, "30"))
            .parameter(
                AccessParameters.DECISION_WORKING_DAYS,
                ParameterVersion.of(15, EffectivePeriod.from(FROM), LOCAL, "15"))
            .parameter(
                AccessParameters.EMERGENCY_MAX_DAYS,
                ParameterVersion.of(30, EffectivePeriod.from(FROM), LOCAL, "30"))
            .parameter(
                AccessParameters.INSPECTIONS_PER_YEAR,
                ParameterVersion.of(1, EffectivePeriod.from(FROM), LOCAL, "1"));
    for (int i = 0; i < items; i++) {
      AccessList list = listOf(i);
      if (i % 10 == 5 && list == AccessList.ASSIST) {
        // moved from the assist to the negative list on 2026-07-01
        builder.item(
            item(AccessList.ASSIST, i, EffectivePeriod.between(FROM, LocalDate.of(2026, 6, 30))));
        builder.item(item(AccessList.NEGATIVE, i, EffectivePeriod.from(LocalDate.of(2026, 7, 1))));
      } else {
        builder.item(item(list, i, EffectivePeriod.from(FROM)));
      }
    }
    for (String kind :
        List.of(
            "QUOTA",
            "LAW-ENFORCEMENT",
            "RESPONSIBILITY-CONTRACT",
            "APP-REGISTRATION",
            "SCREENSHOT")) {
      builder.prohibit(ProhibitedKind.of(kind, kind, LOCAL, EffectivePeriod.from(FROM)));
    }
    for (int f = 1; f <= 20; f++) {
      builder.approveForm(ApprovedForm.of("F-" + f, "表" + f, LOCAL, EffectivePeriod.from(FROM)));
    }
    return builder.build();
  }

  private static WorkItem item(AccessList list, int i, EffectivePeriod period) {
    WorkItem.Builder item =
        WorkItem.builder(list, code(i), "事项" + i)
            .departments("部门" + (i % 45))
            .basis(LOCAL)
            .period(period);
    if (list == AccessList.ASSIST) {
      item.with("权限" + i, "经费" + i);
    }
    return item.build();
  }

  private static AccessCase randomCase(Random random, int items, int n) {
    LocalDate applied = AS_OF.minusDays(10 + random.nextInt(120));
    LocalDate start = applied.plusDays(random.nextInt(90));
    int scenario = random.nextInt(100);
    TaskRequest.Builder r =
        TaskRequest.builder("B-" + n)
            .department("部门" + random.nextInt(45))
            .title("任务" + n)
            .communities(COMMUNITY)
            .appliedOn(applied)
            .attached(random.nextInt(10) < 7, random.nextInt(10) < 7);
    if (scenario < 80) {
      r.item(code(random.nextInt(items)));
    } else if (scenario < 85) {
      r.item("UNKNOWN-" + n);
    }
    if (random.nextInt(100) < 5) {
      r.kind(TaskKind.EMERGENCY);
      start = applied;
    }
    r.period(start, random.nextInt(4) == 0 ? null : start.plusDays(random.nextInt(60)));
    if (random.nextInt(100) < 15) {
      r.channel(Channel.DIRECT);
    }
    if (random.nextInt(100) < 25) {
      r.forms(random.nextInt(4) == 0 ? "T-" + n : "F-" + (1 + random.nextInt(20)));
    }
    if (random.nextInt(100) < 15) {
      r.inspection(random.nextInt(3) == 0 ? Inspection.separate("督查") : Inspection.unified("考评"));
    }
    if (random.nextInt(100) < 8) {
      r.demands(random.nextBoolean() ? "SCREENSHOT" : "PHOTO-WALL");
    }
    if (random.nextInt(100) < 8) {
      r.certificates(
          code(19 + 20 * random.nextInt(Math.max(1, items / 20))),
          random.nextBoolean() ? "C-X" : code(19));
    }
    List<ApprovalStep> steps = new ArrayList<>();
    int approval = random.nextInt(10);
    String id = "B-" + n;
    if (approval == 0) {
      steps.add(
          new ApprovalStep(
              id,
              1,
              ApprovalAction.APPROVED,
              applied.plusDays(5),
              "领导小组",
              applied.plusDays(5 + random.nextInt(200)),
              ""));
    } else if (approval == 1) {
      steps.add(
          new ApprovalStep(id, 1, ApprovalAction.REJECTED, applied.plusDays(5), "领导小组", null, ""));
    } else if (approval == 2) {
      steps.add(
          new ApprovalStep(
              id, 1, ApprovalAction.APPROVED, applied.plusDays(5), "领导小组", AS_OF.plusDays(90), ""));
      steps.add(
          new ApprovalStep(
              id,
              2,
              ApprovalAction.REVOKED,
              AS_OF.minusDays(random.nextInt(20) - 10),
              "领导小组",
              null,
              ""));
    }
    return new AccessCase(r.build(), COMMUNITY, random.nextInt(3) == 0 ? 1 : 0, steps);
  }
}
