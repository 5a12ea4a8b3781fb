package io.github.jiceng.governance.spi;

import io.github.jiceng.governance.committee.Committee;
import io.github.jiceng.governance.division.DivisionCode;
import java.util.List;

/**
 * Storage of {@link Committee}s (with their members and residents' groups), keyed by id. The
 * committee's division must be stored before it.
 */
public interface CommitteeRepository extends Repository<String, Committee> {

  /** The committees of one community or village, ordered by id. */
  List<Committee> findByDivision(DivisionCode division);

  /** The committees of every division within {@code ancestor} (and of it), ordered by id. */
  List<Committee> findWithin(DivisionCode ancestor);

  /**
   * Appends {@code publication} to the committee's publication log (村务公开记录). A publication is its
   * kind, day and (for a major matter) matter: the same one twice is a duplicate.
   *
   * @throws io.github.jiceng.governance.base.DuplicateKeyException if it is already in the log
   * @throws io.github.jiceng.governance.base.IntegrityViolationException if the committee is not
   *     stored
   */
  void recordPublication(
      String committeeId, io.github.jiceng.governance.openness.Publication publication);

  /**
   * The committee's publication log, by day, then kind in the order {@code PublicationKind}
   * declares.
   */
  List<io.github.jiceng.governance.openness.Publication> publicationsOf(String committeeId);

  /**
   * Records a major matter the committee decided, which must then be published at once.
   *
   * @throws io.github.jiceng.governance.base.DuplicateKeyException if its key is taken for the
   *     committee
   * @throws io.github.jiceng.governance.base.IntegrityViolationException if the committee is not
   *     stored
   */
  void recordMajorMatter(
      String committeeId, io.github.jiceng.governance.openness.MajorMatter matter);

  /** The major matters the committee decided, by day decided, then key. */
  List<io.github.jiceng.governance.openness.MajorMatter> majorMattersOf(String committeeId);

  /**
   * Records a counted round of the committee's election (选举结果), once and for good: a store keeps
   * one per committee, day and round, and never changes it. Of two writers recording the same round
   * at once, one succeeds.
   *
   * @throws io.github.jiceng.governance.base.DuplicateKeyException if the committee's round of that
   *     day is already recorded
   * @throws io.github.jiceng.governance.base.IntegrityViolationException if the committee is not
   *     stored
   */
  void recordElection(io.github.jiceng.governance.election.ElectionRecord election);

  /** The committee's recorded election rounds, by day, then round. */
  List<io.github.jiceng.governance.election.ElectionRecord> electionsOf(String committeeId);

  /**
   * The election figures of the committees at {@code area} — and, if {@code below}, everywhere
   * under it — for the rounds voted from {@code from} to {@code to} (inclusive), with the party
   * trees' cross-appointments in office on {@code to}. A JDBC store counts in the database.
   */
  io.github.jiceng.governance.election.ElectionFigures electionFigures(
      DivisionCode area, boolean below, java.time.LocalDate from, java.time.LocalDate to);
}
