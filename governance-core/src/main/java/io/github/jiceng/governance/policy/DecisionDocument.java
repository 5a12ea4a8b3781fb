package io.github.jiceng.governance.policy;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.internal.Checks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * A {@link Decision} as a text document (YAML) and back, with every rule result, compared value,
 * parameter version and citation — so that a stored decision explains itself exactly as it did when
 * it was made, whatever the policy says today. Stores use it to keep decisions in one column.
 */
public final class DecisionDocument {
  private static final DumpSettings DUMP =
      DumpSettings.builder().setDefaultFlowStyle(FlowStyle.BLOCK).setWidth(400).build();

  private DecisionDocument() {}

  /** The decision as a document. */
  public static String write(Decision<?> decision) {
    Checks.required(decision, "DecisionDocument.write", "decision");
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("subject", decision.subject());
    doc.put("outcome", decision.outcome().name());
    doc.put("as-of", decision.asOf().toString());
    doc.put("policy", decision.policyId());
    doc.put("policy-version", decision.policyVersion());
    doc.put("rule-set", decision.ruleSetId());
    doc.put("deciding", decision.decidingRuleIds());
    List<Object> results = new ArrayList<>();
    for (RuleResult r : decision.results()) {
      Map<String, Object> result = new LinkedHashMap<>();
      result.put("rule", r.ruleId());
      result.put("title", text(r.title()));
      result.put("verdict", r.verdict().name());
      result.put("reason", text(r.reason()));
      result.put(
          "compared",
          r.compared().stream().map(c -> List.of(c.quantity(), c.actual(), c.required())).toList());
      List<Object> parameters = new ArrayList<>();
      for (ParameterUse p : r.parameters()) {
        Map<String, Object> use = new LinkedHashMap<>();
        use.put("id", p.parameterId());
        use.put("value", p.value());
        use.put("label", p.versionLabel());
        use.put("from", p.period().from().toString());
        use.put("to", p.period().to() == null ? "" : p.period().to().toString());
        use.put("citation", citation(p.citation()));
        parameters.add(use);
      }
      result.put("parameters", parameters);
      result.put("citations", r.citations().stream().map(DecisionDocument::citation).toList());
      results.add(result);
    }
    doc.put("results", results);
    return new Dump(DUMP).dumpToString(doc);
  }

  /**
   * Reads a document written by {@link #write}.
   *
   * @param outcomeType the decision's outcome enum
   * @throws InvalidInputException if the text is not such a document
   */
  public static <O extends Enum<O> & Outcome> Decision<O> read(
      String document, Class<O> outcomeType) {
    Checks.required(document, "DecisionDocument.read", "document");
    Checks.required(outcomeType, "DecisionDocument.read", "outcomeType");
    try {
      Map<String, Object> doc =
          map(new Load(LoadSettings.builder().build()).loadFromString(document));
      List<RuleResult> results = new ArrayList<>();
      for (Object o : list(doc.get("results"))) {
        Map<String, Object> r = map(o);
        List<ComparedValue> compared = new ArrayList<>();
        for (Object c : list(r.get("compared"))) {
          List<Object> triple = list(c);
          compared.add(
              new ComparedValue(str(triple.get(0)), str(triple.get(1)), str(triple.get(2))));
        }
        List<ParameterUse> parameters = new ArrayList<>();
        for (Object p : list(r.get("parameters"))) {
          Map<String, Object> use = map(p);
          String to = str(use.get("to"));
          parameters.add(
              new ParameterUse(
                  str(use.get("id")),
                  str(use.get("value")),
                  str(use.get("label")),
                  new EffectivePeriod(
                      LocalDate.parse(str(use.get("from"))),
                      to.isEmpty() ? null : LocalDate.parse(to)),
                  citation(use.get("citation"))));
        }
        List<Citation> citations = new ArrayList<>();
        for (Object c : list(r.get("citations"))) {
          citations.add(citation(c));
        }
        results.add(
            new RuleResult(
                str(r.get("rule")),
                text(r.get("title")),
                Verdict.valueOf(str(r.get("verdict"))),
                text(r.get("reason")),
                compared,
                parameters,
                citations));
      }
      List<RuleResult> deciding = new ArrayList<>();
      for (Object id : list(doc.get("deciding"))) {
        results.stream()
            .filter(r -> r.ruleId().equals(str(id)))
            .findFirst()
            .ifPresent(deciding::add);
      }
      return new Decision<>(
          str(doc.get("subject")),
          Enum.valueOf(outcomeType, str(doc.get("outcome"))),
          LocalDate.parse(str(doc.get("as-of"))),
          str(doc.get("policy")),
          str(doc.get("policy-version")),
          str(doc.get("rule-set")),
          results,
          deciding);
    } catch (YamlEngineException
        | ClassCastException
        | IllegalArgumentException
        | java.time.DateTimeException
        | IndexOutOfBoundsException e) {
      throw InvalidInputException.of(
          "DecisionDocument",
          "document",
          "is not a decision document (" + e.getClass().getSimpleName() + ")");
    }
  }

  private static Map<String, Object> text(Text text) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("zh", text.zh());
    map.put("en", text.en());
    return map;
  }

  private static Text text(@Nullable Object o) {
    Map<String, Object> map = map(o);
    return Text.of(str(map.get("zh")), str(map.get("en")));
  }

  private static Object citation(Citation citation) {
    return citation.article() == null
        ? List.of(citation.document())
        : List.of(citation.document(), citation.article());
  }

  private static Citation citation(@Nullable Object o) {
    List<Object> parts = list(o);
    return new Citation(str(parts.get(0)), parts.size() > 1 ? str(parts.get(1)) : null);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(@Nullable Object o) {
    if (o == null) {
      throw new IllegalArgumentException("missing mapping");
    }
    return (Map<String, Object>) o;
  }

  @SuppressWarnings("unchecked")
  private static List<Object> list(@Nullable Object o) {
    return o == null ? List.of() : (List<Object>) o;
  }

  private static String str(@Nullable Object o) {
    if (o == null) {
      throw new IllegalArgumentException("missing value");
    }
    return String.valueOf(o);
  }
}
