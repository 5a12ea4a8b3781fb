package io.github.jiceng.governance.facility;

import io.github.jiceng.governance.grid.GridSetting;
import io.github.jiceng.governance.internal.Checks;
import io.github.jiceng.governance.policy.ComparedValue;
import io.github.jiceng.governance.policy.Compliance;
import io.github.jiceng.governance.policy.Decision;
import io.github.jiceng.governance.policy.IntRange;
import io.github.jiceng.governance.policy.Policy;
import io.github.jiceng.governance.policy.Rule;
import io.github.jiceng.governance.policy.RuleContext;
import io.github.jiceng.governance.policy.RuleSet;
import io.github.jiceng.governance.policy.Text;
import io.github.jiceng.governance.policy.Verdict;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The facility rules, evaluated for one community as of a date under a {@link Policy} whose
 * parameters are those of {@link FacilityStandards}: {@value #SERVICE_AREA} (indoor floor area per
 * household), {@value #ACTIVITY_ROOM} and {@value #OFFICE} (their minimum areas, in urban
 * communities), {@value #RURAL_CENTRE} (a village's service centre within its range) and {@value
 * #CHECKLIST} (every item of every checklist for the setting held by some facility). A rule whose
 * parameter the policy leaves out does not apply; each shortfall is explained in m², each missing
 * item by name.
 */
public final class FacilityRules {
  private FacilityRules() {}

  /** Rule id: indoor floor area per household at least the standard. */
  public static final String SERVICE_AREA = "FAC-SERVICE-AREA";

  /** Rule id: activity rooms at least the minimum. */
  public static final String ACTIVITY_ROOM = "FAC-ACTIVITY-ROOM";

  /** Rule id: offices at least the minimum. */
  public static final String OFFICE = "FAC-OFFICE";

  /** Rule id: a village's service centre within the range. */
  public static final String RURAL_CENTRE = "FAC-RURAL-CENTRE";

  /** Rule id: every checklist item is held. */
  public static final String CHECKLIST = "FAC-CHECKLIST";

  /** The rules a community's facilities must satisfy. */
  public static final RuleSet<FacilityFacts, Compliance> FACILITIES =
      new RuleSet<>(
          "facility-rules",
          List.of(
              Rule.of(
                  SERVICE_AREA,
                  Text.of("每户服务设施面积达标", "service floor area per household meets the standard"),
                  List.of(),
                  FacilityRules::serviceArea),
              Rule.of(
                  ACTIVITY_ROOM,
                  Text.of("活动用房面积达标", "activity rooms are large enough"),
                  List.of(),
                  (f, c) ->
                      minimum(
                          f,
                          c,
                          FacilityKind.ACTIVITY_ROOM,
                          FacilityStandards.ACTIVITY_ROOM_MIN_AREA)),
              Rule.of(
                  OFFICE,
                  Text.of("办公用房面积达标", "offices are large enough"),
                  List.of(),
                  (f, c) -> minimum(f, c, FacilityKind.OFFICE, FacilityStandards.OFFICE_MIN_AREA)),
              Rule.of(
                  RURAL_CENTRE,
                  Text.of("农村社区服务中心面积在规定范围内", "a village's service centre is within the range"),
                  List.of(),
                  FacilityRules::ruralCentre),
              Rule.of(
                  CHECKLIST,
                  Text.of("设施功能齐全", "the facilities hold everything the checklists name"),
                  List.of(),
                  FacilityRules::checklists)),
          Compliance.combiner());

  /** Checks one community's facilities against the standards in force on {@code asOf}. */
  public static Decision<Compliance> check(FacilityFacts facts, Policy policy, LocalDate asOf) {
    Checks.required(facts, "FacilityRules.check", "facts");
    Checks.required(policy, "FacilityRules.check", "policy");
    Checks.required(asOf, "FacilityRules.check", "asOf");
    return FACILITIES.evaluate(facts.community().value(), facts, policy, asOf);
  }

  private static Verdict serviceArea(FacilityFacts f, RuleContext context) {
    if (f.households() == 0) {
      return context.notApplicable(Text.of("无住户", "no households"));
    }
    BigDecimal perHousehold = context.use(FacilityStandards.AREA_PER_HOUSEHOLD);
    BigDecimal required =
        perHousehold.multiply(BigDecimal.valueOf(f.households())).setScale(2, RoundingMode.CEILING);
    BigDecimal area = f.indoorArea();
    boolean ok = area.compareTo(required) >= 0;
    return context.check(
        ok,
        Text.of(
            "服务设施 "
                + m2(area)
                + " 平方米，"
                + f.households()
                + " 户按每户 "
                + m2(perHousehold)
                + " 平方米须 "
                + m2(required)
                + " 平方米"
                + shortfall(area, required, "，缺 ", " 平方米"),
            m2(area)
                + " m² of facilities; "
                + f.households()
                + " households at "
                + m2(perHousehold)
                + " m² each need "
                + m2(required)
                + " m²"
                + shortfall(area, required, ", ", " m² short")),
        ComparedValue.of("floor area m²", m2(area), "≥ " + m2(required)));
  }

  private static Verdict minimum(
      FacilityFacts f,
      RuleContext context,
      FacilityKind kind,
      io.github.jiceng.governance.policy.ParameterKey<BigDecimal> key) {
    if (f.setting() != GridSetting.URBAN) {
      // a village's rooms are those of its service centre: FAC-RURAL-CENTRE and the checklists
      return context.notApplicable(
          Text.of("农村社区按服务中心标准检查", "a village's centre is checked by the rural standard"));
    }
    Optional<BigDecimal> minimum = context.find(key);
    if (minimum.isEmpty()) {
      return context.notApplicable(
          Text.of(
              "政策未规定" + kind.label().zh() + "面积",
              "the policy sets no minimum " + kind.label().en()));
    }
    BigDecimal area = f.area(kind);
    BigDecimal min = minimum.get();
    boolean ok = area.compareTo(min) >= 0;
    return context.check(
        ok,
        Text.of(
            kind.label().zh()
                + " "
                + m2(area)
                + " 平方米，规定不少于 "
                + m2(min)
                + " 平方米"
                + shortfall(area, min, "，缺 ", " 平方米"),
            kind.label().en()
                + " "
                + m2(area)
                + " m², at least "
                + m2(min)
                + " m² required"
                + shortfall(area, min, ", ", " m² short")),
        ComparedValue.of(kind.label().en() + " m²", m2(area), "≥ " + m2(min)));
  }

  private static Verdict ruralCentre(FacilityFacts f, RuleContext context) {
    if (f.setting() != GridSetting.RURAL) {
      return context.notApplicable(Text.of("城市社区", "an urban community"));
    }
    Optional<IntRange> range = context.find(FacilityStandards.RURAL_CENTRE_AREA);
    if (range.isEmpty()) {
      return context.notApplicable(
          Text.of("政策未规定农村社区服务中心面积", "the policy sets no range for a rural centre"));
    }
    BigDecimal area = f.area(FacilityKind.SERVICE_CENTRE);
    IntRange r = range.get();
    boolean ok =
        area.compareTo(BigDecimal.valueOf(r.min())) >= 0
            && area.compareTo(BigDecimal.valueOf(r.max())) <= 0;
    return context.check(
        ok,
        Text.of(
            "服务中心 " + m2(area) + " 平方米，" + (ok ? "在" : "不在") + "规定的 " + r + " 平方米范围内",
            "service centre of "
                + m2(area)
                + " m² is "
                + (ok ? "within" : "outside")
                + " "
                + r
                + " m²"),
        ComparedValue.of("service centre m²", m2(area), r));
  }

  private static Verdict checklists(FacilityFacts f, RuleContext context) {
    Optional<Checklists> lists = context.find(FacilityStandards.CHECKLISTS);
    List<Checklist> applying =
        lists
            .map(l -> l.lists().stream().filter(c -> c.appliesTo(f.setting())).toList())
            .orElse(List.of());
    if (applying.isEmpty()) {
      return context.notApplicable(
          Text.of("政策未规定适用的功能清单", "the policy sets no checklist for this setting"));
    }
    Set<String> held = f.functions();
    List<String> zh = new ArrayList<>();
    List<String> en = new ArrayList<>();
    int items = 0;
    int missing = 0;
    for (Checklist list : applying) {
      items += list.items().size();
      List<Checklist.Item> gaps = list.missing(held);
      missing += gaps.size();
      if (!gaps.isEmpty()) {
        zh.add(
            "「"
                + list.title().zh()
                + "」缺"
                + String.join("、", gaps.stream().map(i -> i.name().zh()).toList()));
        en.add(
            list.title().en()
                + " lacks "
                + String.join(", ", gaps.stream().map(i -> i.name().en()).toList()));
      }
    }
    boolean ok = missing == 0;
    return context.check(
        ok,
        ok
            ? Text.of(
                "功能清单 " + items + " 项齐全", "all " + items + " items of the checklists are held")
            : Text.of(String.join("；", zh), String.join("; ", en)),
        ComparedValue.of("items held", (items - missing) + " of " + items, "all"));
  }

  /** {@code 1040}, {@code 0.4}: an area or a rate without trailing zeros. */
  private static String m2(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  private static String shortfall(
      BigDecimal area, BigDecimal required, String before, String after) {
    return area.compareTo(required) >= 0 ? "" : before + m2(required.subtract(area)) + after;
  }
}
