package io.github.jiceng.governance.consultation;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.internal.Checks;
import io.github.jiceng.governance.policy.Text;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One matter of a community's consultation catalogue (协商事项目录): how it may be consulted on, who may
 * raise it, who must take part, and — for a matter a meeting must decide — which form's vote
 * decides it.
 *
 * @param code its code in the catalogue: 1 to 40 letters, digits, '.', '_' or '-'
 * @param name what the matter is, in Chinese and English
 * @param forms the forms it may be consulted in; at least one
 * @param raisedBy who may raise it; at least one
 * @param consult who must take part; may be empty
 * @param decidedBy the form whose vote decides it (a meeting form, one of {@code forms}), or null
 *     when no vote is needed
 */
public record ConsultationMatter(
    String code,
    Text name,
    Set<ConsultationForm> forms,
    Set<ConsultationParty> raisedBy,
    Set<ConsultationParty> consult,
    @Nullable ConsultationForm decidedBy) {
  private static final String SUBJECT = "ConsultationMatter";

  /**
   * Checks the fields.
   *
   * @throws InvalidInputException naming the field that is wrong
   */
  public ConsultationMatter {
    Checks.key(code, SUBJECT, "code");
    if (!code.matches("[A-Za-z0-9._-]{1,40}")) {
      throw InvalidInputException.of(
          SUBJECT, "code", "must be 1 to 40 letters, digits, '.', '_' or '-'");
    }
    Checks.required(name, SUBJECT, "name");
    forms = copy(forms, ConsultationForm.class, "forms");
    raisedBy = copy(raisedBy, ConsultationParty.class, "raisedBy");
    consult = copy(consult, ConsultationParty.class, "consult");
    if (forms.isEmpty()) {
      throw InvalidInputException.of(SUBJECT, "forms", "must name at least one form");
    }
    if (raisedBy.isEmpty()) {
      throw InvalidInputException.of(SUBJECT, "raisedBy", "must name at least one party");
    }
    if (decidedBy != null && (decidedBy.meeting().isEmpty() || !forms.contains(decidedBy))) {
      throw InvalidInputException.of(
          SUBJECT, "decidedBy", "must be a meeting form among the matter's forms");
    }
  }

  private static <E extends Enum<E>> Set<E> copy(Set<E> values, Class<E> type, String field) {
    Checks.required(values, SUBJECT, field);
    EnumSet<E> copied = EnumSet.noneOf(type);
    for (E value : values) {
      copied.add(Checks.required(value, SUBJECT, field));
    }
    return java.util.Collections.unmodifiableSet(copied);
  }

  /** The form whose vote decides the matter, if one must. */
  public Optional<ConsultationForm> decidingForm() {
    return Optional.ofNullable(decidedBy);
  }
}
