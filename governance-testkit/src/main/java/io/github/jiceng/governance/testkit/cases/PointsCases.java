package io.github.jiceng.governance.testkit.cases;

import static io.github.jiceng.governance.testkit.cases.CaseFile.choice;
import static io.github.jiceng.governance.testkit.cases.CaseFile.date;
import static io.github.jiceng.governance.testkit.cases.CaseFile.items;
import static io.github.jiceng.governance.testkit.cases.CaseFile.mapping;
import static io.github.jiceng.governance.testkit.cases.CaseFile.number;
import static io.github.jiceng.governance.testkit.cases.CaseFile.required;
import static io.github.jiceng.governance.testkit.cases.CaseFile.text;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.points.PointsAccount;
import io.github.jiceng.governance.points.PointsEntry;
import io.github.jiceng.governance.points.PointsFacts;
import io.github.jiceng.governance.points.PointsProgram;
import io.github.jiceng.governance.points.PointsRules;
import io.github.jiceng.governance.policy.Compliance;
import io.github.jiceng.governance.policy.Decision;
import io.github.jiceng.governance.policy.Policy;
import io.github.jiceng.governance.policy.RuleSet;
import io.github.jiceng.governance.testkit.cases.CaseNode.Mapping;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The points family: a case is an account's ledger so far and one entry proposed on the case's
 * {@code as-of} day, checked against the points rules ({@link PointsRules#ENTRY}) under the policy
 * file's deed table and rounds. The balance is what the ledger adds up to.
 *
 * <pre>
 * points:
 *   program: moral-bank       # or time-bank
 *   ledger:
 *     - {kind: earn, amount: 5, deed: care-parent, month: 2026-03, on: 2026-03-05}
 *     - {kind: spend, amount: 3, on: 2026-03-31}
 *   entry: {kind: earn, amount: 5, deed: care-parent, month: 2026-04}
 * </pre>
 */
final class PointsCases extends ComplianceCases {
  private static final Set<String> POINTS = Set.of("program", "ledger", "entry");
  private static final Set<String> ENTRY = Set.of("kind", "amount", "deed", "month", "on");
  private static final DivisionCode SAMPLE = DivisionCode.of("341802002006");

  /** A case's account, its ledger and the entry proposed, without its day yet. */
  private record Input(PointsAccount account, List<PointsEntry> ledger, Proposed entry) {}

  private record Proposed(
      PointsEntry.Kind kind, long amount, @Nullable String deed, @Nullable YearMonth month) {}

  @Override
  public String id() {
    return "points";
  }

  @Override
  public Set<String> inputKeys() {
    return Set.of("points");
  }

  @Override
  RuleSet<?, Compliance> rules() {
    return PointsRules.ENTRY;
  }

  @Override
  Decision<Compliance> check(Object input, Policy policy, LocalDate asOf) {
    Input in = (Input) input;
    Proposed p = in.entry();
    PointsEntry entry =
        new PointsEntry(
            "case",
            in.ledger().size() + 1,
            p.kind(),
            p.amount(),
            p.deed(),
            p.month(),
            asOf,
            "case",
            null);
    return PointsRules.check(new PointsFacts(in.account(), in.ledger(), entry), policy);
  }

  @Override
  public Object readInput(Mapping c, String caseName, int number) {
    Mapping m = mapping(required(c, "points"), POINTS, "points");
    PointsProgram program =
        choice(required(m, "program", "points.program"), "points.program", PointsProgram.class);
    List<PointsEntry> ledger = new ArrayList<>();
    PointsAccount account = new PointsAccount("case", SAMPLE, program, "case", 0, 0, 1);
    for (CaseNode node : items(m.fields().get("ledger"), "points.ledger")) {
      Mapping e = mapping(node, ENTRY, "a ledger entry");
      Proposed p = proposed(e);
      PointsEntry entered;
      try {
        entered =
            new PointsEntry(
                "case",
                ledger.size() + 1,
                p.kind(),
                p.amount(),
                p.deed(),
                p.month(),
                date(required(e, "on", "entry.on"), "entry.on"),
                "case",
                null);
      } catch (InvalidInputException x) {
        throw new CaseFileException("a ledger entry is wrong: " + x.getMessage(), node.line());
      }
      if (entered.kind() == PointsEntry.Kind.SPEND && entered.amount() > account.balance()) {
        throw new CaseFileException(
            "the ledger spends more than it holds at this entry", node.line());
      }
      ledger.add(entered);
      account = account.after(entered);
    }
    Mapping entry = mapping(required(m, "entry", "points.entry"), ENTRY, "points.entry");
    if (entry.fields().containsKey("on")) {
      throw new CaseFileException("the proposed entry's day is the case's as-of", entry.line());
    }
    return new Input(account, ledger, proposed(entry));
  }

  private static Proposed proposed(Mapping e) {
    Map<String, CaseNode> f = e.fields();
    CaseNode month = f.get("month");
    CaseNode deed = f.get("deed");
    YearMonth ym = null;
    if (month != null) {
      try {
        ym = YearMonth.parse(text(month, "entry.month"));
      } catch (DateTimeParseException x) {
        throw new CaseFileException("'entry.month' must be written YYYY-MM", month.line());
      }
    }
    return new Proposed(
        choice(required(e, "kind", "entry.kind"), "entry.kind", PointsEntry.Kind.class),
        number(required(e, "amount", "entry.amount"), "entry.amount"),
        deed == null ? null : text(deed, "entry.deed"),
        ym);
  }
}
