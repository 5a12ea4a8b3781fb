package io.github.jiceng.governance.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.Governance;
import io.github.jiceng.governance.audit.AuditAction;
import io.github.jiceng.governance.audit.AuditRecord;
import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.base.NotFoundException;
import io.github.jiceng.governance.base.WriteConflictException;
import io.github.jiceng.governance.defaults.NationalDefaults;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.policy.Citation;
import io.github.jiceng.governance.policy.EffectivePeriod;
import io.github.jiceng.governance.policy.ParameterVersion;
import io.github.jiceng.governance.policy.Policy;
import io.github.jiceng.governance.scope.AccessDeniedException;
import io.github.jiceng.governance.scope.DataScope;
import io.github.jiceng.governance.service.AttributeDefinition;
import io.github.jiceng.governance.service.AttributeType;
import io.github.jiceng.governance.service.ItemType;
import io.github.jiceng.governance.service.RequestEvent;
import io.github.jiceng.governance.service.RequestState;
import io.github.jiceng.governance.service.RequestTransition;
import io.github.jiceng.governance.service.Satisfaction;
import io.github.jiceng.governance.service.ServiceCatalogue;
import io.github.jiceng.governance.service.ServiceItem;
import io.github.jiceng.governance.service.ServiceParameters;
import io.github.jiceng.governance.service.ServiceRequest;
import io.github.jiceng.governance.service.StoredCatalogue;
import io.github.jiceng.governance.testkit.SampleData;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ServiceDeskTest {
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  private static final LocalDate TODAY = LocalDate.of(2026, 9, 30);
  private static final DivisionCode ONE = SampleData.communityCode(1);
  private static final DivisionCode TWO = SampleData.communityCode(2);

  private final Governance facade =
      Governance.builder()
          .store(new InMemoryGovernanceStore())
          .clock(Clock.fixed(TODAY.atTime(10, 0).atZone(CHINA).toInstant(), CHINA))
          .build();
  private final Governance system = facade.asSystem();

  private static final ServiceCatalogue CATALOGUE =
      ServiceCatalogue.builder("xuanzhou-services", "2026.1")
          .item(
              ServiceItem.builder("CL-1", "残疾人证申领", EffectivePeriod.from(LocalDate.of(2026, 1, 1)))
                  .type(ItemType.ADMINISTRATIVE_CONFIRMATION)
                  .category("残疾人服务")
                  .department("区残联", "区残联")
                  .basis(Citation.of("《残疾人证管理办法》"))
                  .window("残疾人服务窗口")
                  .promised(3, 20)
                  .proxy()
                  .attribute(
                      AttributeDefinition.builder(
                              "id_number", "身份证号", AttributeType.IDENTITY_NUMBER)
                          .required()
                          .build())
                  .build())
          .build();

  private static Map<String, String> attributes() {
    return Map.of("id_number", SampleData.identityNumber(3));
  }

  @BeforeEach
  void district() {
    system.divisions().add(SampleData.district());
    system.divisions().add(SampleData.street());
    system.divisions().add(SampleData.community(1, "社区一"));
    system.divisions().add(SampleData.community(2, "社区二"));
    system.scopes().grant("clerk-one", "社区办事员", DataScope.division(ONE));
    system.scopes().grant("clerk-two", "社区办事员", DataScope.division(TWO));
    system.scopes().grant("volunteer", "代办员", DataScope.self());
  }

  @Test
  @DisplayName("a clerk takes a request at its community; it is due across National Day, audited")
  void intake() {
    ServiceRequest request =
        facade.as("clerk-one").services().intake(CATALOGUE, "CL-1", "S-1", ONE, attributes());

    assertThat(request.state()).isEqualTo(RequestState.RECEIVED);
    assertThat(request.dueOn()).isEqualTo(LocalDate.of(2026, 10, 10));
    assertThat(request.createdBy()).isEqualTo("clerk-one");
    assertThat(system.audit().about("S-1", 10))
        .extracting(AuditRecord::action, AuditRecord::actor)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(AuditAction.SERVICE_INTAKE, "clerk-one"));
    assertThatThrownBy(
            () ->
                facade
                    .as("clerk-one")
                    .services()
                    .intake(CATALOGUE, "CL-1", "S-2", TWO, attributes()))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(
            () ->
                facade
                    .as("clerk-one")
                    .services()
                    .intake(CATALOGUE, "CL-9", "S-3", ONE, attributes()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("no item of that code on 2026-09-30");
    assertThatThrownBy(() -> facade.services().find("S-1"))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  @DisplayName("each step is kept with who and when; a clerk acting on a stale version is refused")
  void steps() {
    var clerk = facade.as("clerk-one").services();
    ServiceRequest v1 = clerk.intake(CATALOGUE, "CL-1", "S-1", ONE, attributes());
    ServiceRequest v2 = clerk.advance("S-1", v1.version(), RequestEvent.HAND_TO_DEPARTMENT, null);
    assertThatThrownBy(() -> clerk.advance("S-1", v1.version(), RequestEvent.WITHDRAW, null))
        .isInstanceOf(WriteConflictException.class)
        .hasMessageContaining("stored version 2, yours 1");
    ServiceRequest v3 = clerk.advance("S-1", v2.version(), RequestEvent.COMPLETE, "证件已领取");
    ServiceRequest v4 = clerk.rate("S-1", v3.version(), Satisfaction.SATISFIED);

    assertThat(v4.satisfaction()).isEqualTo(Satisfaction.SATISFIED);
    assertThat(clerk.history("S-1"))
        .extracting(RequestTransition::event)
        .containsExactly(null, RequestEvent.HAND_TO_DEPARTMENT, RequestEvent.COMPLETE);
    assertThat(system.audit().records(1, 100))
        .extracting(AuditRecord::action)
        .contains(AuditAction.SERVICE_TRANSITION, AuditAction.SERVICE_RATING);
    assertThat(system.audit().verify().intact()).isTrue();
  }

  @Test
  @DisplayName("another community's clerk sees nothing; a SELF actor sees the requests it took")
  void scope() {
    facade.as("clerk-one").services().intake(CATALOGUE, "CL-1", "S-1", ONE, attributes());
    var other = facade.as("clerk-two").services();
    assertThat(other.find("S-1")).isEmpty();
    assertThat(other.history("S-1")).isEmpty();
    assertThatThrownBy(() -> other.advance("S-1", 1, RequestEvent.WITHDRAW, null))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> other.requestsOf(ONE, TODAY, TODAY))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(facade.as("clerk-one").services().requestsOf(ONE, TODAY, TODAY))
        .extracting(ServiceRequest::id)
        .containsExactly("S-1");

    var volunteer = facade.as("volunteer").services();
    ServiceRequest own = volunteer.intake(CATALOGUE, "CL-1", "S-9", TWO, attributes());
    assertThat(volunteer.ownRequests(TODAY, TODAY))
        .extracting(ServiceRequest::id)
        .containsExactly("S-9");
    assertThat(volunteer.find("S-1")).isEmpty();
    assertThat(
            volunteer.advance("S-9", own.version(), RequestEvent.HAND_TO_DEPARTMENT, null).state())
        .isEqualTo(RequestState.WITH_DEPARTMENT);
    assertThat(facade.as("clerk-one").services().find("S-9")).isEmpty();
    assertThat(other.find("S-9")).isPresent();
    assertThatThrownBy(() -> other.ownRequests(TODAY, TODAY))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  @DisplayName("figures count only the communities the caller covers; the table prints rates")
  void figures() {
    var clerkOne = facade.as("clerk-one").services();
    var clerkTwo = facade.as("clerk-two").services();
    ServiceRequest a = clerkOne.intake(CATALOGUE, "CL-1", "S-1", ONE, attributes());
    clerkOne.advance("S-1", a.version(), RequestEvent.COMPLETE, null);
    clerkTwo.intake(CATALOGUE, "CL-1", "S-2", TWO, attributes());

    var mine =
        clerkOne.figures(
            SampleData.DISTRICT,
            TODAY,
            TODAY,
            io.github.jiceng.governance.service.ServiceFigures.GroupBy.ITEM);
    var all =
        system
            .services()
            .figures(
                SampleData.DISTRICT,
                TODAY,
                TODAY,
                io.github.jiceng.governance.service.ServiceFigures.GroupBy.ITEM);

    assertThat(mine.total().received()).isEqualTo(1);
    assertThat(mine.total().completionRate()).isEqualTo(1.0);
    assertThat(all.total().received()).isEqualTo(2);
    assertThat(all.total().completionRate()).isEqualTo(0.5);
    assertThat(all.table()).contains("CL-1", "50.0 %", "办结率");
    assertThatThrownBy(
            () ->
                clerkOne.figures(
                    TWO,
                    TODAY,
                    TODAY,
                    io.github.jiceng.governance.service.ServiceFigures.GroupBy.ITEM))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  @DisplayName(
      "a published catalogue is stored, audited, read back by any caller and used at intake")
  void publishedCatalogue() {
    StoredCatalogue stored = system.services().publish(CATALOGUE);

    assertThat(stored.publishedOn()).isEqualTo(TODAY);
    assertThat(stored.document()).contains("code: CL-1", "promised-days: 3");
    Governance clerk = facade.as("clerk-one");
    ServiceCatalogue read = clerk.services().catalogue("xuanzhou-services", "2026.1");
    assertThat(read.versions("CL-1")).isEqualTo(CATALOGUE.versions("CL-1"));
    assertThat(clerk.services().catalogueVersions("xuanzhou-services"))
        .extracting(StoredCatalogue::version)
        .containsExactly("2026.1");
    ServiceRequest request = clerk.services().intake(read, "CL-1", "S-9", ONE, attributes());
    // 国庆 1-7 October; Saturday 10 October is a make-up working day
    assertThat(request.dueOn()).isEqualTo(LocalDate.of(2026, 10, 10));
    assertThat(system.audit().about("xuanzhou-services 2026.1", 10))
        .extracting(AuditRecord::action)
        .containsExactly(AuditAction.CATALOGUE_PUBLICATION);
    assertThatThrownBy(() -> clerk.services().catalogue("xuanzhou-services", "2027.1"))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("service catalogue xuanzhou-services 2027.1 is not stored");
  }

  @Test
  @DisplayName("only a caller whose scope is the whole store may publish a catalogue")
  void publishNeedsAll() {
    assertThatThrownBy(() -> facade.as("clerk-one").services().publish(CATALOGUE))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(system.services().catalogueVersions("xuanzhou-services")).isEmpty();
  }

  /** A settled request S-1 at community one, taken and completed by clerk-one. */
  private static ServiceRequest settled(Governance clerk) {
    ServiceRequest r = clerk.services().intake(CATALOGUE, "CL-1", "S-1", ONE, attributes());
    return clerk.services().advance(r.id(), r.version(), RequestEvent.COMPLETE, "已领取");
  }

  @Test
  @DisplayName("nationally a resident rates on five levels, as a level or a score 1-5")
  void fiveLevels() {
    Governance clerk = facade.as("clerk-one");
    ServiceRequest done = settled(clerk);

    ServiceRequest rated = clerk.services().rate(done.id(), done.version(), 5);

    assertThat(rated.satisfaction()).isEqualTo(Satisfaction.VERY_SATISFIED);
    assertThatThrownBy(() -> clerk.services().rate(done.id(), rated.version(), 6))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("must be 1 to 5 on a 5-level scale");
  }

  @Test
  @DisplayName("a jurisdiction's policy may rate on three levels from a date; 非常满意 is then refused")
  void threeLevels() {
    Policy local =
        Policy.builder("xuanzhou", "2026.1")
            .basedOn(NationalDefaults.policy())
            .override(
                ServiceParameters.RATING_LEVELS,
                ParameterVersion.of(
                    3,
                    EffectivePeriod.from(LocalDate.of(2026, 9, 1)),
                    Citation.of("宣州区社区服务满意度评价办法（示例）"),
                    "三级评价"))
            .build();
    Governance three =
        Governance.builder()
            .store(new InMemoryGovernanceStore())
            .policy(local)
            .clock(Clock.fixed(TODAY.atTime(10, 0).atZone(CHINA).toInstant(), CHINA))
            .build();
    three.asSystem().divisions().add(SampleData.district());
    three.asSystem().divisions().add(SampleData.street());
    three.asSystem().divisions().add(SampleData.community(1, "社区一"));
    three.asSystem().scopes().grant("clerk-one", "社区办事员", DataScope.division(ONE));
    Governance clerk = three.as("clerk-one");
    ServiceRequest done = settled(clerk);

    assertThatThrownBy(
            () -> clerk.services().rate(done.id(), done.version(), Satisfaction.VERY_SATISFIED))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(
            "rating: must be one of [满意, 基本满意, 不满意] on the 3-level scale in force on 2026-09-30");
    assertThat(clerk.services().rate(done.id(), done.version(), 3).satisfaction())
        .isEqualTo(Satisfaction.SATISFIED);
  }
}
