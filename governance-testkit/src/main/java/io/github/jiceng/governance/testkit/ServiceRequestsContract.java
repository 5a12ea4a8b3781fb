package io.github.jiceng.governance.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.base.DuplicateKeyException;
import io.github.jiceng.governance.base.IntegrityViolationException;
import io.github.jiceng.governance.base.WriteConflictException;
import io.github.jiceng.governance.calendar.WorkingCalendar;
import io.github.jiceng.governance.defaults.NationalDefaults;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.policy.Citation;
import io.github.jiceng.governance.policy.EffectivePeriod;
import io.github.jiceng.governance.service.AttributeDefinition;
import io.github.jiceng.governance.service.AttributeType;
import io.github.jiceng.governance.service.ItemType;
import io.github.jiceng.governance.service.RequestEvent;
import io.github.jiceng.governance.service.RequestState;
import io.github.jiceng.governance.service.RequestTransition;
import io.github.jiceng.governance.service.Satisfaction;
import io.github.jiceng.governance.service.ServiceItem;
import io.github.jiceng.governance.service.ServiceRequest;
import io.github.jiceng.governance.spi.GovernanceStore;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The service-request part of the storage contract, run by {@link GovernanceStoreContract} as its
 * {@code ServiceRequests} group: requests round-trip with their attributes and history, versions
 * guard every change, two clerks acting on one version cannot both succeed.
 */
public abstract class ServiceRequestsContract {
  private static final WorkingCalendar CALENDAR = WorkingCalendar.of(NationalDefaults.policy());
  private static final LocalDate DAY = LocalDate.of(2026, 6, 1);
  private static final Instant AT = Instant.parse("2026-06-01T02:00:00Z");

  /** The store under test, empty. */
  protected abstract GovernanceStore store();

  /** Stores district, street and community {@code n}. */
  protected abstract DivisionCode community(int n);

  /** 低保申请, promised in 20 working days, with a name, an identity number and a list. */
  static ServiceItem item() {
    return ServiceItem.builder("MZ-001", "最低生活保障申请", EffectivePeriod.from(LocalDate.of(2026, 1, 1)))
        .type(ItemType.ADMINISTRATIVE_BENEFIT)
        .category("社会救助")
        .department("区民政局", "街道办事处")
        .basis(Citation.of("《社会救助暂行办法》", "第十一条"))
        .window("社会救助窗口")
        .promised(20, 30)
        .proxy()
        .attribute(
            AttributeDefinition.builder("name", "申请人姓名", AttributeType.STRING)
                .required()
                .order(1)
                .personal()
                .build())
        .attribute(
            AttributeDefinition.builder("id_number", "身份证号", AttributeType.IDENTITY_NUMBER)
                .required()
                .order(2)
                .build())
        .attribute(
            AttributeDefinition.builder("needs", "需求", AttributeType.MULTI_VALUE_LIST)
                .order(3)
                .value("food", "基本生活")
                .value("medical", "医疗")
                .build())
        .build();
  }

  private ServiceRequest.Step intake(
      String id, DivisionCode community, String actor, LocalDate day) {
    return ServiceRequest.intake(
        id,
        item(),
        community,
        Map.of("name", "王小明", "id_number", SampleData.identityNumber(7), "needs", "food,medical"),
        actor,
        AT,
        day,
        CALENDAR);
  }

  @Test
  @DisplayName("service requests: a request round-trips with its attributes and its intake step")
  void roundTrip() {
    DivisionCode community = community(1);
    ServiceRequest.Step step = intake("S-1", community, "clerk-1", DAY);

    ServiceRequest stored = store().serviceRequests().insert(step.request(), step.transition());

    assertThat(stored.version()).isEqualTo(1);
    assertThat(store().serviceRequests().find("S-1")).contains(stored);
    assertThat(stored.attributes().get("id_number").orElseThrow().value())
        .isEqualTo(SampleData.identityNumber(7));
    assertThat(stored.toString()).doesNotContain(SampleData.identityNumber(7), "王小明");
    assertThat(store().serviceRequests().history("S-1")).containsExactly(step.transition());
    assertThat(store().serviceRequests().find("S-2")).isEmpty();
  }

  @Test
  @DisplayName(
      "service requests: each step bumps the version and joins the history; a stale one is refused")
  void stepsAndVersions() {
    DivisionCode community = community(1);
    ServiceRequest.Step step = intake("S-1", community, "clerk-1", DAY);
    ServiceRequest v1 = store().serviceRequests().insert(step.request(), step.transition());

    ServiceRequest.Step handed =
        v1.apply(RequestEvent.HAND_TO_DEPARTMENT, "clerk-1", AT, DAY, null, CALENDAR);
    ServiceRequest v2 = store().serviceRequests().update(handed.request(), handed.transition());
    ServiceRequest.Step done =
        v2.apply(RequestEvent.COMPLETE, "clerk-1", AT, DAY.plusDays(3), "结果已领取", CALENDAR);
    ServiceRequest v3 = store().serviceRequests().update(done.request(), done.transition());
    ServiceRequest v4 = store().serviceRequests().update(v3.rated(Satisfaction.SATISFIED), null);

    assertThat(v4.version()).isEqualTo(4);
    ServiceRequest read = store().serviceRequests().find("S-1").orElseThrow();
    assertThat(read.state()).isEqualTo(RequestState.DONE);
    assertThat(read.satisfaction()).isEqualTo(Satisfaction.SATISFIED);
    assertThat(read.workingDaysTaken()).isEqualTo(3);
    assertThat(store().serviceRequests().history("S-1"))
        .extracting(RequestTransition::sequence, RequestTransition::to)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, RequestState.RECEIVED),
            org.assertj.core.groups.Tuple.tuple(2, RequestState.WITH_DEPARTMENT),
            org.assertj.core.groups.Tuple.tuple(3, RequestState.DONE));
    assertThatThrownBy(() -> store().serviceRequests().update(handed.request(), null))
        .isInstanceOf(WriteConflictException.class)
        .hasMessageContaining("S-1");
  }

  @Test
  @DisplayName(
      "service requests: a taken id, or a community not stored, is refused and nothing stays")
  void refusals() {
    DivisionCode community = community(1);
    ServiceRequest.Step step = intake("S-1", community, "clerk-1", DAY);
    store().serviceRequests().insert(step.request(), step.transition());
    assertThatThrownBy(() -> store().serviceRequests().insert(step.request(), step.transition()))
        .isInstanceOf(DuplicateKeyException.class);
    ServiceRequest.Step elsewhere = intake("S-2", SampleData.communityCode(99), "clerk-1", DAY);
    assertThatThrownBy(
            () -> store().serviceRequests().insert(elsewhere.request(), elsewhere.transition()))
        .isInstanceOf(IntegrityViolationException.class);
    assertThat(store().serviceRequests().find("S-2")).isEmpty();
    assertThat(store().serviceRequests().history("S-2")).isEmpty();
  }

  @Test
  @DisplayName("service requests: found by community and by creator within the days asked")
  void queries() {
    DivisionCode one = community(1);
    DivisionCode two = community(2);
    for (int i = 0; i < 6; i++) {
      ServiceRequest.Step step =
          intake("S-" + i, i % 2 == 0 ? one : two, "clerk-" + (i % 3), DAY.plusDays(i));
      store().serviceRequests().insert(step.request(), step.transition());
    }
    assertThat(store().serviceRequests().findByCommunity(one, DAY, DAY.plusDays(3)))
        .extracting(ServiceRequest::id)
        .containsExactly("S-0", "S-2");
    assertThat(store().serviceRequests().findByCreator("clerk-0", DAY, DAY.plusDays(10)))
        .extracting(ServiceRequest::id)
        .containsExactly("S-0", "S-3");
  }

  @Test
  @DisplayName(
      "service requests: of two clerks completing the same version at once, exactly one succeeds")
  void twoClerksAtOnce() throws Exception {
    DivisionCode community = community(1);
    ServiceRequest.Step step = intake("S-1", community, "clerk-1", DAY);
    ServiceRequest v1 = store().serviceRequests().insert(step.request(), step.transition());

    List<Boolean> outcomes =
        GovernanceStoreContract.runTogether(
            2,
            writer ->
                () -> {
                  ServiceRequest.Step done =
                      v1.apply(RequestEvent.COMPLETE, "clerk-" + writer, AT, DAY, null, CALENDAR);
                  try {
                    store().serviceRequests().update(done.request(), done.transition());
                    return true;
                  } catch (WriteConflictException e) {
                    return false;
                  }
                });

    assertThat(outcomes).containsExactlyInAnyOrder(true, false);
    assertThat(store().serviceRequests().history("S-1")).hasSize(2);
    assertThat(store().serviceRequests().find("S-1").orElseThrow().version()).isEqualTo(2);
  }
}
