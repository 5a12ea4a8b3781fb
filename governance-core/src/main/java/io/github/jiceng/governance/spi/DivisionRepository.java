package io.github.jiceng.governance.spi;

import io.github.jiceng.governance.division.AdministrativeDivision;
import io.github.jiceng.governance.division.DivisionCode;
import java.util.List;

/**
 * Storage of {@link AdministrativeDivision}s, keyed by code, and of the dated changes that merge,
 * split, rename or abolish them. A division's parent (implied by its code) must be stored before
 * it; a division a change names cannot be deleted.
 */
public interface DivisionRepository extends Repository<DivisionCode, AdministrativeDivision> {

  /** The divisions directly under {@code parent}, ordered by code. */
  List<AdministrativeDivision> findChildren(DivisionCode parent);

  /** Every division within {@code ancestor} at any depth, ordered by code. */
  List<AdministrativeDivision> findWithin(DivisionCode ancestor);

  /**
   * Stores a change of divisions (区划调整), with its predecessors and successors in order, as version
   * 1. Changes are recorded once and never changed.
   *
   * @throws io.github.jiceng.governance.base.DuplicateKeyException if the id is taken
   * @throws io.github.jiceng.governance.base.IntegrityViolationException if a division it names is
   *     not stored
   */
  io.github.jiceng.governance.division.DivisionChange recordChange(
      io.github.jiceng.governance.division.DivisionChange change);

  /** The change stored under {@code id}. */
  java.util.Optional<io.github.jiceng.governance.division.DivisionChange> findChange(String id);

  /** The changes of the county {@code countyCode} (6 digits), by effective day, then id. */
  List<io.github.jiceng.governance.division.DivisionChange> changesIn(String countyCode);
}
