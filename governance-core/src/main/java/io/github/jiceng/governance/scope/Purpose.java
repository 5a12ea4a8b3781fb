package io.github.jiceng.governance.scope;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.internal.Checks;

/**
 * Why personal data is being looked at in clear (查看目的), recorded with the clear view in the audit
 * trail. Without a purpose the desks return identity numbers, phones, names and addresses masked.
 *
 * @param text the purpose, in the words of the form it came from (at most {@value #MAX} characters;
 *     no identity or phone numbers)
 */
public record Purpose(String text) {
  /** The longest purpose. */
  public static final int MAX = 100;

  /** Verifying a resident's identity (核实身份). */
  public static final Purpose VERIFY_IDENTITY = new Purpose("核实身份");

  /** A home visit by the grid worker (入户走访). */
  public static final Purpose HOME_VISIT = new Purpose("入户走访");

  /** Handling a service application for the resident (办理服务事项). */
  public static final Purpose SERVICE_CASE = new Purpose("办理服务事项");

  /** Emergency assistance (应急救助). */
  public static final Purpose EMERGENCY = new Purpose("应急救助");

  /**
   * Checks the text.
   *
   * @throws InvalidInputException if it is missing, blank, too long or holds personal numbers
   */
  public Purpose {
    text = Checks.key(text, "Purpose", "text").strip();
    if (text.isEmpty()) {
      throw InvalidInputException.of("Purpose", "text", "must not be blank");
    }
    if (text.length() > MAX) {
      throw InvalidInputException.of("Purpose", "text", "must be at most " + MAX + " characters");
    }
  }

  @Override
  public String toString() {
    return text;
  }
}
