package io.github.jiceng.governance.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.committee.CommitteeRole;
import io.github.jiceng.governance.division.DivisionCode;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PartyOrganizationTest {
  private static final LocalDate DAY = PartyRulesTest.AS_OF;

  private static PartyOrganization group(String id, String memberId) {
    return PartyOrganization.builder(id, PartyOrganizationKind.GROUP)
        .name(id + " 党小组")
        .placement(PlacementKind.BUILDING, id)
        .members(
            PartyMember.full(
                memberId, "成员" + memberId, LocalDate.of(2010, 1, 1), LocalDate.of(2011, 1, 1)))
        .build();
  }

  @Test
  @DisplayName("a branch counts the members of its party groups as its own")
  void subtreeCounts() {
    PartyOrganization branch =
        PartyRulesTest.branch(3, 1, false)
            .child(group("G1", "M-1"))
            .child(group("G2", "M-2"))
            .build();

    assertThat(branch.membersOn(DAY)).isEqualTo(6);
    assertThat(branch.fullMembersOn(DAY)).isEqualTo(5);
    assertThat(branch.organizations())
        .extracting(PartyOrganization::id)
        .containsExactly("B1", "G1", "G2");
    assertThat(branch.find("G2")).isPresent();
  }

  @Test
  @DisplayName(
      "a member belongs to one branch: listing the same member twice is rejected with both places named")
  void memberInOneBranch() {
    assertThatThrownBy(
            () ->
                PartyRulesTest.branch(3, 0, false)
                    .child(group("G1", "M-1"))
                    .child(group("G2", "M-1"))
                    .build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("children[1].members")
        .hasMessageContaining("member M-1 belongs to both G1 and G2");
  }

  @Test
  @DisplayName("kinds nest downwards only, and party groups sit in branches")
  void nesting() {
    PartyOrganization general =
        PartyOrganization.builder("GB", PartyOrganizationKind.GENERAL_BRANCH)
            .name("党总支")
            .placement(PlacementKind.COMMUNITY, "城东社区")
            .build();

    assertThatThrownBy(() -> PartyRulesTest.branch(3, 0, false).child(general).build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("children[0].kind")
        .hasMessageContaining("a branch cannot contain a general branch");
    assertThatThrownBy(() -> general.toBuilder().child(group("G1", "M-1")).build())
        .hasMessageContaining("a general branch cannot contain a party group");
    assertThatThrownBy(() -> PartyTree.of(DivisionCode.of("341802001001"), group("G1", "M-1")))
        .hasMessageContaining("root.kind");
  }

  @Test
  @DisplayName("missing values are reported by field, never as a NullPointerException")
  void missingValues() {
    assertThatThrownBy(
            () -> PartyOrganization.builder("B", PartyOrganizationKind.BRANCH).name("x").build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("placement");
    assertThatThrownBy(
            () ->
                PartyOrganization.builder("B", PartyOrganizationKind.BRANCH)
                    .name("x")
                    .placement(PlacementKind.GRID, "一")
                    .members((PartyMember) null)
                    .build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("members[0]");
    assertThatThrownBy(
            () -> PartyMember.full("M", "甲", LocalDate.of(2020, 1, 1), LocalDate.of(2019, 1, 1)))
        .hasMessageContaining("fullSince");
  }

  @Test
  @DisplayName("cross-appointments and 一肩挑 are recorded on leaders and found on the date")
  void crossAppointments() {
    PartyOrganization root =
        PartyRulesTest.branch(5, 0, false).replaceChildren(java.util.List.of()).build();
    PartyLeader secretary =
        root.leaders()
            .get(0)
            .alsoOn(CrossAppointment.of("341802001001-RC", CommitteeRole.DIRECTOR));
    PartyOrganization withSeat =
        new PartyOrganization(
            root.id(),
            root.kind(),
            root.name(),
            root.placement(),
            root.term(),
            null,
            null,
            java.util.List.of(secretary),
            root.members(),
            root.children());
    PartyTree tree = PartyTree.of(DivisionCode.of("341802001001"), withSeat);

    assertThat(tree.crossAppointedOn(DAY)).containsExactly(secretary);
    assertThat(tree.oneShoulderOn(DAY)).contains(secretary);
    assertThat(tree.oneShoulderOn(PartyRulesTest.TERM.end().plusDays(1))).isEmpty();
    assertThat(PartyTree.of(DivisionCode.of("341802001001"), root).oneShoulderOn(DAY)).isEmpty();
  }

  @Test
  @DisplayName("points are summed over the periods that overlap a range")
  void points() {
    PartyMember member =
        PartyMember.full("M", "甲", LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 1))
            .withPoints(MemberPoints.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), 12))
            .withPoints(MemberPoints.of(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30), 9))
            .asMobile();

    assertThat(member.pointsBetween(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
        .isEqualTo(21);
    assertThat(member.pointsBetween(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31)))
        .isEqualTo(9);
    assertThat(member.mobile()).isTrue();
    assertThat(member.points()).hasSize(2);
  }
}
