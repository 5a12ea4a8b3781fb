package io.github.jiceng.governance.service;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.base.Violation;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.internal.Checks;
import io.github.jiceng.governance.people.IdentityNumber;
import io.github.jiceng.governance.people.PhoneNumber;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jspecify.annotations.Nullable;

/**
 * One attribute a request for a service item must or may carry (an Open311 {@code attribute}): its
 * code, name, type, whether it is required, its place in the form, and the type's constraints —
 * allowed values for lists, a range for numbers, a pattern and a length limit for text. Immutable;
 * build with {@link #builder(String, String, AttributeType)}.
 *
 * @param code the variable's code, e.g. {@code applicant_id}: a lower-case letter, then lower-case
 *     letters, digits or {@code _}, at most 40
 * @param name the name a form shows, e.g. {@code 申请人身份证号}
 * @param type the type
 * @param required whether a request must carry it
 * @param order its place in the form, from 1, unique within an item
 * @param description what it asks for, or null
 * @param values the allowed values of a list type, in the order shown; empty for other types
 * @param min the least value of a number or integer, or null
 * @param max the greatest value of a number or integer, or null
 * @param pattern a regular expression a string's whole value must match, or null
 * @param maxLength the longest text or string accepted
 * @param personal whether values are personal data (masked everywhere): always for identity numbers
 *     and phones, and for any other attribute marked so (a name, an address)
 */
public record AttributeDefinition(
    String code,
    String name,
    AttributeType type,
    boolean required,
    int order,
    @Nullable String description,
    List<AllowedValue> values,
    @Nullable BigDecimal min,
    @Nullable BigDecimal max,
    @Nullable String pattern,
    int maxLength,
    boolean personal) {
  /** The longest string value, unless the definition says less. */
  public static final int STRING_LIMIT = 200;

  /** The longest text value (the limit of an Open311 request description). */
  public static final int TEXT_LIMIT = 4_000;

  /** The longest number or list value read at all: longer input is refused before it is parsed. */
  static final int PARSE_LIMIT = 64;

  private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]{0,39}");
  private static final String SUBJECT = "AttributeDefinition";

  /**
   * Checks that the constraints fit the type.
   *
   * @throws InvalidInputException naming every field that does not
   */
  public AttributeDefinition {
    Checks.required(code, SUBJECT, "code");
    Checks.required(name, SUBJECT, "name");
    Checks.required(type, SUBJECT, "type");
    values = Checks.listOf(values, SUBJECT, "values");
    personal = personal || type.personal();
    List<Violation> problems = new ArrayList<>();
    if (!CODE.matcher(code).matches()) {
      problems.add(
          new Violation("code", "must be a lower-case letter, then letters, digits or _, ≤ 40"));
    }
    if (name.isBlank() || name.length() > 100) {
      problems.add(new Violation("name", "must be 1 to 100 characters"));
    }
    if (order < 1) {
      problems.add(new Violation("order", "must be at least 1"));
    }
    if (description != null && description.length() > 1_000) {
      problems.add(new Violation("description", "must be at most 1000 characters"));
    }
    checkValues(type, values, problems);
    checkRange(type, min, max, problems);
    checkText(type, pattern, maxLength, problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException("attribute " + code, problems);
    }
  }

  private static void checkValues(
      AttributeType type, List<AllowedValue> values, List<Violation> problems) {
    if (type.isList() && values.isEmpty()) {
      problems.add(new Violation("values", "a list attribute must allow at least one value"));
    }
    if (!type.isList() && !values.isEmpty()) {
      problems.add(new Violation("values", "only a list attribute has values"));
    }
    Set<String> keys = new HashSet<>();
    for (AllowedValue value : values) {
      if (!keys.add(value.key())) {
        problems.add(new Violation("values", "key " + value.key() + " is given twice"));
      }
    }
  }

  private static void checkRange(
      AttributeType type,
      @Nullable BigDecimal min,
      @Nullable BigDecimal max,
      List<Violation> problems) {
    if ((min != null || max != null) && !type.isNumeric()) {
      problems.add(new Violation("min", "only a number or an integer has a range"));
    }
    if (min != null && max != null && min.compareTo(max) > 0) {
      problems.add(new Violation("max", "must not be less than min"));
    }
  }

  private static void checkText(
      AttributeType type, @Nullable String pattern, int maxLength, List<Violation> problems) {
    if (pattern != null) {
      if (type != AttributeType.STRING) {
        problems.add(new Violation("pattern", "only a string has a pattern"));
      } else if (pattern.length() > 200) {
        problems.add(new Violation("pattern", "must be at most 200 characters"));
      } else {
        try {
          Pattern.compile(pattern);
        } catch (PatternSyntaxException e) {
          problems.add(new Violation("pattern", "is not a regular expression"));
        }
      }
    }
    int limit = type == AttributeType.TEXT ? TEXT_LIMIT : STRING_LIMIT;
    if (type.isText() && (maxLength < 1 || maxLength > limit)) {
      problems.add(new Violation("maxLength", "must be 1 to " + limit));
    }
  }

  /** A builder for an attribute of {@code type}, optional and at order 1 until told otherwise. */
  public static Builder builder(String code, String name, AttributeType type) {
    return new Builder(code, name, type);
  }

  /**
   * The value {@code raw} gives this attribute on {@code day}, or the problem with it. The problem
   * never quotes the value.
   */
  public Checked check(String raw, LocalDate day) {
    Checks.required(raw, SUBJECT, "raw");
    Checks.required(day, SUBJECT, "day");
    String value = raw.strip();
    if (value.isEmpty()) {
      return Checked.problem("must not be blank");
    }
    return switch (type) {
      case STRING, TEXT -> text(value);
      case NUMBER -> number(value);
      case INTEGER -> integer(value);
      case DATETIME ->
          parsed(
              () -> OffsetDateTime.parse(value).toString(),
              "an ISO date-time with an offset, e.g. 2026-06-30T09:00+08:00");
      case DATE -> parsed(() -> LocalDate.parse(value).toString(), "an ISO date, e.g. 2026-06-30");
      case BOOLEAN ->
          value.equals("true") || value.equals("false")
              ? Checked.value(value)
              : Checked.problem("must be true or false");
      case SINGLE_VALUE_LIST ->
          allowed(value) ? Checked.value(value) : Checked.problem("must be one of " + keys());
      case MULTI_VALUE_LIST -> multi(value);
      case IDENTITY_NUMBER -> identityNumber(value, day);
      case PHONE -> typed(() -> PhoneNumber.of(value).value(), "must be a phone number");
      case DIVISION_CODE ->
          typed(() -> DivisionCode.of(value).value(), "must be a 12-digit division code");
      case ATTACHMENT ->
          value.length() <= 128 && !Checks.containsPersonalNumber(value)
              ? Checked.value(value)
              : Checked.problem(
                  "must be a document id of at most 128 characters, without personal numbers");
    };
  }

  private Checked text(String value) {
    if (value.length() > maxLength) {
      return Checked.problem("must be at most " + maxLength + " characters");
    }
    if (pattern != null && !Pattern.compile(pattern).matcher(value).matches()) {
      return Checked.problem("must match the pattern " + pattern);
    }
    return Checked.value(value);
  }

  private Checked number(String value) {
    if (value.length() > PARSE_LIMIT) {
      return Checked.problem("must be a number of at most " + PARSE_LIMIT + " characters");
    }
    try {
      return inRange(new BigDecimal(value), value);
    } catch (NumberFormatException e) {
      return Checked.problem("must be a number");
    }
  }

  private Checked integer(String value) {
    if (value.length() > 19) {
      return Checked.problem("must be a whole number");
    }
    try {
      return inRange(BigDecimal.valueOf(Long.parseLong(value)), value);
    } catch (NumberFormatException e) {
      return Checked.problem("must be a whole number");
    }
  }

  private Checked inRange(BigDecimal number, String value) {
    if (min != null && number.compareTo(min) < 0) {
      return Checked.problem("must be at least " + min.toPlainString());
    }
    if (max != null && number.compareTo(max) > 0) {
      return Checked.problem("must be at most " + max.toPlainString());
    }
    return Checked.value(value);
  }

  private Checked multi(String value) {
    if (value.length() > values.size() * 65) {
      return Checked.problem("must be keys of " + keys() + ", comma-separated");
    }
    Set<String> chosen = new LinkedHashSet<>();
    for (String key : com.google.common.base.Splitter.on(',').split(value)) {
      String k = key.strip();
      if (!allowed(k)) {
        return Checked.problem("must be keys of " + keys() + ", comma-separated");
      }
      if (!chosen.add(k)) {
        return Checked.problem("must not name a key twice");
      }
    }
    return Checked.value(String.join(",", chosen));
  }

  private Checked identityNumber(String value, LocalDate day) {
    String problem = IdentityNumber.problemWith(value, day);
    return problem == null ? Checked.value(value) : Checked.problem(problem);
  }

  private static Checked parsed(ParsedText parse, String expected) {
    try {
      return Checked.value(parse.text());
    } catch (DateTimeParseException e) {
      return Checked.problem("must be " + expected);
    }
  }

  private static Checked typed(ParsedText parse, String problem) {
    try {
      return Checked.value(parse.text());
    } catch (InvalidInputException e) {
      return Checked.problem(problem);
    }
  }

  private boolean allowed(String key) {
    for (AllowedValue v : values) {
      if (v.key().equals(key)) {
        return true;
      }
    }
    return false;
  }

  private List<String> keys() {
    return values.stream().map(AllowedValue::key).toList();
  }

  /** Parses a value into its normal text form. */
  @FunctionalInterface
  private interface ParsedText {
    String text();
  }

  /**
   * A checked value: its normal text form, or the problem with it.
   *
   * @param value the value in normal form (trimmed; a date as ISO; list keys without spaces), or
   *     null if there is a problem
   * @param problem what is wrong, or null
   */
  public record Checked(@Nullable String value, @Nullable String problem) {
    static Checked value(String value) {
      return new Checked(value, null);
    }

    static Checked problem(String problem) {
      return new Checked(null, problem);
    }
  }

  /** Builds an {@link AttributeDefinition}. Not thread-safe. */
  public static final class Builder {
    private final String code;
    private final String name;
    private final AttributeType type;
    private boolean required;
    private int order = 1;
    private @Nullable String description;
    private final List<AllowedValue> values = new ArrayList<>();
    private @Nullable BigDecimal min;
    private @Nullable BigDecimal max;
    private @Nullable String pattern;
    private int maxLength;
    private boolean personal;

    private Builder(String code, String name, AttributeType type) {
      this.code = code;
      this.name = name;
      this.type = Checks.required(type, SUBJECT, "type");
      this.maxLength = type == AttributeType.TEXT ? TEXT_LIMIT : STRING_LIMIT;
    }

    /** A request must carry it. */
    public Builder required() {
      this.required = true;
      return this;
    }

    /** Its place in the form, from 1. */
    public Builder order(int value) {
      this.order = value;
      return this;
    }

    /** What it asks for. */
    public Builder description(String value) {
      this.description = Checks.required(value, SUBJECT, "description");
      return this;
    }

    /** An allowed value of a list. */
    public Builder value(String key, String label) {
      values.add(new AllowedValue(key, label));
      return this;
    }

    /** The range of a number or integer; either end may be null. */
    public Builder range(@Nullable Number least, @Nullable Number greatest) {
      this.min = least == null ? null : new BigDecimal(least.toString());
      this.max = greatest == null ? null : new BigDecimal(greatest.toString());
      return this;
    }

    /** A regular expression a string's whole value must match. */
    public Builder pattern(String value) {
      this.pattern = Checks.required(value, SUBJECT, "pattern");
      return this;
    }

    /** The longest string or text accepted. */
    public Builder maxLength(int value) {
      this.maxLength = value;
      return this;
    }

    /** Values are personal data (a name, an address): masked everywhere. */
    public Builder personal() {
      this.personal = true;
      return this;
    }

    /**
     * The definition.
     *
     * @throws InvalidInputException naming every field whose constraint does not fit the type
     */
    public AttributeDefinition build() {
      return new AttributeDefinition(
          code,
          name,
          type,
          required,
          order,
          description,
          values,
          min,
          max,
          pattern,
          maxLength,
          personal);
    }
  }

  /** The code, type and whether it is required or personal; never values. */
  @Override
  public String toString() {
    return "AttributeDefinition["
        + code
        + " "
        + type
        + (required ? " required" : "")
        + (personal ? " personal" : "")
        + "]";
  }
}
