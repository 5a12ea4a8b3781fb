package io.github.jiceng.governance.spi;

import io.github.jiceng.governance.division.AdministrativeDivision;
import io.github.jiceng.governance.division.DivisionCode;
import java.util.List;

/**
 * Storage of {@link AdministrativeDivision}s, keyed by code. A division's parent (implied by its
 * code) must be stored before it.
 */
public interface DivisionRepository extends Repository<DivisionCode, AdministrativeDivision> {

  /** The divisions directly under {@code parent}, ordered by code. */
  List<AdministrativeDivision> findChildren(DivisionCode parent);

  /** Every division within {@code ancestor} at any depth, ordered by code. */
  List<AdministrativeDivision> findWithin(DivisionCode ancestor);
}
