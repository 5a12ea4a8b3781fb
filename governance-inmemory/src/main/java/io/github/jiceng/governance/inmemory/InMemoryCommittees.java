package io.github.jiceng.governance.inmemory;

import io.github.jiceng.governance.base.DuplicateKeyException;
import io.github.jiceng.governance.base.IntegrityViolationException;
import io.github.jiceng.governance.committee.Committee;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.election.ElectionFigures;
import io.github.jiceng.governance.election.ElectionRecord;
import io.github.jiceng.governance.openness.MajorMatter;
import io.github.jiceng.governance.openness.Publication;
import io.github.jiceng.governance.party.PartyTree;
import io.github.jiceng.governance.spi.CommitteeRepository;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The in-memory repository of committees, over the store's tables; writes go through {@link
 * Writes}.
 */
final class InMemoryCommittees implements CommitteeRepository {
  private final StoreTables tables;
  private final Writes view;

  InMemoryCommittees(StoreTables tables, Writes view) {
    this.tables = tables;
    this.view = view;
  }

  @Override
  public Committee insert(Committee committee) {
    return view.write(undo -> tables.committeeTable.insert(committee, undo, this::requireDivision));
  }

  @Override
  public Committee update(Committee committee) {
    return view.write(undo -> tables.committeeTable.update(committee, undo, this::requireDivision));
  }

  @Override
  public boolean delete(String id, long expectedVersion) {
    return view.write(
        undo -> {
          if (tables.publicationLog.any(p -> p.committeeId().equals(id))
              || tables.majorMatters.any(m -> m.committeeId().equals(id))) {
            throw new IntegrityViolationException(
                "committee " + id + " cannot be deleted: its publication log refers to it");
          }
          if (tables.elections.any(e -> e.election().committeeId().equals(id))) {
            throw new IntegrityViolationException(
                "committee " + id + " cannot be deleted: its elections refer to it");
          }
          return tables.committeeTable.delete(id, expectedVersion, undo);
        });
  }

  @Override
  public Optional<Committee> find(String id) {
    return tables.read(() -> tables.committeeTable.find(id));
  }

  @Override
  public List<Committee> findByDivision(DivisionCode division) {
    return tables.read(() -> tables.committeeTable.where(c -> c.division().equals(division)));
  }

  @Override
  public List<Committee> findWithin(DivisionCode ancestor) {
    return tables.read(
        () ->
            tables.committeeTable.where(
                c -> c.division().equals(ancestor) || c.division().isWithin(ancestor)));
  }

  private void requireDivision(Committee committee) {
    if (!tables.divisionTable.contains(committee.division())) {
      throw new IntegrityViolationException(
          "committee " + committee.id() + ": division " + committee.division() + " does not exist");
    }
  }

  @Override
  public void recordPublication(String committeeId, Publication publication) {
    view.write(
        undo -> {
          requireCommittee(committeeId, "publication");
          return tables.publicationLog.insert(
              new StoreTables.LoggedPublication(committeeId, publication), undo);
        });
  }

  @Override
  public List<Publication> publicationsOf(String committeeId) {
    return tables.read(
        () ->
            tables.publicationLog.where(p -> p.committeeId().equals(committeeId)).stream()
                .map(StoreTables.LoggedPublication::publication)
                .sorted(
                    java.util.Comparator.comparing(Publication::on)
                        .thenComparing(Publication::kind))
                .toList());
  }

  @Override
  public void recordMajorMatter(String committeeId, MajorMatter matter) {
    view.write(
        undo -> {
          requireCommittee(committeeId, "major matter");
          return tables.majorMatters.insert(
              new StoreTables.DecidedMatter(committeeId, matter), undo);
        });
  }

  @Override
  public List<MajorMatter> majorMattersOf(String committeeId) {
    return tables.read(
        () ->
            tables.majorMatters.where(m -> m.committeeId().equals(committeeId)).stream()
                .map(StoreTables.DecidedMatter::matter)
                .sorted(
                    java.util.Comparator.comparing(MajorMatter::decided)
                        .thenComparing(MajorMatter::key))
                .toList());
  }

  private void requireCommittee(String committeeId, String what) {
    if (!tables.committeeTable.contains(committeeId)) {
      throw new IntegrityViolationException(
          what + " of committee " + committeeId + ": the committee does not exist");
    }
  }

  @Override
  public void recordElection(ElectionRecord election) {
    view.write(
        undo -> {
          Committee c =
              tables
                  .committeeTable
                  .find(election.committeeId())
                  .orElseThrow(
                      () ->
                          new IntegrityViolationException(
                              "election of committee "
                                  + election.committeeId()
                                  + ": the committee does not exist"));
          StoreTables.CountedElection row = new StoreTables.CountedElection(c.division(), election);
          if (tables.elections.find(row.key()).isPresent()) {
            throw new DuplicateKeyException(election.describe() + " is already recorded");
          }
          return tables.elections.insert(row, undo);
        });
  }

  @Override
  public List<ElectionRecord> electionsOf(String committeeId) {
    return tables.read(
        () ->
            tables.elections.where(e -> e.election().committeeId().equals(committeeId)).stream()
                .map(StoreTables.CountedElection::election)
                .sorted(
                    Comparator.comparing((ElectionRecord e) -> e.round().votedOn())
                        .thenComparingInt(ElectionRecord::roundNumber))
                .toList());
  }

  /**
   * Counts as a JDBC store's SQL does, from the records: the rules of who is elected ran when each
   * round was recorded, and the party trees' own {@code oneShoulderOn} and {@code crossAppointedOn}
   * say who holds a committee seat.
   */
  @Override
  public ElectionFigures electionFigures(
      DivisionCode area, boolean below, LocalDate from, LocalDate to) {
    return tables.read(
        () -> {
          Predicate<DivisionCode> inArea =
              code -> code.equals(area) || (below && code.isWithin(area));
          List<ElectionRecord> rounds =
              tables
                  .elections
                  .where(
                      e ->
                          inArea.test(e.community())
                              && !e.election().round().votedOn().isBefore(from)
                              && !e.election().round().votedOn().isAfter(to))
                  .stream()
                  .map(StoreTables.CountedElection::election)
                  .toList();
          Set<String> elected = new HashSet<>();
          Set<String> direct = new HashSet<>();
          Set<String> decided = new HashSet<>();
          Set<String> women = new HashSet<>();
          long registered = 0;
          long voted = 0;
          for (ElectionRecord e : rounds) {
            if (e.roundNumber() == 1) {
              elected.add(e.committeeId());
              if (e.round().direct()) {
                direct.add(e.committeeId());
                registered += e.round().electorCount();
                voted += e.round().ballotCount();
              }
            }
            if (e.decided()) {
              decided.add(e.committeeId());
              if (e.electsWoman()) {
                women.add(e.committeeId());
              }
            }
          }
          Set<DivisionCode> trees = new HashSet<>();
          Set<DivisionCode> oneShoulder = new HashSet<>();
          Set<DivisionCode> cross = new HashSet<>();
          for (PartyTree t : tables.partyTable.where(t -> inArea.test(t.community()))) {
            trees.add(t.community());
            if (t.oneShoulderOn(to).isPresent()) {
              oneShoulder.add(t.community());
            }
            if (!t.crossAppointedOn(to).isEmpty()) {
              cross.add(t.community());
            }
          }
          return new ElectionFigures(
              elected.size(),
              direct.size(),
              registered,
              voted,
              decided.size(),
              women.size(),
              trees.size(),
              oneShoulder.size(),
              cross.size());
        });
  }
}
