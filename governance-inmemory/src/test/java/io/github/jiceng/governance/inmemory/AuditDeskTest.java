package io.github.jiceng.governance.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.Governance;
import io.github.jiceng.governance.audit.AuditAction;
import io.github.jiceng.governance.audit.AuditParameters;
import io.github.jiceng.governance.audit.AuditRecord;
import io.github.jiceng.governance.audit.Checkpoint;
import io.github.jiceng.governance.audit.HashAlgorithm;
import io.github.jiceng.governance.audit.Pruning;
import io.github.jiceng.governance.defaults.NationalDefaults;
import io.github.jiceng.governance.policy.Citation;
import io.github.jiceng.governance.policy.EffectivePeriod;
import io.github.jiceng.governance.policy.ParameterVersion;
import io.github.jiceng.governance.policy.Policy;
import io.github.jiceng.governance.scope.AccessDeniedException;
import io.github.jiceng.governance.scope.DataScope;
import io.github.jiceng.governance.testkit.SampleData;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AuditDeskTest {
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  /** A clock the test moves. */
  private static final class MovableClock extends Clock {
    private Instant now;

    MovableClock(LocalDate day) {
      set(day);
    }

    void set(LocalDate day) {
      now = day.atTime(10, 0).atZone(CHINA).toInstant();
    }

    @Override
    public ZoneId getZone() {
      return CHINA;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private static Governance facade(MovableClock clock, Policy policy, HashAlgorithm hash) {
    return Governance.builder()
        .store(new InMemoryGovernanceStore())
        .clock(clock)
        .policy(policy)
        .auditHash(hash)
        .build();
  }

  private static void grants(Governance system, String prefix, int n) {
    for (int i = 0; i < n; i++) {
      system.scopes().grant(prefix + i, "社区", DataScope.division(SampleData.communityCode(1)));
    }
  }

  @Test
  @DisplayName(
      "pruning removes what is older than six months (网络安全法 art. 21), anchors the rest, records itself")
  void pruneAfterRetention() {
    MovableClock clock = new MovableClock(LocalDate.of(2026, 1, 10));
    Governance system = facade(clock, NationalDefaults.policy(), HashAlgorithm.SHA_256).asSystem();
    grants(system, "jan-", 3);
    Checkpoint january = system.audit().checkpoint();
    clock.set(LocalDate.of(2026, 8, 20));
    grants(system, "aug-", 2);

    Pruning pruning = system.audit().prune(LocalDate.of(2026, 9, 1)); // cut-off 2026-03-01

    assertThat(pruning.removed()).isEqualTo(3);
    assertThat(pruning.anchor().sequence()).isEqualTo(3);
    assertThat(pruning.anchor().hash()).isEqualTo(january.hash());
    List<AuditRecord> kept = system.audit().records(1, 100);
    assertThat(kept).extracting(AuditRecord::sequence).containsExactly(4L, 5L, 6L);
    assertThat(kept.get(2).action()).isEqualTo(AuditAction.PRUNING);
    assertThat(system.audit().verify().intact()).isTrue();
    assertThat(system.audit().prune(LocalDate.of(2026, 9, 1)).removed()).isZero();
    assertThatThrownBy(() -> system.audit().verify(2, 5))
        .hasMessageContaining("after the pruned records");
  }

  @Test
  @DisplayName("a policy that keeps records twelve months prunes nothing after seven")
  void longerRetention() {
    Policy city =
        Policy.builder("city", "1")
            .basedOn(NationalDefaults.policy())
            .override(
                AuditParameters.RETENTION_MONTHS,
                ParameterVersion.of(
                    12,
                    EffectivePeriod.from(LocalDate.of(2020, 1, 1)),
                    Citation.of("某市网络安全等级保护实施细则（示例）"),
                    "12 months"))
            .build();
    MovableClock clock = new MovableClock(LocalDate.of(2026, 1, 10));
    Governance system = facade(clock, city, HashAlgorithm.SHA_256).asSystem();
    grants(system, "jan-", 3);
    assertThat(system.audit().prune(LocalDate.of(2026, 8, 10)).removed()).isZero();
  }

  @Test
  @DisplayName("the trail can be hashed with SM3 (GB/T 32905) and verifies")
  void sm3() {
    Governance system =
        facade(
                new MovableClock(LocalDate.of(2026, 6, 1)),
                NationalDefaults.policy(),
                HashAlgorithm.SM3)
            .asSystem();
    grants(system, "sm3-", 3);
    assertThat(system.audit().records(1, 10))
        .extracting(AuditRecord::algorithm)
        .containsOnly(HashAlgorithm.SM3);
    assertThat(system.audit().verify().intact()).isTrue();
    assertThat(system.audit().verify(2, 3).checked()).isEqualTo(2);
  }

  @Test
  @DisplayName("only the ALL scope reads the trail: a street clerk's own records are not enough")
  void auditorsOnly() {
    Governance facade =
        facade(
            new MovableClock(LocalDate.of(2026, 6, 1)),
            NationalDefaults.policy(),
            HashAlgorithm.SHA_256);
    facade.asSystem().scopes().grant("clerk", "街道", DataScope.divisionAndBelow(SampleData.STREET));
    assertThatThrownBy(() -> facade.as("clerk").audit().verify())
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("read the audit trail");
    assertThatThrownBy(() -> facade.audit().checkpoint()).isInstanceOf(AccessDeniedException.class);
  }
}
