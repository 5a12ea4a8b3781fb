package io.github.jiceng.governance.cases;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.internal.Checks;
import java.util.regex.Pattern;

/**
 * A case's category in an event catalogue (事件分类): a class and a subclass, e.g. {@code 市容环境} /
 * {@code 路灯不亮}. Time limits and routing are set per category.
 *
 * @param code the subclass's code, e.g. {@code 01.03}: dotted parts of lower-case letters, digits
 *     and '-', at most 32 characters, the class's code first (so that limits and routing can be set
 *     per class: {@code 01})
 * @param className the class (大类), e.g. {@code 市容环境}
 * @param subclassName the subclass (小类), e.g. {@code 路灯不亮}
 */
public record CaseCategory(String code, String className, String subclassName) {
  private static final Pattern CODE = Pattern.compile("[a-z0-9-]+(\\.[a-z0-9-]+)*");
  private static final String SUBJECT = "CaseCategory";

  /**
   * Checks the fields.
   *
   * @throws InvalidInputException if the code is malformed or a name is blank or longer than 50
   */
  public CaseCategory {
    Checks.required(code, SUBJECT, "code");
    Checks.required(className, SUBJECT, "className");
    Checks.required(subclassName, SUBJECT, "subclassName");
    if (code.length() > 32 || !CODE.matcher(code).matches()) {
      throw InvalidInputException.of(
          SUBJECT,
          "code",
          "must be dotted parts of lower-case letters, digits and '-', at most 32 characters");
    }
    if (className.isBlank() || className.length() > 50) {
      throw InvalidInputException.of(SUBJECT, "className", "must be 1 to 50 characters");
    }
    if (subclassName.isBlank() || subclassName.length() > 50) {
      throw InvalidInputException.of(SUBJECT, "subclassName", "must be 1 to 50 characters");
    }
  }

  /** {@code 01.03 市容环境/路灯不亮}. */
  @Override
  public String toString() {
    return code + " " + className + "/" + subclassName;
  }
}
