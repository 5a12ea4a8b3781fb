package io.github.jiceng.governance.audit;

import io.github.jiceng.governance.internal.Checks;
import io.github.jiceng.governance.policy.Citation;
import io.github.jiceng.governance.policy.EffectivePeriod;
import io.github.jiceng.governance.policy.ParameterKey;
import io.github.jiceng.governance.policy.ParameterVersion;
import io.github.jiceng.governance.policy.Policy;
import io.github.jiceng.governance.policy.Text;
import java.time.LocalDate;
import java.util.List;

/** The numbers of the audit trail, as dated policy parameters. */
public final class AuditParameters {

  /**
   * The fewest months an audit record is kept before it may be pruned (网络日志留存期限). The national
   * default is six, from article 21 of the Cybersecurity Law (网络安全法); a jurisdiction or a
   * classified-protection level (等级保护) may require more.
   */
  public static final ParameterKey<Integer> RETENTION_MONTHS =
      ParameterKey.of(
          "audit.retention.months",
          Integer.class,
          Text.of("审计记录最短留存月数", "fewest months an audit record is kept"));

  /** The day the Cybersecurity Law took effect. */
  private static final LocalDate CYBERSECURITY_LAW = LocalDate.of(2017, 6, 1);

  private AuditParameters() {}

  /** Every key above. */
  public static List<ParameterKey<?>> keys() {
    return List.of(RETENTION_MONTHS);
  }

  /** Adds the national default (six months) to {@code policy}. */
  public static Policy.Builder addNationalDefaults(Policy.Builder policy) {
    Checks.required(policy, "AuditParameters.addNationalDefaults", "policy");
    return policy.define(
        RETENTION_MONTHS,
        ParameterVersion.of(
            6,
            EffectivePeriod.from(CYBERSECURITY_LAW),
            Citation.of("《中华人民共和国网络安全法》（2016年11月7日通过，2017年6月1日施行）", "第二十一条第（三）项"),
            "留存相关的网络日志不少于六个月; the article's number is the 2016 text's: whether the"
                + " 2025 amendment renumbered it was not verified"));
  }
}
