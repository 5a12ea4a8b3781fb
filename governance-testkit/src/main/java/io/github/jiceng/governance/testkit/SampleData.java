package io.github.jiceng.governance.testkit;

import io.github.jiceng.governance.NationalDefaults;
import io.github.jiceng.governance.access.AccessList;
import io.github.jiceng.governance.access.AccessParameters;
import io.github.jiceng.governance.access.AccessPolicy;
import io.github.jiceng.governance.access.Inspection;
import io.github.jiceng.governance.access.TaskRequest;
import io.github.jiceng.governance.access.WorkItem;
import io.github.jiceng.governance.committee.Committee;
import io.github.jiceng.governance.policy.Citation;
import io.github.jiceng.governance.policy.EffectivePeriod;
import io.github.jiceng.governance.policy.ParameterVersion;
import io.github.jiceng.governance.committee.CommitteeKind;
import io.github.jiceng.governance.committee.CommitteeRole;
import io.github.jiceng.governance.committee.Term;
import io.github.jiceng.governance.division.AdministrativeDivision;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.division.DivisionLevel;
import java.time.LocalDate;

/**
 * Small, valid sample records for tests: a district (宣州区), a street and communities under it,
 * and committees for them. The names come from the project's seed reports; the codes are
 * illustrative, not official.
 */
public final class SampleData {
  /** 宣州区, the district of the samples. */
  public static final DivisionCode DISTRICT = DivisionCode.of("341802000000");

  /** 澄江街道, a street of the district. */
  public static final DivisionCode STREET = DivisionCode.of("341802001000");

  /** The term of the sample committees: 2021-05-01 to 2026-04-30. */
  public static final Term TERM = Term.ofYears(LocalDate.of(2021, 5, 1), 5);

  private SampleData() {}

  /** 宣州区, not yet stored. */
  public static AdministrativeDivision district() {
    return new AdministrativeDivision(DISTRICT, "宣州区", DivisionLevel.DISTRICT, 0);
  }

  /** 澄江街道, not yet stored. */
  public static AdministrativeDivision street() {
    return new AdministrativeDivision(STREET, "澄江街道", DivisionLevel.STREET, 0);
  }

  /** The code of community number {@code n} (1-199) in the sample street. */
  public static DivisionCode communityCode(int n) {
    return DivisionCode.of(String.format("341802001%03d", n));
  }

  /** Community number {@code n} of the sample street, not yet stored. */
  public static AdministrativeDivision community(int n, String name) {
    return new AdministrativeDivision(communityCode(n), name, DivisionLevel.COMMUNITY, 0);
  }

  /**
   * A residents' committee of 7 members (director, deputy, five members) and two residents' groups
   * for community {@code n}, with {@code households} households; not yet stored.
   */
  public static Committee residentsCommittee(int n, String name, int households) {
    return Committee.builder(communityCode(n).value() + "-RC", CommitteeKind.RESIDENTS)
        .division(communityCode(n))
        .name(name)
        .households(households)
        .term(TERM)
        .member("张华", CommitteeRole.DIRECTOR)
        .member("李敏", CommitteeRole.DEPUTY_DIRECTOR)
        .member("王芳", CommitteeRole.MEMBER)
        .member("刘洋", CommitteeRole.MEMBER)
        .member("陈静", CommitteeRole.MEMBER)
        .member("杨帆", CommitteeRole.MEMBER)
        .member("赵磊", CommitteeRole.MEMBER)
        .group("第一居民小组", households / 2)
        .group("第二居民小组", households - households / 2)
        .build();
  }

  /** The sample task-access policy: a few items of each list, on the national calendar. */
  public static AccessPolicy accessPolicy(String version) {
    Citation local = Citation.of("宣州区社区工作事项准入办法（示例）");
    EffectivePeriod from2025 = EffectivePeriod.from(LocalDate.of(2025, 1, 1));
    return AccessPolicy.builder("xuanzhou-access", version)
        .title("宣州区社区工作事项准入清单（示例）")
        .basedOn(NationalDefaults.policy())
        .parameter(AccessParameters.LEAD_WORKING_DAYS,
            ParameterVersion.of(30, from2025, Citation.of("北京市西城区社区工作事项准入制度"), "30 working days"))
        .parameter(AccessParameters.DECISION_WORKING_DAYS,
            ParameterVersion.of(15, from2025, Citation.of("北京市西城区社区工作事项准入制度"), "15 working days"))
        .item(WorkItem.builder(AccessList.DUTY, "D-01", "组织居民委员会换届选举")
            .departments("区民政局").basis(local).period(from2025).build())
        .item(WorkItem.builder(AccessList.ASSIST, "X-01", "城乡居民基本医疗保险参保登记")
            .departments("区医保局").basis(local).period(from2025).with("参保登记系统权限", "按参保人数核拨").build())
        .item(WorkItem.builder(AccessList.NEGATIVE, "N-01", "招商引资任务")
            .departments("区商务局").basis(local).period(from2025).build())
        .item(WorkItem.builder(AccessList.CERTIFICATE, "C-01", "居住证明")
            .departments("区公安分局").basis(local).period(from2025).build())
        .build();
  }

  /**
   * A task request from 区民政局 for the sample duty item D-01 in community {@code n}, applied
   * 2026-03-02 to start 2026-05-06, with a form, an inspection, a certificate and a demand; not yet
   * stored.
   */
  public static TaskRequest taskRequest(String id, int n) {
    return TaskRequest.builder(id)
        .department("区民政局")
        .title("居民委员会换届选举准备")
        .item("D-01")
        .communities(communityCode(n))
        .forms("F-01")
        .inspection(Inspection.unified("换届工作考评"))
        .certificates("C-01")
        .demands("PHOTO")
        .appliedOn(LocalDate.of(2026, 3, 2))
        .period(LocalDate.of(2026, 5, 6), LocalDate.of(2026, 6, 30))
        .build();
  }
}
