package io.github.jiceng.governance.desk;

import static io.github.jiceng.governance.desk.DeskSetup.required;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.base.NotFoundException;
import io.github.jiceng.governance.committee.Committee;
import io.github.jiceng.governance.committee.CommitteeRules;
import io.github.jiceng.governance.committee.ConveningOutcome;
import io.github.jiceng.governance.committee.ConveningRequest;
import io.github.jiceng.governance.committee.Meeting;
import io.github.jiceng.governance.committee.RepresentativeAssembly;
import io.github.jiceng.governance.division.AdministrativeDivision;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.internal.Checks;
import io.github.jiceng.governance.policy.Compliance;
import io.github.jiceng.governance.policy.Decision;
import io.github.jiceng.governance.scope.Reach;
import io.github.jiceng.governance.spi.GovernanceStore;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The committees desk (居民委员会、村民委员会): records residents' and villagers' committees, and asks the
 * committee laws in force on a date about committees, their meetings, requests to convene and
 * villagers' representative meetings. Obtain it from {@code Governance.committees()}. Thread-safe
 * when the store is.
 */
public final class CommitteeDesk {
  private final DeskSetup setup;
  private final GovernanceStore store;

  /** A desk over {@code setup}'s store, policy, clock and validator. */
  public CommitteeDesk(DeskSetup setup) {
    this.setup = required(setup, "setup");
    this.store = setup.store();
  }

  /**
   * Records a new committee. Its community or village must be recorded first, and must be of the
   * level its kind governs (a residents' committee governs a community, a villagers' committee a
   * village).
   *
   * @return the stored committee, at version 1
   * @throws InvalidInputException if the committee is invalid
   * @throws NotFoundException if its division is not recorded
   * @throws io.github.jiceng.governance.base.DuplicateKeyException if the id is taken
   */
  public Committee add(Committee committee) {
    return setup.write(
        committee,
        "Committee",
        Committee::division,
        CommitteeDesk::checkGovernedDivision,
        (tx, c) -> tx.committees().insert(c));
  }

  /**
   * Changes a recorded committee.
   *
   * @throws io.github.jiceng.governance.base.WriteConflictException if it changed since it was read
   */
  public Committee update(Committee committee) {
    return setup.write(
        committee,
        "Committee",
        Committee::division,
        CommitteeDesk::checkGovernedDivision,
        (tx, c) -> tx.committees().update(c));
  }

  /** The committee with this id; empty if it is not recorded or not in the caller's scope. */
  public Optional<Committee> find(String id) {
    return visible(setup, store, id);
  }

  /** The committee with this id if stored and in the caller's scope; the id checked first. */
  static Optional<Committee> visible(DeskSetup setup, GovernanceStore store, String id) {
    var checked = Checks.key(id, "CommitteeDesk.find", "id"); // checked before the store is asked
    Reach reach = setup.reach(store);
    return store.committees().find(checked).filter(c -> reach.covers(c.division()));
  }

  /**
   * The committees of every community and village within {@code ancestor} that the caller's scope
   * covers, ordered by id.
   *
   * @throws io.github.jiceng.governance.scope.AccessDeniedException if the scope covers nothing of
   *     {@code ancestor}
   */
  public List<Committee> within(DivisionCode ancestor) {
    var checked = required(ancestor, "ancestor"); // checked before the store is asked
    return DeskSetup.withinReach(
        setup.reach(store),
        checked,
        store.committees()::findWithin,
        store.committees()::findByDivision,
        Comparator.comparing(Committee::id),
        "read the committees of");
  }

  /**
   * Records a publication on the committee's notice board (村务公开), dated no later than today, in a
   * community the caller's scope covers, audited. A major matter's publication names a matter
   * recorded with {@link #recordMajorMatter}.
   *
   * @return the publication recorded
   * @throws NotFoundException if the committee, or the major matter published, is not recorded
   * @throws io.github.jiceng.governance.base.DuplicateKeyException if it is already in the log
   */
  public io.github.jiceng.governance.openness.Publication publish(
      String committeeId, io.github.jiceng.governance.openness.Publication publication) {
    required(publication, "publication");
    if (publication.on().isAfter(setup.today())) {
      throw InvalidInputException.of("publication", "on", "must not be after today");
    }
    return store.inTransaction(
        tx -> {
          Committee c = committeeInScope(tx, committeeId, "publish for");
          String matter = publication.matter();
          if (matter != null
              && tx.committees().majorMattersOf(c.id()).stream()
                  .noneMatch(m -> m.key().equals(matter))) {
            throw new NotFoundException(
                "major matter " + matter + " of committee " + c.id() + " is not recorded");
          }
          tx.committees().recordPublication(c.id(), publication);
          setup.audit(
              tx,
              io.github.jiceng.governance.audit.AuditAction.PUBLICATION,
              c.id(),
              publication.kind() + " " + publication.on() + (matter == null ? "" : " " + matter));
          return publication;
        });
  }

  /**
   * Records a major matter the committee decided (涉及村民利益的重大事项), dated no later than today, audited:
   * from then it is overdue every day it is not published.
   *
   * @throws NotFoundException if the committee is not recorded or not in the caller's scope
   * @return the matter recorded
   * @throws io.github.jiceng.governance.base.DuplicateKeyException if its key is taken
   */
  public io.github.jiceng.governance.openness.MajorMatter recordMajorMatter(
      String committeeId, io.github.jiceng.governance.openness.MajorMatter matter) {
    required(matter, "matter");
    if (matter.decided().isAfter(setup.today())) {
      throw InvalidInputException.of(
          "major matter " + matter.key(), "decided", "must not be after today");
    }
    return store.inTransaction(
        tx -> {
          Committee c = committeeInScope(tx, committeeId, "record a matter for");
          tx.committees().recordMajorMatter(c.id(), matter);
          setup.audit(
              tx,
              io.github.jiceng.governance.audit.AuditAction.PUBLICATION,
              c.id(),
              "major matter " + matter.key() + " decided " + matter.decided());
          return matter;
        });
  }

  /**
   * The committee's openness on {@code asOf} from its stored log: the decision of the openness
   * rules in force and what is overdue, by how many days, under which rule.
   *
   * @param busyFinances whether its collective finances are busy (集体财务往来较多: finances monthly)
   * @throws NotFoundException if the committee is not recorded or not in the caller's scope
   */
  public io.github.jiceng.governance.openness.OpennessReport openness(
      String committeeId, boolean busyFinances, LocalDate asOf) {
    required(asOf, "asOf");
    Committee c = committeeInScope(store, committeeId, "read the openness of");
    var facts =
        new io.github.jiceng.governance.openness.OpennessFacts(
            c.id(),
            c.kind(),
            busyFinances,
            store.committees().publicationsOf(c.id()),
            store.committees().majorMattersOf(c.id()));
    return new io.github.jiceng.governance.openness.OpennessReport(
        io.github.jiceng.governance.openness.OpennessRules.check(facts, setup.policy(), asOf),
        io.github.jiceng.governance.openness.OpennessRules.overdue(facts, setup.policy(), asOf));
  }

  private Committee committeeInScope(GovernanceStore tx, String committeeId, String what) {
    return committeeInScope(setup, tx, committeeId, what);
  }

  /**
   * The stored committee {@code committeeId} if the caller's scope covers its division.
   *
   * @throws NotFoundException if it is not stored or not in scope (the two are not told apart)
   */
  static Committee committeeInScope(
      DeskSetup setup, GovernanceStore tx, String committeeId, String what) {
    String id = Checks.key(committeeId, "CommitteeDesk", "committeeId");
    return visible(setup, tx, id)
        .orElseThrow(() -> new NotFoundException("committee " + id + " is not stored"));
  }

  /** Checks a committee against the committee law in force today. */
  public Decision<Compliance> check(Committee committee) {
    return check(committee, setup.today());
  }

  /** Checks a committee against the committee law in force on {@code asOf}. */
  public Decision<Compliance> check(Committee committee, LocalDate asOf) {
    return CommitteeRules.checkCommittee(
        required(committee, "committee"), setup.policy(), required(asOf, "asOf"));
  }

  /**
   * Checks every recorded committee within {@code ancestor} that the caller's scope covers as of
   * {@code asOf}, ordered by id.
   */
  public List<Decision<Compliance>> checkWithin(DivisionCode ancestor, LocalDate asOf) {
    required(asOf, "asOf");
    return within(ancestor).stream().map(c -> check(c, asOf)).toList();
  }

  /** Checks a meeting and its decision against the law in force on the meeting day. */
  public Decision<Compliance> checkMeeting(Meeting meeting) {
    return CommitteeRules.checkMeeting(required(meeting, "meeting"), setup.policy());
  }

  /** Decides whether a request obliges the committee to convene, as of {@code asOf}. */
  public Decision<ConveningOutcome> checkConvening(ConveningRequest request, LocalDate asOf) {
    return CommitteeRules.checkConvening(
        required(request, "request"), setup.policy(), required(asOf, "asOf"));
  }

  /** Checks the composition of a villagers' representative meeting as of {@code asOf}. */
  public Decision<Compliance> checkRepresentativeAssembly(
      RepresentativeAssembly assembly, LocalDate asOf) {
    return CommitteeRules.checkRepresentativeAssembly(
        required(assembly, "assembly"), setup.policy(), required(asOf, "asOf"));
  }

  private static void checkGovernedDivision(GovernanceStore tx, Committee committee) {
    AdministrativeDivision division =
        tx.divisions()
            .find(committee.division())
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "committee '"
                            + committee.id()
                            + "': division "
                            + committee.division()
                            + " is not recorded"));
    if (division.level() != committee.kind().divisionLevel()) {
      throw InvalidInputException.of(
          "Committee",
          "kind",
          "a "
              + committee.kind().label().en()
              + " governs a "
              + committee.kind().divisionLevel()
              + ", but "
              + division.code()
              + " is a "
              + division.level());
    }
  }

  @Override
  public String toString() {
    return "CommitteeDesk[" + setup + "]";
  }
}
