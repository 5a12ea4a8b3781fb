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
import io.github.jiceng.governance.service.ServiceCatalogue;
import io.github.jiceng.governance.service.ServiceItem;
import io.github.jiceng.governance.service.ServiceRequest;
import io.github.jiceng.governance.service.StoredCatalogue;
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
public abstract class ServiceRequestsContract extends AreaContract {
  private static final WorkingCalendar CALENDAR = WorkingCalendar.of(NationalDefaults.policy());
  private static final LocalDate DAY = LocalDate.of(2026, 6, 1);
  private static final Instant AT = Instant.parse("2026-06-01T02:00:00Z");

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

  @Test
  @DisplayName(
      "service requests: figures per item and window are counted by the store, for a street or one community")
  void figures() {
    DivisionCode one = community(1);
    DivisionCode two = community(2);
    LocalDate asOf = LocalDate.of(2026, 7, 31);
    // promised item MZ-001: 20 working days from 2026-06-01 is due 2026-06-29
    ServiceRequest onTime = stored(intake("S-1", one, "c", DAY));
    step(onTime, RequestEvent.COMPLETE, LocalDate.of(2026, 6, 10), Satisfaction.VERY_SATISFIED);
    ServiceRequest late = stored(intake("S-2", one, "c", DAY));
    step(late, RequestEvent.COMPLETE, LocalDate.of(2026, 7, 10), Satisfaction.VERY_DISSATISFIED);
    ServiceRequest refused = stored(intake("S-3", two, "c", DAY));
    step(refused, RequestEvent.REFUSE, LocalDate.of(2026, 6, 5), Satisfaction.BASICALLY_SATISFIED);
    ServiceRequest withdrawn = stored(intake("S-4", two, "c", DAY));
    step(withdrawn, RequestEvent.WITHDRAW, LocalDate.of(2026, 6, 2), null);
    stored(intake("S-5", two, "c", DAY)); // open, due 2026-06-29: overdue on 2026-07-31
    stored(intake("S-6", two, "c", LocalDate.of(2026, 7, 20))); // open, not yet due
    stored(intake("S-7", two, "c", LocalDate.of(2026, 9, 1))); // outside the period

    List<io.github.jiceng.governance.service.ServiceFigures.Line> street =
        store()
            .serviceRequests()
            .figures(
                SampleData.STREET,
                true,
                DAY,
                LocalDate.of(2026, 8, 31),
                asOf,
                io.github.jiceng.governance.service.ServiceFigures.GroupBy.ITEM);
    assertThat(street).hasSize(1);
    var line = street.get(0);
    assertThat(line.key()).isEqualTo("MZ-001");
    assertThat(
            List.of(
                line.received(),
                line.done(),
                line.refused(),
                line.withdrawn(),
                line.settledOnTime(),
                line.overdueNow(),
                line.rated(),
                line.satisfied()))
        .containsExactly(6L, 2L, 1L, 1L, 2L, 1L, 3L, 2L);
    assertThat(line.completionRate()).isEqualTo(0.5);
    assertThat(line.settledWorkingDays())
        .isEqualTo(
            CALENDAR.workingDaysBetween(DAY, LocalDate.of(2026, 6, 10))
                + CALENDAR.workingDaysBetween(DAY, LocalDate.of(2026, 7, 10))
                + CALENDAR.workingDaysBetween(DAY, LocalDate.of(2026, 6, 5)));
    assertThat(
            store()
                .serviceRequests()
                .figures(
                    one,
                    false,
                    DAY,
                    LocalDate.of(2026, 8, 31),
                    asOf,
                    io.github.jiceng.governance.service.ServiceFigures.GroupBy.WINDOW))
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.key()).isEqualTo("社会救助窗口");
              assertThat(l.received()).isEqualTo(2);
              assertThat(l.settledOnTime()).isEqualTo(1);
            });
    assertThat(
            store()
                .serviceRequests()
                .figures(
                    SampleData.communityCode(3),
                    false,
                    DAY,
                    asOf,
                    asOf,
                    io.github.jiceng.governance.service.ServiceFigures.GroupBy.DEPARTMENT))
        .isEmpty();
  }

  private ServiceRequest stored(ServiceRequest.Step step) {
    return store().serviceRequests().insert(step.request(), step.transition());
  }

  private void step(
      ServiceRequest request,
      RequestEvent event,
      LocalDate day,
      @org.jspecify.annotations.Nullable Satisfaction rating) {
    ServiceRequest.Step step = request.apply(event, "c", AT, day, "原因", CALENDAR);
    ServiceRequest after = store().serviceRequests().update(step.request(), step.transition());
    if (rating != null) {
      store().serviceRequests().update(after.rated(rating), null);
    }
  }

  @Test
  @DisplayName("a catalogue version is stored as its file and read back into the same items")
  void catalogueVersions() {
    ServiceCatalogue first =
        ServiceCatalogue.builder("xuanzhou-services", "2026.1").item(item()).build();
    ServiceItem july =
        ServiceItem.builder("MZ-002", "高龄津贴申请", EffectivePeriod.from(LocalDate.of(2026, 7, 1)))
            .category("社会福利")
            .department("区民政局", "街道办事处")
            .basis(Citation.of("地方高龄津贴制度（示例）"))
            .window("社会福利窗口")
            .promised(7, null)
            .build();
    ServiceCatalogue second =
        ServiceCatalogue.builder("xuanzhou-services", "2026.2").item(item()).item(july).build();

    store().serviceCatalogues().insert(StoredCatalogue.of(second, LocalDate.of(2026, 6, 20)));
    store().serviceCatalogues().insert(StoredCatalogue.of(first, LocalDate.of(2026, 1, 5)));

    List<StoredCatalogue> versions = store().serviceCatalogues().findVersions("xuanzhou-services");
    assertThat(versions).extracting(StoredCatalogue::version).containsExactly("2026.1", "2026.2");
    ServiceCatalogue back =
        store().serviceCatalogues().find("xuanzhou-services", "2026.2").orElseThrow().catalogue();
    assertThat(back.versions("MZ-001")).isEqualTo(second.versions("MZ-001"));
    assertThat(back.item("MZ-002", LocalDate.of(2026, 7, 1))).contains(july);
    assertThat(store().serviceCatalogues().find("xuanzhou-services", "2027.1")).isEmpty();
    assertThat(store().serviceCatalogues().findVersions("no-such")).isEmpty();
  }

  @Test
  @DisplayName("a catalogue version is never overwritten: storing it again is a duplicate")
  void catalogueVersionIsImmutable() {
    ServiceCatalogue catalogue =
        ServiceCatalogue.builder("xuanzhou-services", "2026.1").item(item()).build();
    store().serviceCatalogues().insert(StoredCatalogue.of(catalogue, DAY));

    assertThatThrownBy(
            () ->
                store().serviceCatalogues().insert(StoredCatalogue.of(catalogue, DAY.plusDays(1))))
        .isInstanceOf(DuplicateKeyException.class);
    assertThat(store().serviceCatalogues().findVersions("xuanzhou-services"))
        .extracting(StoredCatalogue::publishedOn)
        .containsExactly(DAY);
  }
}
