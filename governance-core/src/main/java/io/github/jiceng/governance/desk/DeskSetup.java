package io.github.jiceng.governance.desk;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.internal.Checks;
import io.github.jiceng.governance.internal.InputValidator;
import io.github.jiceng.governance.party.PartyTree;
import io.github.jiceng.governance.policy.Policy;
import io.github.jiceng.governance.spi.GovernanceStore;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * What every desk works with, made once and shared by all the desks of one facade: the store that
 * keeps the records, the policy the rules are evaluated under, the clock that says what "today" is,
 * and the validator every write passes before it reaches the store. Immutable and thread-safe.
 *
 * <p>{@link io.github.jiceng.governance.Governance} makes one for its desks; build one yourself to
 * use a single desk without the facade:
 *
 * <pre>{@code
 * CommitteeDesk committees = new CommitteeDesk(DeskSetup.of(store, NationalDefaults.policy(), clock));
 * }</pre>
 */
public final class DeskSetup {
  private final GovernanceStore store;
  private final Policy policy;
  private final Clock clock;
  private final InputValidator validator = new InputValidator();

  private DeskSetup(GovernanceStore store, Policy policy, Clock clock) {
    this.store = store;
    this.policy = policy;
    this.clock = clock;
  }

  /**
   * A setup over {@code store}, evaluating rules under {@code policy}, with "today" from {@code
   * clock}.
   *
   * @throws InvalidInputException if an argument is null
   */
  public static DeskSetup of(GovernanceStore store, Policy policy, Clock clock) {
    return new DeskSetup(
        Checks.required(store, "DeskSetup", "store"),
        Checks.required(policy, "DeskSetup", "policy"),
        Checks.required(clock, "DeskSetup", "clock"));
  }

  /** The store records are kept in. */
  public GovernanceStore store() {
    return store;
  }

  /** The policy rules are evaluated under. */
  public Policy policy() {
    return policy;
  }

  /** The clock that says what "today" is. */
  public Clock clock() {
    return clock;
  }

  /** Today, by the clock: the "as of" date of a question asked without one. */
  public LocalDate today() {
    return LocalDate.now(clock);
  }

  /** The validator every record passes before it is written. */
  InputValidator validator() {
    return validator;
  }

  /**
   * {@code input}, checked with Bean Validation and the domain's own checks.
   *
   * @throws InvalidInputException naming every field that is wrong, never its value
   */
  <T> T valid(@Nullable T input, String subject) {
    if (input instanceof PartyTree tree) {
      validator.validateParts(tree.validationParts(), subject); // linear in the members
      return input;
    }
    return validator.validate(required(input, subject), subject);
  }

  /**
   * Validates {@code input}, then checks its references and writes it in one transaction: nothing
   * is written if either fails.
   */
  <T> T write(
      @Nullable T input,
      String subject,
      BiConsumer<GovernanceStore, T> references,
      BiFunction<GovernanceStore, T, T> change) {
    T valid = valid(input, subject);
    return store.inTransaction(
        tx -> {
          references.accept(tx, valid);
          return change.apply(tx, valid);
        });
  }

  /** {@code value}, which a desk's caller must give. */
  static <T> T required(@Nullable T value, String name) {
    return Checks.required(value, "Governance call", name);
  }

  @Override
  public String toString() {
    return "DeskSetup[" + store.getClass().getSimpleName() + ", policy " + policy.id() + "]";
  }
}
