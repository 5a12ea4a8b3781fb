package io.github.jiceng.governance.base;

/**
 * One problem with one field of an input: which field (a property path such as {@code
 * members[2].role}) and what is wrong with it, in words a person understands. The offending value
 * itself is deliberately not part of a violation, so that personal data cannot leak through error
 * messages.
 *
 * @param field the property path of the field, never blank
 * @param problem what is wrong, for example "must not be blank"
 */
public record Violation(String field, String problem) {

  public Violation {
    if (field == null || problem == null) {
      // never recursive: this violation names a field and a problem of its own
      throw InvalidInputException.of(
          "Violation", field == null ? "field" : "problem", "must not be null");
    }
  }

  @Override
  public String toString() {
    return field + ": " + problem;
  }
}
