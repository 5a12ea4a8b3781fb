package io.github.jiceng.governance.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.Governance;
import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.base.NotFoundException;
import io.github.jiceng.governance.party.PartyMember;
import io.github.jiceng.governance.party.PartyOrganization;
import io.github.jiceng.governance.party.PartyRules;
import io.github.jiceng.governance.party.PartySetupCheck;
import io.github.jiceng.governance.party.PartyTree;
import io.github.jiceng.governance.policy.Compliance;
import io.github.jiceng.governance.testkit.SampleData;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PartyFacadeTest {
  private final InMemoryGovernanceStore store = new InMemoryGovernanceStore();
  private final Governance governance = Governance.builder().store(store).build().asSystem();

  private void recordCommunity() {
    governance.divisions().add(SampleData.district());
    governance.divisions().add(SampleData.street());
    governance.divisions().add(SampleData.community(1, "城东社区"));
  }

  @Test
  @DisplayName("a tree of an unrecorded community is not found, and nothing is stored")
  void unknownCommunity() {
    assertThatThrownBy(() -> governance.party().add(SampleData.partyTree(1)))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("community 341802001001 is not recorded");
    assertThat(store.partyTrees().findWithin(SampleData.DISTRICT)).isEmpty();
  }

  @Test
  @DisplayName(
      "a blank member name deep in the tree is reported by its path, and nothing is stored")
  void nestedInvalidInput() {
    recordCommunity();
    PartyTree tree = SampleData.partyTree(1);
    PartyTree broken =
        tree.withRoot(
            tree.root().toBuilder()
                .members(
                    PartyMember.full(
                        "blank", " ", LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 1)))
                .build());

    assertThatThrownBy(() -> governance.party().add(broken))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.violations())
                    .extracting(v -> v.field())
                    .containsExactly("root.members[17].name"));
    assertThat(governance.party().treesOf(SampleData.communityCode(1))).isEmpty();
  }

  @Test
  @DisplayName(
      "every invalid part of a tree is reported at once by its path: a child's leader, a grandchild's member, a member's points")
  void everyInvalidPartByItsPath() {
    recordCommunity();
    PartyTree tree = SampleData.partyTree(1);
    PartyOrganization firstGrid = tree.root().children().get(0);
    PartyOrganization group = firstGrid.children().get(0);
    PartyOrganization brokenGroup =
        group.toBuilder()
            .members(
                PartyMember.full(
                    "long", "长".repeat(65), LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 1)))
            .build();
    PartyOrganization brokenGrid =
        firstGrid.toBuilder()
            .leader(" ", io.github.jiceng.governance.party.LeaderRole.DEPUTY_SECRETARY)
            .build();
    List<PartyOrganization> children = new java.util.ArrayList<>(brokenGrid.children());
    children.set(0, brokenGroup);
    brokenGrid =
        new PartyOrganization(
            brokenGrid.id(),
            brokenGrid.kind(),
            brokenGrid.name(),
            brokenGrid.placement(),
            brokenGrid.term(),
            brokenGrid.electionApproval(),
            brokenGrid.setupApproval(),
            brokenGrid.leaders(),
            brokenGrid.members(),
            children);
    List<PartyOrganization> roots = new java.util.ArrayList<>(tree.root().children());
    roots.set(0, brokenGrid);
    PartyOrganization root = tree.root();
    PartyTree broken =
        tree.withRoot(
            new PartyOrganization(
                root.id(),
                root.kind(),
                root.name(),
                root.placement(),
                root.term(),
                root.electionApproval(),
                root.setupApproval(),
                root.leaders(),
                root.members(),
                roots));

    assertThatThrownBy(() -> governance.party().add(broken))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.violations())
                    .extracting(v -> v.field())
                    .containsExactly(
                        "root.children[0].children[0].members[3].name",
                        "root.children[0].leaders[4].name"));
    assertThat(governance.party().treesOf(SampleData.communityCode(1))).isEmpty();
  }

  @Test
  @DisplayName(
      "a stored tree is read back, checked organisation by organisation, and updated with a new version")
  void storeCheckUpdate() {
    recordCommunity();
    PartyTree stored = governance.party().add(SampleData.partyTree(1));

    List<PartySetupCheck> checks =
        governance
            .party()
            .checkTree(
                governance.party().find(stored.id()).orElseThrow(), LocalDate.of(2025, 6, 30));

    assertThat(checks).hasSize(5);
    assertThat(checks).allSatisfy(c -> assertThat(c.outcome()).isEqualTo(Compliance.COMPLIANT));
    // 55 members in the sample, but one was admitted only on 2026-01-10 and one is an in-service
    // member reporting to the community, whose membership stays with the employer.
    assertThat(checks.get(0).result(PartyRules.GENERAL_BRANCH_SETUP).orElseThrow().reason().zh())
        .isEqualTo("党员 53 名（需超过 50 名），已经 中共澄江街道工作委员会 2021-04-20 批准（另有在职党员到社区报到 1 名，组织关系不在本组织，不计入）");
    PartySetupCheck overdue =
        governance.party().checkSetup(stored.root(), LocalDate.of(2026, 6, 30));
    assertThat(overdue.decision().decidingRuleIds())
        .containsExactly(PartyRules.SECRETARY, PartyRules.TERM_CURRENT);

    PartyTree updated =
        governance
            .party()
            .update(stored.withRoot(stored.root().toBuilder().name("中共城东社区总支部委员会（新）").build()));
    assertThat(updated.version()).isEqualTo(2);
    assertThat(governance.party().treesOf(SampleData.communityCode(1))).containsExactly(updated);
  }
}
