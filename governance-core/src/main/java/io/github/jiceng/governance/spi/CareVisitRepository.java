package io.github.jiceng.governance.spi;

import io.github.jiceng.governance.care.CareVisit;
import io.github.jiceng.governance.division.DivisionCode;
import java.util.List;
import java.util.Optional;

/**
 * Storage of visits to and talks with residents who need care: recorded once, never changed. A
 * visit refers to its community, which must be stored.
 */
public interface CareVisitRepository {

  /**
   * Stores a visit as version 1.
   *
   * @throws io.github.jiceng.governance.base.DuplicateKeyException if the id is taken
   * @throws io.github.jiceng.governance.base.IntegrityViolationException if its community is not
   *     stored
   */
  CareVisit insert(CareVisit visit);

  /** The visit stored under {@code id}. */
  Optional<CareVisit> find(String id);

  /** The visits of {@code community}'s residents, by day then id. */
  List<CareVisit> findByCommunity(DivisionCode community);
}
