package io.github.jiceng.governance.desk;

import static io.github.jiceng.governance.desk.DeskSetup.required;

import io.github.jiceng.governance.audit.AuditAction;
import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.base.NotFoundException;
import io.github.jiceng.governance.care.CareDue;
import io.github.jiceng.governance.care.CareFacts;
import io.github.jiceng.governance.care.CareRules;
import io.github.jiceng.governance.care.CareVisit;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.grid.Household;
import io.github.jiceng.governance.people.CareTag;
import io.github.jiceng.governance.people.MaskedResident;
import io.github.jiceng.governance.people.Resident;
import io.github.jiceng.governance.policy.Compliance;
import io.github.jiceng.governance.policy.Decision;
import io.github.jiceng.governance.policy.Policy;
import io.github.jiceng.governance.scope.Reach;
import io.github.jiceng.governance.spi.GovernanceStore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The care desk (关爱服务): records visits to and talks with residents who need care, and lists who is
 * overdue for one on a day, per care tag, under the rounds the policy sets. Obtain it from {@code
 * Governance.care()}. Thread-safe when the store is.
 */
public final class CareDesk {
  private final DeskSetup setup;
  private final GovernanceStore store;

  /** A desk over {@code setup}'s store, policy, clock and validator. */
  public CareDesk(DeskSetup setup) {
    this.setup = required(setup, "setup");
    this.store = setup.store();
  }

  /**
   * Records a visit or talk with a resident of a community the caller's scope covers, audited.
   *
   * @throws NotFoundException if the resident is not recorded in that community
   * @throws InvalidInputException if the resident does not carry the visit's care tag, or the visit
   *     is dated after today
   * @throws io.github.jiceng.governance.base.DuplicateKeyException if the id is taken
   */
  public CareVisit record(CareVisit visit) {
    required(visit, "visit");
    if (visit.on().isAfter(setup.today())) {
      throw InvalidInputException.of("care visit " + visit.id(), "on", "must not be after today");
    }
    return store.inTransaction(
        tx -> {
          Reach reach = setup.reach(tx);
          DeskSetup.require(
              reach, reach.covers(visit.community()), "record a visit at " + visit.community());
          Resident resident =
              tx.residents()
                  .find(visit.residentId())
                  .filter(r -> inCommunity(tx, r, visit.community()))
                  .orElseThrow(
                      () ->
                          new NotFoundException(
                              "resident "
                                  + visit.residentId()
                                  + " is not recorded in "
                                  + visit.community()));
          if (!resident.tags().contains(visit.tag())) {
            throw InvalidInputException.of(
                "care visit " + visit.id(),
                "tag",
                "the resident is not recorded as " + visit.tag().label().en());
          }
          CareVisit stored = tx.careVisits().insert(visit);
          setup.audit(
              tx,
              AuditAction.CARE_VISIT,
              visit.id(),
              visit.residentId() + " " + visit.tag() + " " + visit.kind() + " " + visit.on());
          return stored;
        });
  }

  private static boolean inCommunity(GovernanceStore tx, Resident r, DivisionCode community) {
    return tx.households()
        .find(r.householdId())
        .map(Household::community)
        .filter(community::equals)
        .isPresent();
  }

  /**
   * Who in {@code community} is overdue for a visit or talk on {@code asOf}, most overdue first:
   * for every care tag the policy sets a round for, each resident with that tag whose last contact
   * for it lies before a round that has ended.
   *
   * @throws io.github.jiceng.governance.scope.AccessDeniedException outside the caller's scope
   */
  public List<CareDue> overdue(DivisionCode community, LocalDate asOf) {
    required(community, "community");
    required(asOf, "asOf");
    Reach reach = setup.reach(store);
    DeskSetup.require(reach, reach.covers(community), "read who is due for care at " + community);
    Policy policy = setup.policy();
    Map<String, LocalDate> last = new HashMap<>();
    for (CareVisit v : store.careVisits().findByCommunity(community)) {
      if (!v.on().isAfter(asOf)) {
        last.merge(v.residentId() + "\u0000" + v.tag(), v.on(), (a, b) -> a.isAfter(b) ? a : b);
      }
    }
    List<CareDue> due = new ArrayList<>();
    for (CareTag tag : CareTag.values()) {
      if (policy.parameter(CareRules.roundMonths(tag)).flatMap(p -> p.at(asOf)).isEmpty()) {
        continue;
      }
      for (Resident r : store.residents().findByTag(community, tag)) {
        CareFacts facts = new CareFacts(r.id(), tag, last.get(r.id() + "\u0000" + tag));
        long days = CareRules.overdueDays(facts, policy, asOf);
        if (days > 0) {
          Decision<Compliance> decision = CareRules.check(facts, policy, asOf);
          due.add(new CareDue(MaskedResident.of(r), tag, facts.lastContact(), days, decision));
        }
      }
    }
    due.sort(
        Comparator.comparingLong(CareDue::overdueDays)
            .reversed()
            .thenComparing(d -> d.resident().id()));
    return due;
  }

  @Override
  public String toString() {
    return "CareDesk[" + setup + "]";
  }
}
