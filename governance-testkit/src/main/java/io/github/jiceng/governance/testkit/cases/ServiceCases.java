package io.github.jiceng.governance.testkit.cases;

import static io.github.jiceng.governance.testkit.cases.CaseFile.choice;
import static io.github.jiceng.governance.testkit.cases.CaseFile.convert;
import static io.github.jiceng.governance.testkit.cases.CaseFile.date;
import static io.github.jiceng.governance.testkit.cases.CaseFile.items;
import static io.github.jiceng.governance.testkit.cases.CaseFile.mapping;
import static io.github.jiceng.governance.testkit.cases.CaseFile.required;
import static io.github.jiceng.governance.testkit.cases.CaseFile.text;

import io.github.jiceng.governance.calendar.WorkingCalendar;
import io.github.jiceng.governance.defaults.NationalDefaults;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.policy.Policy;
import io.github.jiceng.governance.policy.Rule;
import io.github.jiceng.governance.service.IntakeFacts;
import io.github.jiceng.governance.service.RequestEvent;
import io.github.jiceng.governance.service.ServiceCatalogue;
import io.github.jiceng.governance.service.ServiceCatalogueFile;
import io.github.jiceng.governance.service.ServiceItem;
import io.github.jiceng.governance.service.ServiceOutcome;
import io.github.jiceng.governance.service.ServiceRequest;
import io.github.jiceng.governance.service.ServiceRules;
import io.github.jiceng.governance.testkit.cases.CaseNode.Mapping;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The service family: the case file's {@code policy} is a service catalogue file ({@code
 * docs/service-catalogue-format.md}), and a case is either an intake — accepted, or refused with
 * the attributes that are missing, invalid or unknown ({@link ServiceRules#INTAKE}) — or a
 * request's timeline, on time or overdue by a number of working days on the national working
 * calendar ({@link ServiceRules#TIMELINESS}).
 *
 * <pre>
 * intake:                       # asked on the case's as-of day
 *   item: MZ-001
 *   attributes: {name: 张三, id_number: 11010519491231002X, members: 3}
 *
 * timeline:                     # asked as of the case's as-of day
 *   item: RS-001
 *   received: 2026-06-01
 *   steps:                      # optional; events as in RequestEvent, written like-this
 *     - {event: hand-to-department, on: 2026-06-02}
 *     - {event: complete, on: 2026-06-09}
 * </pre>
 */
final class ServiceCases implements CaseFamily {
  private static final Set<String> INTAKE = Set.of("item", "attributes");
  private static final Set<String> TIMELINE = Set.of("item", "received", "steps", "community");
  private static final Set<String> STEP = Set.of("event", "on", "note");

  /**
   * A timeline's station when the case names none ({@code community}): the sample 城南社区, whose code
   * only fills the request; the timeline does not depend on it.
   */
  private static final DivisionCode SAMPLE_STATION = DivisionCode.of("341802002006");

  @Override
  public String id() {
    return "service";
  }

  @Override
  public boolean needsPolicyFile() {
    return true;
  }

  @Override
  public Set<String> inputKeys() {
    return Set.of("intake", "timeline");
  }

  @Override
  public Class<? extends Enum<?>> outcomes() {
    return ServiceOutcome.class;
  }

  /** A timeline, built into a request against the catalogue once that is loaded. */
  private record Timeline(
      String itemCode, LocalDate received, DivisionCode community, List<Step> steps, int line) {}

  private record Step(RequestEvent event, LocalDate on, @Nullable String note, int line) {}

  @Override
  public Object readInput(Mapping c, String caseName, int number) {
    Map<String, CaseNode> f = c.fields();
    if (f.containsKey("intake") == f.containsKey("timeline")) {
      throw new CaseFileException(
          "a service case has either 'intake' or 'timeline', not "
              + (f.containsKey("intake") ? "both" : "neither"),
          c.line());
    }
    CaseNode intake = f.get("intake");
    return intake != null
        ? intake(mapping(intake, INTAKE, "intake"))
        : timeline(mapping(required(c, "timeline"), TIMELINE, "timeline"));
  }

  /** The intake as the rules take it, but for the catalogue, which the policy file gives. */
  private static Map.Entry<String, Map<String, String>> intake(Mapping m) {
    String item = text(required(m, "item", "intake.item"), "intake.item");
    Map<String, String> attributes = new LinkedHashMap<>();
    CaseNode given = m.fields().get("attributes");
    if (given != null) {
      Mapping values = mapping(given, Set.copyOf(attributeKeys(given)), "intake.attributes");
      values
          .fields()
          .forEach((code, value) -> attributes.put(code, text(value, "intake.attributes." + code)));
    }
    return Map.entry(item, attributes);
  }

  private static List<String> attributeKeys(CaseNode node) {
    return node instanceof Mapping m ? List.copyOf(m.fields().keySet()) : List.of();
  }

  private static Timeline timeline(Mapping m) {
    Map<String, CaseNode> f = m.fields();
    List<Step> steps =
        items(f.get("steps"), "timeline.steps").stream()
            .map(
                node -> {
                  Mapping s = mapping(node, STEP, "a step");
                  CaseNode note = s.fields().get("note");
                  return new Step(
                      choice(required(s, "event", "step.event"), "step.event", RequestEvent.class),
                      date(required(s, "on", "step.on"), "step.on"),
                      note == null ? null : text(note, "step.note"),
                      s.line());
                })
            .toList();
    return new Timeline(
        text(required(m, "item", "timeline.item"), "timeline.item"),
        date(required(m, "received", "timeline.received"), "timeline.received"),
        f.containsKey("community") ? CaseFile.community(f.get("community")) : SAMPLE_STATION,
        steps,
        m.line());
  }

  @Override
  public LoadedPolicy load(@Nullable Path policyFile) {
    ServiceCatalogue catalogue =
        ServiceCatalogueFile.read(
            Objects.requireNonNull(policyFile, "a service case file's policy"));
    Policy policy = NationalDefaults.policy();
    List<String> ids =
        Stream.concat(
                ServiceRules.INTAKE.rules().stream(), ServiceRules.TIMELINESS.rules().stream())
            .map(Rule::id)
            .toList();
    return new LoadedPolicy(
        catalogue.id() + " " + catalogue.version(),
        ids,
        (input, asOf) ->
            input instanceof Timeline timeline
                ? ServiceRules.checkTimeliness(request(catalogue, timeline, policy), policy, asOf)
                : ServiceRules.checkIntake(facts(catalogue, input), policy, asOf));
  }

  @SuppressWarnings("unchecked")
  private static IntakeFacts facts(ServiceCatalogue catalogue, Object input) {
    Map.Entry<String, Map<String, String>> intake = (Map.Entry<String, Map<String, String>>) input;
    return new IntakeFacts(catalogue, intake.getKey(), intake.getValue());
  }

  /**
   * The request the timeline describes: taken on its day under the item version then in force (its
   * attributes left out, which the timeline does not depend on), then each step in turn.
   *
   * @throws CaseFileException if the item is not in the catalogue that day, or a step cannot happen
   */
  private static ServiceRequest request(ServiceCatalogue catalogue, Timeline t, Policy policy) {
    WorkingCalendar calendar = WorkingCalendar.of(policy);
    ServiceItem item =
        catalogue
            .item(t.itemCode(), t.received())
            .orElseThrow(
                () ->
                    new CaseFileException(
                        "catalogue "
                            + catalogue.id()
                            + " has no item "
                            + t.itemCode()
                            + " on "
                            + t.received(),
                        t.line()));
    ServiceItem bare = withoutAttributes(item);
    ServiceRequest request =
        ServiceRequest.intake(
                "case",
                bare,
                t.community(),
                Map.of(),
                "case",
                t.received().atTime(9, 0).toInstant(ZoneOffset.ofHours(8)),
                t.received(),
                calendar)
            .request();
    for (Step step : t.steps()) {
      ServiceRequest before = request;
      request =
          convert(
              new CaseNode.Scalar(step.event().name(), step.line()),
              "step " + step.event().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
              n ->
                  before
                      .apply(
                          step.event(),
                          "case",
                          step.on().atTime(9, 0).toInstant(ZoneOffset.ofHours(8)),
                          step.on(),
                          step.note(),
                          calendar)
                      .request());
    }
    return request;
  }

  private static ServiceItem withoutAttributes(ServiceItem item) {
    return new ServiceItem(
        item.code(),
        item.name(),
        item.type(),
        item.category(),
        item.department(),
        item.implementingBody(),
        item.basis(),
        item.window(),
        item.period(),
        item.kind(),
        item.promisedWorkingDays(),
        item.statutoryWorkingDays(),
        item.proxy(),
        item.materials(),
        List.of());
  }
}
