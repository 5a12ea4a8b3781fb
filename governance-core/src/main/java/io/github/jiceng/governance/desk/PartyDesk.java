package io.github.jiceng.governance.desk;

import static io.github.jiceng.governance.desk.DeskSetup.required;

import io.github.jiceng.governance.base.NotFoundException;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.internal.Checks;
import io.github.jiceng.governance.party.PartyMember;
import io.github.jiceng.governance.party.PartyOrganization;
import io.github.jiceng.governance.party.PartyPointsRules;
import io.github.jiceng.governance.party.PartyPointsStanding;
import io.github.jiceng.governance.party.PartyRules;
import io.github.jiceng.governance.party.PartySetupCheck;
import io.github.jiceng.governance.party.PartyTree;
import io.github.jiceng.governance.scope.Reach;
import io.github.jiceng.governance.spi.GovernanceStore;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The party desk (基层党组织): records a community's party organisations as one tree, and checks them
 * against the party regulations in force on a date, with recommendations. Obtain it from {@code
 * Governance.party()}. Thread-safe when the store is.
 */
public final class PartyDesk {
  private final DeskSetup setup;
  private final GovernanceStore store;

  /** A desk over {@code setup}'s store, policy and validator. */
  public PartyDesk(DeskSetup setup) {
    this.setup = required(setup, "setup");
    this.store = setup.store();
  }

  /**
   * Records a community's party organisations. The community or village must be recorded first.
   *
   * @return the stored tree, at version 1
   * @throws io.github.jiceng.governance.base.InvalidInputException if the tree is invalid
   * @throws NotFoundException if its community is not recorded
   * @throws io.github.jiceng.governance.base.DuplicateKeyException if the root's id is taken
   */
  public PartyTree add(PartyTree tree) {
    return setup.write(
        tree,
        "PartyTree",
        PartyTree::community,
        PartyDesk::checkCommunity,
        (tx, t) -> tx.partyTrees().insert(t));
  }

  /**
   * Replaces a recorded party tree (for example after an election or a new member).
   *
   * @throws io.github.jiceng.governance.base.WriteConflictException if it changed since it was read
   */
  public PartyTree update(PartyTree tree) {
    return setup.write(
        tree,
        "PartyTree",
        PartyTree::community,
        PartyDesk::checkCommunity,
        (tx, t) -> tx.partyTrees().update(t));
  }

  /**
   * The party tree whose root has this id; empty if it is not recorded or not in the caller's
   * scope.
   */
  public Optional<PartyTree> find(String id) {
    var checked = Checks.key(id, "PartyDesk.find", "id"); // checked before the store is asked
    Reach reach = setup.reach(store);
    return store.partyTrees().find(checked).filter(t -> reach.covers(t.community()));
  }

  /**
   * The party trees of one community or village, ordered by id.
   *
   * @throws io.github.jiceng.governance.scope.AccessDeniedException if the caller's scope does not
   *     cover the community
   */
  public List<PartyTree> treesOf(DivisionCode community) {
    var checked = required(community, "community"); // checked before the store is asked
    Reach reach = setup.reach(store);
    DeskSetup.require(reach, reach.covers(checked), "read the party trees of " + checked);
    return store.partyTrees().findByCommunity(checked);
  }

  /**
   * Checks one party organisation (with the members of its subtree) against the regulations in
   * force on {@code asOf}, with recommendations.
   */
  public PartySetupCheck checkSetup(PartyOrganization organization, LocalDate asOf) {
    return PartyRules.checkSetup(
        required(organization, "organization"), setup.policy(), required(asOf, "asOf"));
  }

  /** Checks every organisation of a party tree as of {@code asOf}, parents before children. */
  public List<PartySetupCheck> checkTree(PartyTree tree, LocalDate asOf) {
    return PartyRules.checkTree(required(tree, "tree"), setup.policy(), required(asOf, "asOf"));
  }

  /**
   * Every member's standing under the party points scheme (党员积分制管理) for the recorded period that
   * contains {@code day}, in the tree's order: the score, its grade and the decision that explains
   * it under the lines in force when the period ended.
   *
   * @throws NotFoundException if the tree is not recorded or not in the caller's scope
   */
  public List<PartyPointsStanding> pointsStandings(String treeId, LocalDate day) {
    required(day, "day");
    PartyTree tree = stored(treeId);
    return tree.root().allMembers().stream()
        .map(m -> PartyPointsRules.standing(m, day, setup.policy()))
        .toList();
  }

  /**
   * One member's standing under the party points scheme for the recorded period containing {@code
   * day}.
   *
   * @throws NotFoundException if the tree or the member is not recorded, or the tree is not in the
   *     caller's scope
   */
  public PartyPointsStanding pointsStanding(String treeId, String memberId, LocalDate day) {
    required(memberId, "memberId");
    required(day, "day");
    PartyMember member =
        stored(treeId).root().allMembers().stream()
            .filter(m -> m.id().equals(memberId))
            .findFirst()
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "party member " + memberId + " is not in party tree " + treeId));
    return PartyPointsRules.standing(member, day, setup.policy());
  }

  private PartyTree stored(String treeId) {
    return find(treeId)
        .orElseThrow(() -> new NotFoundException("party tree " + treeId + " is not stored"));
  }

  private static void checkCommunity(GovernanceStore tx, PartyTree tree) {
    // The tree's code is a community-tier code (checked by PartyTree), so a recorded division
    // under it is a community or a village.
    DeskSetup.requireRecorded(tx, tree.community(), "party tree '" + tree.id() + "'");
  }

  @Override
  public String toString() {
    return "PartyDesk[" + setup + "]";
  }
}
