package io.github.jiceng.governance.examples.boot;

import io.github.jiceng.governance.Governance;
import io.github.jiceng.governance.access.AccessDecision;
import io.github.jiceng.governance.access.TaskRequest;
import io.github.jiceng.governance.division.AdministrativeDivision;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.division.DivisionLevel;
import io.github.jiceng.governance.scope.DataScope;
import java.time.LocalDate;
import org.springframework.boot.CommandLineRunner;
import org.springframework.stereotype.Component;

/**
 * At start-up: records 宣州区, 澄江街道 and 城东社区 and the street clerk's scope (once), then has 区医保局's
 * request for the ASSIST item X-04 — sent with the system access but not the funding — decided at
 * the desk, and prints the decision with its reasons.
 */
@Component
class FirstRequest implements CommandLineRunner {
  static final DivisionCode STREET = DivisionCode.of("341802001000");
  static final DivisionCode CHENGDONG = DivisionCode.of("341802001001");
  static final String CLERK = "chengjiang-clerk";

  private final Governance governance;
  private final TaskDesk desk;

  FirstRequest(Governance governance, TaskDesk desk) {
    this.governance = governance;
    this.desk = desk;
  }

  @Override
  public void run(String... args) {
    recordTheStreet();
    TaskRequest request =
        TaskRequest.builder("2026-0001")
            .department("区医保局")
            .title("城乡居民医保参保登记")
            .item("X-04")
            .communities(CHENGDONG)
            .attached(true, false) // the system access, but no funding
            .appliedOn(LocalDate.of(2026, 3, 2))
            .period(LocalDate.of(2026, 3, 16), null)
            .build();
    for (AccessDecision decision : desk.submitAndDecide(CLERK, request)) {
      System.out.println(decision.explain());
    }
  }

  private void recordTheStreet() {
    Governance system = governance.asSystem();
    if (system.divisions().find(CHENGDONG).isPresent()) {
      return;
    }
    system
        .divisions()
        .add(AdministrativeDivision.of("341802000000", "宣州区", DivisionLevel.DISTRICT));
    system.divisions().add(AdministrativeDivision.of(STREET.value(), "澄江街道", DivisionLevel.STREET));
    system
        .divisions()
        .add(AdministrativeDivision.of(CHENGDONG.value(), "城东社区", DivisionLevel.COMMUNITY));
    system.scopes().grant(CLERK, "澄江街道办事员", DataScope.divisionAndBelow(STREET));
  }
}
