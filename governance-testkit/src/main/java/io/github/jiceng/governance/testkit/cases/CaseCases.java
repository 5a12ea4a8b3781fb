package io.github.jiceng.governance.testkit.cases;

import static io.github.jiceng.governance.testkit.cases.CaseFile.choice;
import static io.github.jiceng.governance.testkit.cases.CaseFile.convert;
import static io.github.jiceng.governance.testkit.cases.CaseFile.items;
import static io.github.jiceng.governance.testkit.cases.CaseFile.mapping;
import static io.github.jiceng.governance.testkit.cases.CaseFile.required;
import static io.github.jiceng.governance.testkit.cases.CaseFile.text;

import io.github.jiceng.governance.access.AccessPolicyFile;
import io.github.jiceng.governance.cases.Case;
import io.github.jiceng.governance.cases.CaseAction;
import io.github.jiceng.governance.cases.CaseCategory;
import io.github.jiceng.governance.cases.CaseClock;
import io.github.jiceng.governance.cases.CaseKind;
import io.github.jiceng.governance.cases.CaseRules;
import io.github.jiceng.governance.cases.CaseSource;
import io.github.jiceng.governance.cases.CaseTransition;
import io.github.jiceng.governance.cases.EscalationFacts;
import io.github.jiceng.governance.cases.RoutingFacts;
import io.github.jiceng.governance.cases.RoutingRules;
import io.github.jiceng.governance.cases.RoutingTable;
import io.github.jiceng.governance.cases.RoutingTableFile;
import io.github.jiceng.governance.cases.Urgency;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.grid.GridCode;
import io.github.jiceng.governance.grid.GridSetting;
import io.github.jiceng.governance.policy.Policy;
import io.github.jiceng.governance.policy.Rule;
import io.github.jiceng.governance.testkit.cases.CaseNode.Mapping;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The case family: the case file's {@code policy} is a policy file whose parameters set the office
 * hours and the case limits, and its optional {@code routing} a routing table file. A case is a
 * timeline of a case's steps — asked at a time of day, it gives the level the escalation rules call
 * for and how far the case is overdue — or a route — a place and a category, routed to a body or
 * not covered. Times are China time.
 *
 * <pre>
 * timeline:
 *   category: "01.03"           # the code; class and subclass names are optional
 *   urgency: normal             # default
 *   setting: urban              # default; rural for a village's case
 *   reported: 2026-06-03T11:50
 *   steps:
 *     - {action: accept, at: 2026-06-03T11:55}
 *     - {action: dispatch, at: 2026-06-03T14:15, body: lights}
 *   time: "09:30"               # the time of day on the case's as-of day the question is asked
 * route:
 *   category: "01.03"
 *   community: "341802002006"
 *   grid: "10010034180200200601" # optional
 * </pre>
 */
final class CaseCases implements CaseFamily {
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  private static final Set<String> TIMELINE =
      Set.of("category", "urgency", "setting", "reported", "steps", "time");
  private static final Set<String> STEP = Set.of("action", "at", "reason", "body");
  private static final Set<String> ROUTE = Set.of("category", "community", "grid");
  private static final Set<String> CATEGORY = Set.of("code", "class", "subclass");
  private static final DivisionCode SAMPLE_COMMUNITY = DivisionCode.of("341802002006");

  /** Every outcome a case file may expect, by name: the escalation levels and the routing ones. */
  enum Expected {
    GRID,
    COMMUNITY,
    STREET,
    DISTRICT,
    ROUTED,
    NOT_COVERED
  }

  @Override
  public String id() {
    return "case";
  }

  @Override
  public boolean needsPolicyFile() {
    return true;
  }

  @Override
  public boolean readsRouting() {
    return true;
  }

  @Override
  public Set<String> inputKeys() {
    return Set.of("timeline", "route");
  }

  @Override
  public Class<? extends Enum<?>> outcomes() {
    return Expected.class;
  }

  private record Timeline(
      CaseCategory category,
      Urgency urgency,
      GridSetting setting,
      LocalDateTime reported,
      List<Step> steps,
      LocalTime time,
      int line) {}

  private record Step(
      CaseAction action,
      LocalDateTime at,
      @Nullable String reason,
      @Nullable String body,
      int line) {}

  private record Route(
      CaseCategory category, DivisionCode community, @Nullable GridCode grid, int line) {}

  @Override
  public Object readInput(Mapping c, String caseName, int number) {
    Map<String, CaseNode> f = c.fields();
    if (f.containsKey("timeline") == f.containsKey("route")) {
      throw new CaseFileException(
          "a case of family 'case' has either 'timeline' or 'route', not "
              + (f.containsKey("timeline") ? "both" : "neither"),
          c.line());
    }
    CaseNode route = f.get("route");
    return route != null
        ? route(mapping(route, ROUTE, "route"))
        : timeline(mapping(required(c, "timeline"), TIMELINE, "timeline"));
  }

  private static Timeline timeline(Mapping m) {
    Map<String, CaseNode> f = m.fields();
    List<Step> steps = new ArrayList<>();
    for (CaseNode node : items(f.get("steps"), "timeline.steps")) {
      Mapping s = mapping(node, STEP, "a step");
      CaseNode reason = s.fields().get("reason");
      CaseNode body = s.fields().get("body");
      steps.add(
          new Step(
              choice(required(s, "action", "step.action"), "step.action", CaseAction.class),
              time(required(s, "at", "step.at"), "step.at"),
              reason == null ? null : text(reason, "step.reason"),
              body == null ? null : text(body, "step.body"),
              s.line()));
    }
    CaseNode time = required(m, "time", "timeline.time");
    LocalTime at;
    try {
      at = LocalTime.parse(text(time, "timeline.time"));
    } catch (DateTimeParseException e) {
      throw new CaseFileException(
          "'timeline.time' must be a time of day written HH:MM", time.line());
    }
    return new Timeline(
        category(required(m, "category", "timeline.category")),
        f.containsKey("urgency")
            ? choice(Objects.requireNonNull(f.get("urgency")), "timeline.urgency", Urgency.class)
            : Urgency.NORMAL,
        f.containsKey("setting")
            ? choice(
                Objects.requireNonNull(f.get("setting")), "timeline.setting", GridSetting.class)
            : GridSetting.URBAN,
        time(required(m, "reported", "timeline.reported"), "timeline.reported"),
        steps,
        at,
        m.line());
  }

  private static Route route(Mapping m) {
    CaseNode grid = m.fields().get("grid");
    return new Route(
        category(required(m, "category", "route.category")),
        CaseFile.community(required(m, "community", "route.community")),
        grid == null ? null : convert(grid, "route.grid", n -> GridCode.of(text(n, "route.grid"))),
        m.line());
  }

  /** A category: its code alone, or {@code {code, class, subclass}}. */
  private static CaseCategory category(CaseNode node) {
    if (node instanceof Mapping m) {
      Mapping c = mapping(m, CATEGORY, "a category");
      String code = text(required(c, "code", "category.code"), "category.code");
      CaseNode className = c.fields().get("class");
      CaseNode subclass = c.fields().get("subclass");
      return convert(
          node,
          "category",
          n ->
              new CaseCategory(
                  code,
                  className == null ? code : text(className, "category.class"),
                  subclass == null ? code : text(subclass, "category.subclass")));
    }
    String code = text(node, "category");
    return convert(node, "category", n -> new CaseCategory(code, code, code));
  }

  private static LocalDateTime time(CaseNode node, String name) {
    String value = text(node, name);
    try {
      return LocalDateTime.parse(value);
    } catch (DateTimeParseException e) {
      throw new CaseFileException(
          "'"
              + name
              + "' must be a local date and time written YYYY-MM-DDTHH:MM, not '"
              + value
              + "'",
          node.line());
    }
  }

  @Override
  public LoadedPolicy load(@Nullable Path policyFile) {
    return load(policyFile, null);
  }

  @Override
  public LoadedPolicy load(@Nullable Path policyFile, @Nullable Path routingFile) {
    Policy policy =
        AccessPolicyFile.read(Objects.requireNonNull(policyFile, "a case file's policy"))
            .parameters();
    RoutingTable table = routingFile == null ? null : RoutingTableFile.read(routingFile);
    List<String> ids =
        Stream.concat(CaseRules.ESCALATION.rules().stream(), RoutingRules.ROUTING.rules().stream())
            .map(Rule::id)
            .toList();
    return new LoadedPolicy(
        policy.id() + " " + policy.version(),
        ids,
        (input, asOf) -> {
          if (input instanceof Route route) {
            if (table == null) {
              throw new CaseFileException(
                  "a 'route' case needs the file to name a routing table ('routing:')",
                  route.line());
            }
            return RoutingRules.checkRouting(
                new RoutingFacts(table, route.category(), route.community(), route.grid()),
                policy,
                asOf);
          }
          Timeline t = (Timeline) input;
          Replayed replayed = replay(t);
          List<CaseClock.StageTime> clocks =
              CaseClock.of(
                  replayed.last(),
                  replayed.history(),
                  policy,
                  asOf.atTime(t.time()).atZone(CHINA).toInstant(),
                  CHINA);
          return CaseRules.checkEscalation(
              EscalationFacts.of(replayed.last(), clocks), policy, asOf);
        });
  }

  /** The case the timeline describes, after its last step, and its history. */
  private record Replayed(Case last, List<CaseTransition> history) {}

  /**
   * Replays the timeline's steps on a case reported at its time.
   *
   * @throws CaseFileException at a step's line if the step cannot happen
   */
  private static Replayed replay(Timeline t) {
    Case.Step s = report(t);
    List<CaseTransition> history = new ArrayList<>(List.of(s.transition()));
    Case c = s.next();
    for (Step step : t.steps()) {
      Case before = c;
      Case.Step next =
          convert(
              new CaseNode.Scalar(step.action().name(), step.line()),
              "step " + step.action(),
              n ->
                  before.apply(
                      step.action(),
                      step.action().isApproval() ? "approver" : "case",
                      step.at().atZone(CHINA).toInstant(),
                      step.reason(),
                      step.body()));
      history.add(next.transition());
      c = next.next();
    }
    return new Replayed(c, history);
  }

  private static Case.Step report(Timeline t) {
    return Case.report(
        "case",
        t.category(),
        CaseKind.PROMISED,
        t.urgency(),
        CaseSource.GRID_PATROL,
        SAMPLE_COMMUNITY,
        t.setting(),
        null,
        "policy case",
        null,
        "command",
        "case",
        t.reported().atZone(CHINA).toInstant());
  }
}
