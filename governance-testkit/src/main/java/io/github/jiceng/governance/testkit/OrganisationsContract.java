package io.github.jiceng.governance.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.base.IntegrityViolationException;
import io.github.jiceng.governance.base.WriteConflictException;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.organisation.SocialOrganisation;
import io.github.jiceng.governance.people.CreditCode;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The social-organisation part of the storage contract, run by {@link GovernanceStoreContract} as
 * its {@code Organisations} group: every field round-trips, nulls included; versions guard updates;
 * an organisation needs its community; co-building agreements keep their commitments in order and
 * their community.
 */
public abstract class OrganisationsContract extends AreaContract {
  /** A valid sample credit code (GB 32100). */
  private static final String CODE = "51341802MJ0000001M";

  private static SocialOrganisation registered(String id, DivisionCode community) {
    return new SocialOrganisation(
        id,
        community,
        "城南社区志愿者协会",
        SocialOrganisation.Status.REGISTERED,
        CreditCode.of(CODE),
        LocalDate.of(2020, 5, 1),
        2025,
        LocalDate.of(2023, 12, 20),
        0);
  }

  @Test
  @DisplayName(
      "an organisation round-trips with every field; a filed one without its optional ones")
  void roundTrip() {
    DivisionCode one = community(1);
    SocialOrganisation stored = store().organisations().insert(registered("O-1", one));
    SocialOrganisation filed =
        store()
            .organisations()
            .insert(
                new SocialOrganisation(
                    "O-2",
                    one,
                    "城南社区广场舞队",
                    SocialOrganisation.Status.FILED,
                    null,
                    LocalDate.of(2024, 3, 1),
                    null,
                    null,
                    0));

    assertThat(store().organisations().find("O-1")).contains(stored);
    assertThat(store().organisations().find("O-2")).contains(filed);
    assertThat(store().organisations().findByCommunity(one)).containsExactly(stored, filed);
  }

  @Test
  @DisplayName("an update needs the version read; an organisation needs its community")
  void versionsAndReferences() {
    DivisionCode one = community(1);
    SocialOrganisation v1 = store().organisations().insert(registered("O-1", one));
    SocialOrganisation inspected =
        new SocialOrganisation(
            v1.id(),
            one,
            v1.name(),
            v1.status(),
            v1.creditCode(),
            v1.since(),
            2026,
            v1.evaluationAnnounced(),
            1);

    assertThat(store().organisations().update(inspected).version()).isEqualTo(2);
    assertThat(store().organisations().find("O-1").orElseThrow().lastInspection()).isEqualTo(2026);
    assertThatThrownBy(() -> store().organisations().update(inspected))
        .isInstanceOf(WriteConflictException.class);
    DivisionCode missing = DivisionCode.of(one.value().substring(0, 9) + "196");
    assertThatThrownBy(() -> store().organisations().insert(registered("O-9", missing)))
        .isInstanceOf(IntegrityViolationException.class);
  }

  private static io.github.jiceng.governance.organisation.CoBuildingAgreement agreement(
      String id, DivisionCode community, java.util.List<String> commitments, long version) {
    return new io.github.jiceng.governance.organisation.CoBuildingAgreement(
        id,
        community,
        "宣城市第二中学",
        CreditCode.of(CODE),
        commitments,
        LocalDate.of(2025, 9, 1),
        LocalDate.of(2027, 8, 31),
        true,
        null,
        version);
  }

  @Test
  @DisplayName(
      "a co-building agreement round-trips with its commitments in order; an update needs the"
          + " version read, replaces them, and never moves it to another community")
  void coBuildingAgreements() {
    DivisionCode one = community(1);
    DivisionCode two = community(2);
    var v1 =
        store()
            .organisations()
            .insertAgreement(agreement("A-1", one, java.util.List.of("开放操场", "教师志愿服务"), 0));

    assertThat(store().organisations().findAgreement("A-1")).contains(v1);
    var reported =
        new io.github.jiceng.governance.organisation.CoBuildingAgreement(
            "A-1",
            one,
            v1.unit(),
            null,
            java.util.List.of("教师志愿服务", "开放图书馆", "开放操场"),
            v1.signed(),
            v1.until(),
            true,
            LocalDate.of(2025, 9, 15),
            1);
    var v2 = store().organisations().updateAgreement(reported);
    assertThat(v2.version()).isEqualTo(2);
    assertThat(store().organisations().findAgreement("A-1")).contains(v2);
    assertThatThrownBy(() -> store().organisations().updateAgreement(reported))
        .isInstanceOf(WriteConflictException.class);
    assertThatThrownBy(
            () ->
                store().organisations().updateAgreement(agreement("A-1", two, v2.commitments(), 2)))
        .isInstanceOf(IntegrityViolationException.class);
    assertThat(store().organisations().agreementsOf(one)).containsExactly(v2);
    assertThat(store().organisations().agreementsOf(two)).isEmpty();
    DivisionCode missing = DivisionCode.of(one.value().substring(0, 9) + "196");
    assertThatThrownBy(
            () ->
                store()
                    .organisations()
                    .insertAgreement(agreement("A-9", missing, java.util.List.of("x"), 0)))
        .isInstanceOf(IntegrityViolationException.class);
    assertThat(store().organisations().findAgreement("A-9")).isEmpty();
  }
}
