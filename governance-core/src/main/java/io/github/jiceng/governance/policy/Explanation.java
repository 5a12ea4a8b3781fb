package io.github.jiceng.governance.policy;

import java.util.List;

/** Prints a {@link Decision} for people. Package-private: use {@link Decision#explain()}. */
final class Explanation {
  private static final String INDENT = "      ";

  private Explanation() {}

  static String in(Decision<?> decision, Language language) {
    return write(decision, List.of(language));
  }

  static String bilingual(Decision<?> decision) {
    return write(decision, List.of(Language.ZH, Language.EN));
  }

  private static String write(Decision<?> decision, List<Language> languages) {
    StringBuilder out = new StringBuilder();
    out.append(decision.subject())
        .append(" — ")
        .append(words(languages, Text.of("截至", "as of")))
        .append(' ')
        .append(decision.asOf())
        .append(": ")
        .append(words(languages, decision.outcome().label()))
        .append('\n');
    out.append(words(languages, Text.of("政策", "policy")))
        .append(' ')
        .append(decision.policyId())
        .append(' ')
        .append(decision.policyVersion())
        .append(" · ")
        .append(words(languages, Text.of("规则集", "rule set")))
        .append(' ')
        .append(decision.ruleSetId())
        .append('\n');
    out.append(words(languages, Text.of("决定性规则", "deciding rules"))).append(":\n");
    List<RuleResult> deciding = decision.decidingRules();
    deciding.forEach(r -> rule(out, r, languages));
    List<RuleResult> others =
        decision.results().stream().filter(r -> !deciding.contains(r)).toList();
    if (!others.isEmpty()) {
      out.append(words(languages, Text.of("其他规则", "other rules"))).append(":\n");
      others.forEach(r -> rule(out, r, languages));
    }
    return out.toString();
  }

  private static void rule(StringBuilder out, RuleResult result, List<Language> languages) {
    out.append("  ")
        .append(symbol(result.verdict()))
        .append(' ')
        .append(result.ruleId())
        .append(' ')
        .append(words(languages, result.title()))
        .append(" [")
        .append(words(languages, result.verdict().label()))
        .append("]\n");
    for (Language language : languages) {
      out.append(INDENT).append(result.reason().in(language)).append('\n');
    }
    if (!result.applied()) {
      return; // the reason says why it did not apply; its sources would only be noise
    }
    for (ComparedValue compared : result.compared()) {
      out.append(INDENT)
          .append(compared.quantity())
          .append(": ")
          .append(compared.actual())
          .append(" (")
          .append(words(languages, Text.of("要求", "required")))
          .append(' ')
          .append(compared.required())
          .append(")\n");
    }
    for (ParameterUse use : result.parameters()) {
      out.append(INDENT)
          .append(words(languages, Text.of("参数", "parameter")))
          .append(' ')
          .append(use.parameterId())
          .append(" = ")
          .append(use.value())
          .append(" (")
          .append(use.versionLabel())
          .append(", ")
          .append(use.period())
          .append(")\n");
    }
    for (Citation citation : result.citations()) {
      out.append(INDENT)
          .append(words(languages, Text.of("依据", "source")))
          .append(": ")
          .append(citation)
          .append('\n');
    }
  }

  private static String symbol(Verdict verdict) {
    return switch (verdict) {
      case SATISFIED -> "✓";
      case VIOLATED -> "✗";
      case NOT_APPLICABLE -> "–";
      case AWAITING -> "?";
    };
  }

  private static String words(List<Language> languages, Text text) {
    return languages.size() == 1 ? text.in(languages.get(0)) : text.zh() + " / " + text.en();
  }
}
