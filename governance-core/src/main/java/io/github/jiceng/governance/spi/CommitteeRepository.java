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
}
