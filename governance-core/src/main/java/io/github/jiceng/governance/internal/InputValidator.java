package io.github.jiceng.governance.internal;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.base.Violation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.jspecify.annotations.Nullable;

/**
 * Runs Jakarta Bean Validation (Hibernate Validator, without an expression-language implementation)
 * on inputs and turns violations into an {@link InvalidInputException} that names the field and the
 * problem — never the rejected value, which may be personal data.
 */
public final class InputValidator implements AutoCloseable {
  private final @Nullable ValidatorFactory factory;
  private final Validator validator;

  public InputValidator() {
    ValidatorFactory own =
        Validation.byProvider(HibernateValidator.class)
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory();
    this.factory = own;
    this.validator = own.getValidator();
  }

  private InputValidator(Validator validator) {
    this.factory = null;
    this.validator = validator;
  }

  /**
   * A validator running the application's own Bean Validation {@code validator} (a Spring
   * context's, say), which this one never closes. Only the constraint messages are reported, never
   * the rejected values.
   */
  public static InputValidator using(Validator validator) {
    return new InputValidator(Checks.required(validator, "InputValidator", "validator"));
  }

  /**
   * Checks {@code input} and, if anything is wrong, throws with every problem found.
   *
   * @param subject the name of what is checked, used in the message
   * @throws InvalidInputException if a constraint is violated
   */
  public <T> T validate(T input, String subject) {
    Set<ConstraintViolation<T>> found = validator.validate(input);
    if (found.isEmpty()) {
      return input;
    }
    // Constraints on record components reach both the field and the accessor; report each once.
    Set<Violation> unique = new LinkedHashSet<>();
    for (ConstraintViolation<T> violation : found) {
      unique.add(new Violation(violation.getPropertyPath().toString(), violation.getMessage()));
    }
    List<Violation> sorted = new ArrayList<>(unique);
    sorted.sort(Comparator.comparing(Violation::field).thenComparing(Violation::problem));
    throw new InvalidInputException(subject, sorted);
  }

  /**
   * Checks each part on its own — for aggregates too large to cascade through at once — and, if
   * anything is wrong, throws one exception with every problem, each path prefixed with its part's.
   */
  public void validateParts(List<java.util.Map.Entry<String, Object>> parts, String subject) {
    Set<Violation> unique = new LinkedHashSet<>();
    for (java.util.Map.Entry<String, Object> part : parts) {
      for (ConstraintViolation<Object> violation : validator.validate(part.getValue())) {
        String path = violation.getPropertyPath().toString();
        String prefix = part.getKey();
        String field = prefix.isEmpty() ? path : path.isEmpty() ? prefix : prefix + "." + path;
        unique.add(new Violation(field, violation.getMessage()));
      }
    }
    if (unique.isEmpty()) {
      return;
    }
    List<Violation> sorted = new ArrayList<>(unique);
    sorted.sort(Comparator.comparing(Violation::field).thenComparing(Violation::problem));
    throw new InvalidInputException(subject, sorted);
  }

  @Override
  public void close() {
    if (factory != null) {
      factory.close();
    }
  }
}
