package io.github.jiceng.governance.service;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.internal.Checks;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the intake rules ({@link ServiceRules#INTAKE}) decide on: a request for item {@code
 * itemCode} of {@code catalogue}, with its attributes as entered.
 *
 * @param catalogue the catalogue the request is taken under
 * @param itemCode the item asked for
 * @param attributes attribute code → text as entered; personal values are never shown by {@code
 *     toString}
 */
public record IntakeFacts(
    ServiceCatalogue catalogue, String itemCode, Map<String, String> attributes) {
  private static final String SUBJECT = "IntakeFacts";

  /**
   * Checks the fields and copies the attributes.
   *
   * @throws InvalidInputException if a field, an attribute code or an attribute value is null
   */
  public IntakeFacts {
    Checks.required(catalogue, SUBJECT, "catalogue");
    Checks.required(itemCode, SUBJECT, "itemCode");
    Checks.required(attributes, SUBJECT, "attributes");
    Map<String, String> copy = new LinkedHashMap<>();
    attributes.forEach(
        (code, value) -> {
          Checks.required(code, SUBJECT, "attributes (a code)");
          copy.put(code, Checks.required(value, SUBJECT, "attributes." + code));
        });
    attributes = java.util.Collections.unmodifiableMap(copy);
  }

  /** The catalogue, the item and the codes of the attributes given; never their values. */
  @Override
  public String toString() {
    return "IntakeFacts["
        + catalogue.id()
        + " "
        + catalogue.version()
        + ", "
        + itemCode
        + ", attributes "
        + attributes.keySet()
        + "]";
  }
}
