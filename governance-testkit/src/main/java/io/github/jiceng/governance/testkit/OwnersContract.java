package io.github.jiceng.governance.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.base.IntegrityViolationException;
import io.github.jiceng.governance.committee.Committee;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.facility.Facility;
import io.github.jiceng.governance.facility.FacilityKind;
import io.github.jiceng.governance.grid.Household;
import io.github.jiceng.governance.organisation.SocialOrganisation;
import io.github.jiceng.governance.party.PartyTree;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The owners part of the storage contract, run by {@link GovernanceStoreContract} as its {@code
 * Owners} group: an update never moves a record to another community — committees, facilities,
 * households, party trees and social organisations, as the areas added since already promise. A
 * JDBC store keeps the community out of the update's {@code SET} and in its {@code WHERE}, so that
 * a store sharded by community never rewrites its shard key; an update naming another community is
 * an {@link IntegrityViolationException} and leaves the record as it was.
 */
public abstract class OwnersContract extends AreaContract {
  private DivisionCode one;
  private DivisionCode two;

  @BeforeEach
  void communities() {
    one = community(1);
    two = community(2);
  }

  /** {@code move} fails as a refused move, and {@code stored} still reads {@code before}. */
  private static <T> void staysPut(Runnable move, Supplier<T> stored, T before) {
    assertThatThrownBy(move::run)
        .isInstanceOf(IntegrityViolationException.class)
        .hasMessageContaining("stays there");
    assertThat(stored.get()).isEqualTo(before);
  }

  @Test
  @DisplayName("a committee stays in its community")
  void committee() {
    Committee c = store().committees().insert(SampleData.residentsCommittee(1, "城南社区居民委员会", 2600));
    Committee moved = c.toBuilder().division(two).build();

    staysPut(
        () -> store().committees().update(moved),
        () -> store().committees().find(c.id()).orElseThrow(),
        c);
    assertThat(store().committees().update(c.toBuilder().households(2700).build()).version())
        .as("an update within the community still goes through")
        .isEqualTo(2);
  }

  @Test
  @DisplayName(
      "a resident moves to another household of the community, its care tags found by the new"
          + " ones, but never to another community")
  void resident() {
    store().households().insert(Household.house("H-1", one, null, "城南路1号"));
    store().households().insert(Household.house("H-2", one, null, "城南路2号"));
    store().households().insert(Household.house("H-3", two, null, "城北路3号"));
    io.github.jiceng.governance.people.Resident r =
        store()
            .residents()
            .insert(
                io.github.jiceng.governance.people.Resident.of(
                        "R-1",
                        "H-1",
                        "张华",
                        SampleData.identityNumber(1),
                        io.github.jiceng.governance.people.Relation.HEAD)
                    .tagged(io.github.jiceng.governance.people.CareTag.EMPTY_NEST_ELDERLY));

    io.github.jiceng.governance.people.Resident moved =
        store()
            .residents()
            .update(
                new io.github.jiceng.governance.people.Resident(
                    r.id(),
                    "H-2",
                    r.name(),
                    r.identityNumber(),
                    null,
                    r.relation(),
                    java.util.Set.of(io.github.jiceng.governance.people.CareTag.DISABLED),
                    r.version()));

    assertThat(
            store()
                .residents()
                .findByTag(one, io.github.jiceng.governance.people.CareTag.EMPTY_NEST_ELDERLY))
        .isEmpty();
    assertThat(
            store().residents().findByTag(one, io.github.jiceng.governance.people.CareTag.DISABLED))
        .containsExactly(moved);
    staysPut(
        () -> store().residents().update(moved.movedTo("H-3")),
        () -> store().residents().find("R-1").orElseThrow(),
        moved);
    assertThat(
            store().residents().findByTag(two, io.github.jiceng.governance.people.CareTag.DISABLED))
        .isEmpty();
  }

  @Test
  @DisplayName("a facility, a household, a party tree and a social organisation stay put")
  void otherRecords() {
    Facility f =
        store()
            .facilities()
            .insert(
                Facility.of(
                    "F-1",
                    one,
                    FacilityKind.SERVICE_CENTRE,
                    "城南社区党群服务中心",
                    new BigDecimal("560.5"),
                    "office"));
    staysPut(
        () ->
            store()
                .facilities()
                .update(
                    new Facility(
                        f.id(),
                        two,
                        f.kind(),
                        f.name(),
                        f.floorArea(),
                        f.functions(),
                        f.version())),
        () -> store().facilities().find("F-1").orElseThrow(),
        f);

    Household h = store().households().insert(Household.house("H-1", one, null, "城南路1号"));
    staysPut(
        () ->
            store()
                .households()
                .update(Household.house("H-1", two, null, "城南路1号").withVersion(h.version())),
        () -> store().households().find("H-1").orElseThrow(),
        h);

    PartyTree t = store().partyTrees().insert(SampleData.partyTree(1));
    staysPut(
        () -> store().partyTrees().update(new PartyTree(two, t.root(), t.version())),
        () -> store().partyTrees().find(t.id()).orElseThrow(),
        t);

    SocialOrganisation o =
        store()
            .organisations()
            .insert(
                new SocialOrganisation(
                    "O-1",
                    one,
                    "城南社区志愿者协会",
                    SocialOrganisation.Status.FILED,
                    null,
                    LocalDate.of(2020, 5, 1),
                    null,
                    null,
                    0));
    staysPut(
        () ->
            store()
                .organisations()
                .update(
                    new SocialOrganisation(
                        o.id(),
                        two,
                        o.name(),
                        o.status(),
                        o.creditCode(),
                        o.since(),
                        o.lastInspection(),
                        o.evaluationAnnounced(),
                        o.version())),
        () -> store().organisations().find("O-1").orElseThrow(),
        o);
  }

  @Test
  @DisplayName(
      "a task request stays in the county its targets lie in: other communities of it, yes;"
          + " another county's, no")
  void taskRequestCounty() {
    io.github.jiceng.governance.access.TaskRequest r =
        store().taskRequests().insert(SampleData.taskRequest("TR-1", 1));
    io.github.jiceng.governance.access.TaskRequest elsewhere =
        r.toBuilder()
            .targets(
                io.github.jiceng.governance.access.Targets.communities(
                    DivisionCode.of("340202001001")))
            .build();

    staysPut(
        () -> store().taskRequests().update(elsewhere),
        () -> store().taskRequests().find("TR-1").orElseThrow(),
        r);
    assertThat(
            store()
                .taskRequests()
                .update(
                    r.toBuilder()
                        .targets(io.github.jiceng.governance.access.Targets.communities(one, two))
                        .build())
                .targets()
                .communities())
        .as("targets within the county can change")
        .containsExactly(one, two);
  }
}
