package io.github.jiceng.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.base.NotFoundException;
import io.github.jiceng.governance.base.Violation;
import io.github.jiceng.governance.committee.Committee;
import io.github.jiceng.governance.committee.CommitteeKind;
import io.github.jiceng.governance.committee.CommitteeRole;
import io.github.jiceng.governance.committee.Term;
import io.github.jiceng.governance.division.AdministrativeDivision;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.division.DivisionLevel;
import io.github.jiceng.governance.policy.Compliance;
import io.github.jiceng.governance.spi.CommitteeRepository;
import io.github.jiceng.governance.spi.DivisionRepository;
import io.github.jiceng.governance.spi.GovernanceStore;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The facade's own duties: validation before anything is written, and "today" from the clock. The
 * store here records calls only; the stores themselves are tested by the contract suite.
 */
class GovernanceTest {
  private final List<String> writes = new ArrayList<>();
  private final AdministrativeDivision village =
      AdministrativeDivision.of("341802100201", "金宝圩村", DivisionLevel.VILLAGE).withVersion(1);

  private final GovernanceStore recordingStore = recordingStore();

  private Governance governance(Clock clock) {
    return Governance.builder().store(recordingStore).clock(clock).build().asSystem();
  }

  @Test
  void blankNameIsRejectedBeforeTheStoreIsTouched() {
    Governance governance = governance(Clock.systemUTC());

    assertThatThrownBy(
            () ->
                governance
                    .divisions()
                    .add(AdministrativeDivision.of("341802000000", " ", DivisionLevel.DISTRICT)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("invalid AdministrativeDivision: name: must not be blank")
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).violations())
                    .containsExactly(new Violation("name", "must not be blank")));
    assertThat(writes).isEmpty();
  }

  @Test
  void nestedViolationsNameTheirPath() {
    Term term = Term.ofYears(LocalDate.of(2021, 5, 1), 5);
    Committee committee =
        Committee.builder("bad id!", CommitteeKind.VILLAGERS)
            .division("341802100201")
            .name("村委会")
            .households(-1)
            .term(term)
            .member("", CommitteeRole.DIRECTOR)
            .build();

    assertThatThrownBy(() -> governance(Clock.systemUTC()).committees().add(committee))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).violations())
                    .extracting(Violation::field)
                    .containsExactly("households", "id", "members[0].name"));
    assertThat(writes).isEmpty();
  }

  @Test
  void aResidentsCommitteeCannotGovernAVillage() {
    Committee committee =
        Committee.builder("rc", CommitteeKind.RESIDENTS)
            .division("341802100201")
            .name("居委会")
            .households(500)
            .term(Term.ofYears(LocalDate.of(2021, 5, 1), 5))
            .build();

    assertThatThrownBy(() -> governance(Clock.systemUTC()).committees().add(committee))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(
            "a residents' committee governs a COMMUNITY, but 341802100201 is a VILLAGE");
    assertThat(writes).isEmpty();
  }

  @Test
  void aCommitteeOfAnUnknownDivisionIsNotFound() {
    Committee committee =
        Committee.builder("vc", CommitteeKind.VILLAGERS)
            .division("341802100202")
            .name("村委会")
            .households(500)
            .term(Term.ofYears(LocalDate.of(2021, 5, 1), 5))
            .build();

    assertThatThrownBy(() -> governance(Clock.systemUTC()).committees().add(committee))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("341802100202 is not recorded");
  }

  @Test
  void todayComesFromTheClock() {
    Clock clock =
        Clock.fixed(
            LocalDate.of(2026, 6, 30).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant(),
            ZoneId.of("Asia/Shanghai"));
    Governance governance = governance(clock);
    Committee committee =
        Committee.builder("vc", CommitteeKind.VILLAGERS)
            .division("341802100201")
            .name("村委会")
            .households(500)
            .term(Term.ofYears(LocalDate.of(2021, 5, 1), 5))
            .member("甲", CommitteeRole.DIRECTOR)
            .member("乙", CommitteeRole.MEMBER)
            .member("丙", CommitteeRole.MEMBER)
            .build();

    assertThat(governance.today()).isEqualTo(LocalDate.of(2026, 6, 30));
    assertThat(governance.committees().check(committee).asOf())
        .isEqualTo(LocalDate.of(2026, 6, 30));
    assertThat(governance.committees().check(committee).outcome())
        .isEqualTo(Compliance.NON_COMPLIANT);
  }

  @Test
  void aStoreIsRequired() {
    assertThatThrownBy(() -> Governance.builder().build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("store: must be set");
  }

  private GovernanceStore recordingStore() {
    DivisionRepository divisions =
        proxy(
            DivisionRepository.class,
            (name, args) ->
                switch (name) {
                  case "find" ->
                      ((DivisionCode) args[0]).equals(village.code())
                          ? Optional.of(village)
                          : Optional.empty();
                  default -> {
                    writes.add(name);
                    yield args[0];
                  }
                });
    CommitteeRepository committees =
        proxy(
            CommitteeRepository.class,
            (name, args) -> {
              writes.add(name);
              return args[0];
            });
    // the other repositories refuse every call: the checks under test must not reach them
    Object refusing =
        Proxy.newProxyInstance(
            GovernanceTest.class.getClassLoader(),
            new Class<?>[] {
              io.github.jiceng.governance.spi.PartyTreeRepository.class,
              io.github.jiceng.governance.spi.GridRepository.class,
              io.github.jiceng.governance.spi.HouseholdRepository.class,
              io.github.jiceng.governance.spi.ResidentRepository.class,
              io.github.jiceng.governance.spi.AccessPolicyRepository.class,
              io.github.jiceng.governance.spi.TaskRequestRepository.class,
              io.github.jiceng.governance.spi.AccessDecisionRepository.class,
              io.github.jiceng.governance.spi.ApprovalRepository.class,
              io.github.jiceng.governance.spi.AuditRepository.class,
              io.github.jiceng.governance.spi.ScopeGrantRepository.class,
              io.github.jiceng.governance.spi.ServiceRequestRepository.class,
              io.github.jiceng.governance.spi.ServiceCatalogueRepository.class,
              io.github.jiceng.governance.spi.CaseRepository.class,
              io.github.jiceng.governance.spi.RoutingTableRepository.class,
              io.github.jiceng.governance.spi.DisputeRepository.class,
              io.github.jiceng.governance.spi.FacilityRepository.class,
              io.github.jiceng.governance.spi.PointsRepository.class,
              io.github.jiceng.governance.spi.CareVisitRepository.class,
              io.github.jiceng.governance.spi.OrganisationRepository.class,
              io.github.jiceng.governance.spi.AssessmentRepository.class,
              io.github.jiceng.governance.spi.ConsultationRepository.class
            },
            (p, method, args) -> {
              throw new UnsupportedOperationException(method.getName());
            });
    io.github.jiceng.governance.spi.Repositories repositories =
        new io.github.jiceng.governance.spi.Repositories(
            divisions,
            committees,
            (io.github.jiceng.governance.spi.PartyTreeRepository) refusing,
            (io.github.jiceng.governance.spi.GridRepository) refusing,
            (io.github.jiceng.governance.spi.HouseholdRepository) refusing,
            (io.github.jiceng.governance.spi.ResidentRepository) refusing,
            (io.github.jiceng.governance.spi.AccessPolicyRepository) refusing,
            (io.github.jiceng.governance.spi.TaskRequestRepository) refusing,
            (io.github.jiceng.governance.spi.AccessDecisionRepository) refusing,
            (io.github.jiceng.governance.spi.ApprovalRepository) refusing,
            (io.github.jiceng.governance.spi.AuditRepository) refusing,
            (io.github.jiceng.governance.spi.ScopeGrantRepository) refusing,
            (io.github.jiceng.governance.spi.ServiceRequestRepository) refusing,
            (io.github.jiceng.governance.spi.ServiceCatalogueRepository) refusing,
            (io.github.jiceng.governance.spi.CaseRepository) refusing,
            (io.github.jiceng.governance.spi.RoutingTableRepository) refusing,
            (io.github.jiceng.governance.spi.DisputeRepository) refusing,
            (io.github.jiceng.governance.spi.FacilityRepository) refusing,
            (io.github.jiceng.governance.spi.PointsRepository) refusing,
            (io.github.jiceng.governance.spi.CareVisitRepository) refusing,
            (io.github.jiceng.governance.spi.OrganisationRepository) refusing,
            (io.github.jiceng.governance.spi.AssessmentRepository) refusing,
            (io.github.jiceng.governance.spi.ConsultationRepository) refusing);
    return new GovernanceStore() {
      @Override
      public io.github.jiceng.governance.spi.Repositories repositories() {
        return repositories;
      }

      @Override
      public <T> T inTransaction(UnitOfWork<T> work) {
        return work.run(this);
      }
    };
  }

  private interface Handler {
    Object handle(String method, Object[] args);
  }

  private static <T> T proxy(Class<T> type, Handler handler) {
    return type.cast(
        Proxy.newProxyInstance(
            type.getClassLoader(),
            new Class<?>[] {type},
            (p, method, args) -> handler.handle(method.getName(), args)));
  }
}
