package io.github.jiceng.governance.service;

/**
 * The type of a request attribute. The first six are Open311 GeoReport v2's datatypes; the rest are
 * what Open311 lacks and a Chinese service desk needs.
 */
public enum AttributeType {
  /** One line of text, up to 200 characters unless the definition says less (Open311 string). */
  STRING(false),
  /** A decimal number (Open311 number). */
  NUMBER(false),
  /** A date and time, ISO 8601 with an offset, e.g. {@code 2026-06-30T09:00+08:00} (datetime). */
  DATETIME(false),
  /** Free text, up to 4,000 characters (Open311 text; the request description's limit). */
  TEXT(false),
  /** One key of the definition's values (Open311 singlevaluelist). */
  SINGLE_VALUE_LIST(false),
  /** One or more keys of the definition's values, comma-separated (Open311 multivaluelist). */
  MULTI_VALUE_LIST(false),
  /** {@code true} or {@code false}. */
  BOOLEAN(false),
  /** A day, ISO 8601, e.g. {@code 2026-06-30}. */
  DATE(false),
  /** A whole number, within the definition's range if it has one. */
  INTEGER(false),
  /** A resident identity number, checked by GB 11643; personal data, always masked. */
  IDENTITY_NUMBER(true),
  /** A phone number; personal data, always masked. */
  PHONE(true),
  /** A 12-digit administrative division code. */
  DIVISION_CODE(false),
  /** The id of a document kept elsewhere (a scanned certificate), not the document itself. */
  ATTACHMENT(false);

  private final boolean personal;

  AttributeType(boolean personal) {
    this.personal = personal;
  }

  /** Whether every value of this type is personal data, whatever the definition says. */
  public boolean personal() {
    return personal;
  }

  /** Whether a definition of this type needs a list of allowed values. */
  public boolean isList() {
    return this == SINGLE_VALUE_LIST || this == MULTI_VALUE_LIST;
  }

  /** Whether a definition of this type may have a range. */
  public boolean isNumeric() {
    return this == NUMBER || this == INTEGER;
  }

  /** Whether a definition of this type may have a pattern and a length limit. */
  public boolean isText() {
    return this == STRING || this == TEXT;
  }
}
