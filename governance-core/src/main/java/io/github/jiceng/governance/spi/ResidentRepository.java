package io.github.jiceng.governance.spi;

import io.github.jiceng.governance.base.DuplicateKeyException;
import io.github.jiceng.governance.base.IntegrityViolationException;
import io.github.jiceng.governance.base.StorageException;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.grid.GridCode;
import io.github.jiceng.governance.people.CareTag;
import io.github.jiceng.governance.people.IdentityNumber;
import io.github.jiceng.governance.people.Resident;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Storage of {@link Resident}s, keyed by id. A resident's household must be stored before it. An
 * identity number belongs to one resident: storing a second resident with it throws {@link
 * DuplicateKeyException}, whose message — like every message of the store — does not contain the
 * number.
 */
public interface ResidentRepository extends Repository<String, Resident> {

  /**
   * Stores many new residents in one transaction (thousands per call are expected), each as version
   * 1: either all are stored or — on any failure — none.
   *
   * @return the stored residents, at version 1, in the given order
   * @throws DuplicateKeyException if an id or an identity number is taken, or given twice
   * @throws IntegrityViolationException if a household does not exist
   * @throws StorageException if the store fails
   */
  List<Resident> insertAll(List<Resident> residents);

  /** The residents of one household, ordered by id. */
  List<Resident> findByHousehold(String householdId);

  /** The residents of a community's households who carry {@code tag}, ordered by id. */
  List<Resident> findByTag(DivisionCode community, CareTag tag);

  /**
   * The residents of the households placed in {@code grid} who carry {@code tag}, ordered by id.
   */
  List<Resident> findByGridAndTag(GridCode grid, CareTag tag);

  /** The resident with this identity number, if stored. */
  Optional<Resident> findByIdentityNumber(IdentityNumber identityNumber);

  /**
   * The number of residents of each household of a community that has any, by household id.
   * Households without residents are absent.
   */
  Map<String, Integer> countByHousehold(DivisionCode community);
}
