package io.github.jiceng.governance.testkit;

import io.github.jiceng.governance.committee.Committee;
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
}
