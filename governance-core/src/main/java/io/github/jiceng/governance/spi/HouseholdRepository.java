package io.github.jiceng.governance.spi;

import io.github.jiceng.governance.base.DuplicateKeyException;
import io.github.jiceng.governance.base.IntegrityViolationException;
import io.github.jiceng.governance.base.StorageException;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.grid.GridCode;
import io.github.jiceng.governance.grid.Household;
import java.util.List;

/**
 * Storage of {@link Household}s, keyed by id. A household's community, and its grid if it has one,
 * must be stored before it; it cannot be deleted while residents belong to it.
 */
public interface HouseholdRepository extends Repository<String, Household> {

  /**
   * Stores many new households in one transaction (thousands per call are expected), each as
   * version 1: either all are stored or — on any failure — none.
   *
   * @return the stored households, at version 1, in the given order
   * @throws DuplicateKeyException if an id is taken, or given twice
   * @throws IntegrityViolationException if a community or grid does not exist
   * @throws StorageException if the store fails
   */
  List<Household> insertAll(List<Household> households);

  /** The households placed in one grid, ordered by id. */
  List<Household> findByGrid(GridCode grid);

  /** The households of one community or village, ordered by id. */
  List<Household> findByCommunity(DivisionCode community);

  /**
   * What the grid coverage check of {@code community} counts: its households, each grid's
   * households and residents, and the households placed in no grid, in a grid of another community,
   * or outside the grid that lists their building. A JDBC store counts in the database and reads no
   * household whole.
   */
  io.github.jiceng.governance.grid.GridTallies tallies(DivisionCode community);
}
