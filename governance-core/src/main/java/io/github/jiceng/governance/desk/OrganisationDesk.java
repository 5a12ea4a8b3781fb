package io.github.jiceng.governance.desk;

import static io.github.jiceng.governance.desk.DeskSetup.required;

import io.github.jiceng.governance.base.NotFoundException;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.internal.Checks;
import io.github.jiceng.governance.organisation.CoBuildingAgreement;
import io.github.jiceng.governance.organisation.CoBuildingRules;
import io.github.jiceng.governance.organisation.OrganisationRules;
import io.github.jiceng.governance.organisation.SocialOrganisation;
import io.github.jiceng.governance.policy.Compliance;
import io.github.jiceng.governance.policy.Decision;
import io.github.jiceng.governance.scope.Reach;
import io.github.jiceng.governance.spi.GovernanceStore;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The social organisations desk (社会组织): records the organisations serving a community, checks their
 * standing — credit code, annual inspection, evaluation grade — as of a day, and lists those that
 * need attention. Obtain it from {@code Governance.organisations()}. Thread-safe when the store is.
 */
public final class OrganisationDesk {
  private final DeskSetup setup;
  private final GovernanceStore store;

  /** A desk over {@code setup}'s store, policy, clock and validator. */
  public OrganisationDesk(DeskSetup setup) {
    this.setup = required(setup, "setup");
    this.store = setup.store();
  }

  /**
   * Records a new organisation of a community the caller's scope covers.
   *
   * @throws NotFoundException if its community is not recorded
   * @throws io.github.jiceng.governance.base.DuplicateKeyException if the id is taken
   */
  public SocialOrganisation add(SocialOrganisation organisation) {
    return setup.write(
        organisation,
        "SocialOrganisation",
        SocialOrganisation::community,
        (tx, o) -> DeskSetup.requireRecorded(tx, o.community(), "social organisation " + o.id()),
        (tx, o) -> tx.organisations().insert(o));
  }

  /**
   * Changes a recorded organisation, e.g. after its annual inspection.
   *
   * @throws io.github.jiceng.governance.base.WriteConflictException if it changed since it was read
   */
  public SocialOrganisation update(SocialOrganisation organisation) {
    return setup.write(
        organisation,
        "SocialOrganisation",
        SocialOrganisation::community,
        (tx, o) -> DeskSetup.requireRecorded(tx, o.community(), "social organisation " + o.id()),
        (tx, o) -> tx.organisations().update(o));
  }

  /** The organisation with this id; empty if not recorded or not in the caller's scope. */
  public Optional<SocialOrganisation> find(String id) {
    var checked = Checks.key(id, "OrganisationDesk.find", "id");
    Reach reach = setup.reach(store);
    return store.organisations().find(checked).filter(o -> reach.covers(o.community()));
  }

  /**
   * The organisation's standing on {@code asOf}.
   *
   * @throws NotFoundException if it is not recorded or not in the caller's scope
   */
  public Decision<Compliance> check(String id, LocalDate asOf) {
    required(asOf, "asOf");
    SocialOrganisation o =
        find(id)
            .orElseThrow(
                () -> new NotFoundException("social organisation " + id + " is not stored"));
    return OrganisationRules.check(o, setup.policy(), asOf);
  }

  /**
   * The decisions on every organisation of {@code community} that is not in good standing on {@code
   * asOf} — no credit code, an inspection missed, a grade expired — by id.
   *
   * @throws io.github.jiceng.governance.scope.AccessDeniedException outside the caller's scope
   */
  public List<Decision<Compliance>> needingAttention(DivisionCode community, LocalDate asOf) {
    required(community, "community");
    required(asOf, "asOf");
    Reach reach = setup.reach(store);
    DeskSetup.require(reach, reach.covers(community), "read the organisations of " + community);
    return store.organisations().findByCommunity(community).stream()
        .map(o -> OrganisationRules.check(o, setup.policy(), asOf))
        .filter(d -> d.outcome() != Compliance.COMPLIANT)
        .toList();
  }

  /**
   * Records a co-building agreement (共驻共建协议) of a community the caller's scope covers.
   *
   * @throws NotFoundException if its community is not recorded
   * @throws io.github.jiceng.governance.base.DuplicateKeyException if the id is taken
   */
  public CoBuildingAgreement addAgreement(CoBuildingAgreement agreement) {
    return setup.write(
        agreement,
        "CoBuildingAgreement",
        CoBuildingAgreement::community,
        (tx, a) -> DeskSetup.requireRecorded(tx, a.community(), "co-building agreement " + a.id()),
        (tx, a) -> tx.organisations().insertAgreement(a));
  }

  /**
   * Changes a recorded agreement — renewed, its commitments changed, the unit's party organisation
   * reported — under the version read.
   *
   * @throws io.github.jiceng.governance.base.WriteConflictException if it changed since it was read
   */
  public CoBuildingAgreement updateAgreement(CoBuildingAgreement agreement) {
    return setup.write(
        agreement,
        "CoBuildingAgreement",
        CoBuildingAgreement::community,
        (tx, a) -> DeskSetup.requireRecorded(tx, a.community(), "co-building agreement " + a.id()),
        (tx, a) -> tx.organisations().updateAgreement(a));
  }

  /** The agreement with this id; empty if not recorded or not in the caller's scope. */
  public Optional<CoBuildingAgreement> findAgreement(String id) {
    var checked = Checks.key(id, "OrganisationDesk.findAgreement", "id");
    Reach reach = setup.reach(store);
    return store.organisations().findAgreement(checked).filter(a -> reach.covers(a.community()));
  }

  /**
   * The decision on an agreement on {@code asOf}: in force, and the unit's party organisation
   * reported.
   *
   * @throws NotFoundException if it is not recorded or not in the caller's scope
   */
  public Decision<Compliance> checkAgreement(String id, LocalDate asOf) {
    required(asOf, "asOf");
    CoBuildingAgreement a =
        findAgreement(id)
            .orElseThrow(
                () -> new NotFoundException("co-building agreement " + id + " is not stored"));
    return CoBuildingRules.check(a, setup.policy(), asOf);
  }

  /**
   * The decisions on every agreement of {@code community} on {@code asOf}, by id: which run, which
   * have lapsed, which units have not reported.
   *
   * @throws io.github.jiceng.governance.scope.AccessDeniedException outside the caller's scope
   */
  public List<Decision<Compliance>> agreementsOf(DivisionCode community, LocalDate asOf) {
    required(community, "community");
    required(asOf, "asOf");
    Reach reach = setup.reach(store);
    DeskSetup.require(reach, reach.covers(community), "read the agreements of " + community);
    return store.organisations().agreementsOf(community).stream()
        .map(a -> CoBuildingRules.check(a, setup.policy(), asOf))
        .toList();
  }

  @Override
  public String toString() {
    return "OrganisationDesk[" + setup + "]";
  }
}
