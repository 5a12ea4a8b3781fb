package io.github.jiceng.governance.desk;

import static io.github.jiceng.governance.desk.DeskSetup.required;

import io.github.jiceng.governance.base.NotFoundException;
import io.github.jiceng.governance.committee.Committee;
import io.github.jiceng.governance.division.AdministrativeDivision;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.facility.Facility;
import io.github.jiceng.governance.facility.FacilityFacts;
import io.github.jiceng.governance.facility.FacilityFigures;
import io.github.jiceng.governance.facility.FacilityRules;
import io.github.jiceng.governance.facility.FacilityStandards;
import io.github.jiceng.governance.grid.GridSetting;
import io.github.jiceng.governance.internal.Checks;
import io.github.jiceng.governance.policy.Compliance;
import io.github.jiceng.governance.policy.Decision;
import io.github.jiceng.governance.scope.Reach;
import io.github.jiceng.governance.spi.GovernanceStore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The facilities desk (社区服务设施): records communities' service centres, offices, activity rooms and
 * grounds, checks a community's facilities against the standards in force on a day, and gives a
 * district's share of communities up to standard. Obtain it from {@code Governance.facilities()}.
 * Thread-safe when the store is.
 */
public final class FacilityDesk {
  private final DeskSetup setup;
  private final GovernanceStore store;

  /** A desk over {@code setup}'s store, policy, clock and validator. */
  public FacilityDesk(DeskSetup setup) {
    this.setup = required(setup, "setup");
    this.store = setup.store();
  }

  /**
   * Records a new facility of a community the caller's scope covers.
   *
   * @return the stored facility, at version 1
   * @throws io.github.jiceng.governance.base.InvalidInputException if the facility is invalid
   * @throws NotFoundException if its community is not recorded
   * @throws io.github.jiceng.governance.base.DuplicateKeyException if the id is taken
   * @throws io.github.jiceng.governance.scope.AccessDeniedException outside the caller's scope
   */
  public Facility add(Facility facility) {
    return setup.write(
        facility,
        "Facility",
        Facility::community,
        (tx, f) -> DeskSetup.requireRecorded(tx, f.community(), "facility " + f.id()),
        (tx, f) -> tx.facilities().insert(f));
  }

  /**
   * Changes a recorded facility.
   *
   * @throws io.github.jiceng.governance.base.WriteConflictException if it changed since it was read
   */
  public Facility update(Facility facility) {
    return setup.write(
        facility,
        "Facility",
        Facility::community,
        (tx, f) -> DeskSetup.requireRecorded(tx, f.community(), "facility " + f.id()),
        (tx, f) -> tx.facilities().update(f));
  }

  /** The facility with this id; empty if it is not recorded or not in the caller's scope. */
  public Optional<Facility> find(String id) {
    var checked = Checks.key(id, "FacilityDesk.find", "id"); // checked before the store is asked
    Reach reach = setup.reach(store);
    return store.facilities().find(checked).filter(f -> reach.covers(f.community()));
  }

  /**
   * The facilities of every community within {@code area} that the caller's scope covers, by id.
   *
   * @throws io.github.jiceng.governance.scope.AccessDeniedException if the scope covers nothing of
   *     {@code area}
   */
  public List<Facility> within(DivisionCode area) {
    var checked = required(area, "area");
    return DeskSetup.withinReach(
        setup.reach(store),
        checked,
        store.facilities()::findWithin,
        store.facilities()::findByCommunity,
        Comparator.comparing(Facility::id),
        "read the facilities of");
  }

  /**
   * Checks {@code community}'s facilities against the standards in force on {@code asOf}: its
   * setting from its level (a village is rural), its households from its committee's record.
   *
   * @throws NotFoundException if the community, or a committee recording its households, is not
   *     recorded
   * @throws io.github.jiceng.governance.scope.AccessDeniedException outside the caller's scope
   */
  public Decision<Compliance> check(DivisionCode community, LocalDate asOf) {
    required(community, "community");
    required(asOf, "asOf");
    Reach reach = setup.reach(store);
    DeskSetup.require(reach, reach.covers(community), "check the facilities of " + community);
    return FacilityRules.check(facts(community), setup.policy(), asOf);
  }

  /**
   * The facility figures of {@code area}: every recorded community and village within it that is in
   * force on {@code asOf} (not merged away, not yet set up), under its name of that day, checked as
   * of {@code asOf}, and the share up to standard against {@link
   * FacilityStandards#COMPLIANCE_TARGET_PERCENT} if the policy sets one. Communities without a
   * committee record (no household count) are left out.
   *
   * @throws io.github.jiceng.governance.scope.AccessDeniedException unless the caller's scope
   *     covers the whole area
   */
  public FacilityFigures figures(DivisionCode area, LocalDate asOf) {
    required(area, "area");
    required(asOf, "asOf");
    Reach reach = setup.reach(store);
    DeskSetup.require(reach, reach.coversBelow(area), "read the facility figures of " + area);
    // three reads for the whole area, however many communities it has
    java.util.Map<DivisionCode, Integer> households = new java.util.HashMap<>();
    for (Committee c : store.committees().findWithin(area)) {
      households.merge(c.division(), c.households(), Math::max);
    }
    java.util.Map<DivisionCode, List<Facility>> facilities =
        store.facilities().findWithin(area).stream()
            .collect(java.util.stream.Collectors.groupingBy(Facility::community));
    List<FacilityFigures.Line> lines = new ArrayList<>();
    io.github.jiceng.governance.division.DivisionTimeline timeline =
        DeskSetup.timeline(store, area);
    for (AdministrativeDivision d : store.divisions().findWithin(area)) {
      Integer count = households.get(d.code());
      // a community merged away or not yet set up on the day is not counted
      if (d.code().tier() != DivisionCode.Tier.COMMUNITY
          || count == null
          || !timeline.inForce(d.code(), asOf)) {
        continue;
      }
      FacilityFacts facts = facts(d, count, facilities.getOrDefault(d.code(), List.of()));
      lines.add(
          new FacilityFigures.Line(
              d.code(),
              timeline.nameOn(d.code(), asOf, d.name()),
              FacilityRules.check(facts, setup.policy(), asOf)));
    }
    return new FacilityFigures(
        area,
        asOf,
        lines,
        setup
            .policy()
            .parameter(FacilityStandards.COMPLIANCE_TARGET_PERCENT)
            .flatMap(p -> p.at(asOf)));
  }

  private FacilityFacts facts(DivisionCode community) {
    AdministrativeDivision division =
        store
            .divisions()
            .find(community)
            .orElseThrow(
                () -> new NotFoundException("community " + community + " is not recorded"));
    int households =
        store.committees().findByDivision(community).stream()
            .mapToInt(Committee::households)
            .max()
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "community "
                            + community
                            + " has no committee recorded: its households are not known"));
    return facts(division, households, store.facilities().findByCommunity(community));
  }

  /** The facts of {@code division}: its setting read off its level. */
  private static FacilityFacts facts(
      AdministrativeDivision division, int households, List<Facility> facilities) {
    return new FacilityFacts(
        division.code(), division.name(), GridSetting.of(division.level()), households, facilities);
  }

  @Override
  public String toString() {
    return "FacilityDesk[" + setup + "]";
  }
}
