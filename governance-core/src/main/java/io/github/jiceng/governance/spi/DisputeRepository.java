package io.github.jiceng.governance.spi;

import io.github.jiceng.governance.base.DuplicateKeyException;
import io.github.jiceng.governance.base.IntegrityViolationException;
import io.github.jiceng.governance.base.StorageException;
import io.github.jiceng.governance.base.WriteConflictException;
import io.github.jiceng.governance.cases.Dispute;
import io.github.jiceng.governance.cases.MediationFigures;
import io.github.jiceng.governance.division.DivisionCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Storage of {@link Dispute}s and their mediation attempts: a dispute is stored once, its attempts
 * appended one by one, never changed. A dispute's community must be stored before it.
 */
public interface DisputeRepository {

  /**
   * Stores a new dispute, with the attempts it has.
   *
   * @throws DuplicateKeyException if the id is taken
   * @throws IntegrityViolationException if its community is not stored
   * @throws StorageException if the store fails
   */
  Dispute insert(Dispute dispute);

  /**
   * Appends the last attempt of {@code next}, which must be the stored dispute with one attempt
   * more.
   *
   * @return {@code next}
   * @throws WriteConflictException if the stored dispute has another number of attempts (someone
   *     recorded one first)
   * @throws StorageException if the store fails
   */
  Dispute appendAttempt(Dispute next);

  /** The dispute with this id. */
  Optional<Dispute> find(String id);

  /** The disputes brought in one community from {@code from} to {@code to} (inclusive), by id. */
  List<Dispute> findByCommunity(DivisionCode community, LocalDate from, LocalDate to);

  /**
   * The mediation figures of the disputes brought from {@code from} to {@code to} at {@code area} —
   * and, if {@code below}, everywhere under it. A JDBC store counts in the database.
   */
  MediationFigures figures(DivisionCode area, boolean below, LocalDate from, LocalDate to);
}
