package io.github.jiceng.governance.access;

import io.github.jiceng.governance.calendar.WorkingCalendar;
import io.github.jiceng.governance.policy.Citation;
import io.github.jiceng.governance.policy.Combiner;
import io.github.jiceng.governance.policy.ComparedValue;
import io.github.jiceng.governance.policy.EffectivePeriod;
import io.github.jiceng.governance.policy.ParameterNotInForceException;
import io.github.jiceng.governance.policy.Precedence;
import io.github.jiceng.governance.policy.Rule;
import io.github.jiceng.governance.policy.RuleContext;
import io.github.jiceng.governance.policy.RuleSet;
import io.github.jiceng.governance.policy.Text;
import io.github.jiceng.governance.policy.Verdict;
import io.github.jiceng.governance.policy.Verdicts;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The task-access rules A1–A10 (BRIEF §5), each with its id, title, citations and effective period,
 * and the way they combine (documented on {@link AccessOutcome}). The rules read the lists of one
 * {@link AccessPolicy}; {@link AccessPolicy#decide} evaluates them.
 */
public final class AccessRules {

  /** A1: an item on the NEGATIVE list is refused. */
  public static final String NEGATIVE_LIST = "A1";

  /** A2: a DUTY item is admitted. */
  public static final String DUTY_LIST = "A2";

  /** A3: an ASSIST item is admitted only with its authority and funding. */
  public static final String ASSIST_LIST = "A3";

  /** A4: an item on no list needs the leadership group's approval. */
  public static final String UNLISTED = "A4";

  /** A5: work reaches a community only through the street office. */
  public static final String CHANNEL = "A5";

  /** A6: prohibited kinds of work are never admitted. */
  public static final String PROHIBITED_KIND = "A6";

  /** A7: time-limited emergencies are exempt from the admission procedure. */
  public static final String EMERGENCY = "A7";

  /** A8: only certificates on the CERTIFICATE list may be demanded. */
  public static final String CERTIFICATES = "A8";

  /** A9: inspections are unified by the street office and capped per department and year. */
  public static final String INSPECTIONS = "A9";

  /** A10: new forms and ledgers need approval. */
  public static final String FORMS = "A10";

  /** Every rule id, in the order decisions list them. */
  public static final List<String> IDS =
      List.of(
          NEGATIVE_LIST,
          DUTY_LIST,
          ASSIST_LIST,
          UNLISTED,
          CHANNEL,
          PROHIBITED_KIND,
          EMERGENCY,
          CERTIFICATES,
          INSPECTIONS,
          FORMS);

  /** Rules whose violation refuses, whatever else holds. */
  static final Set<String> PROHIBITIONS =
      Set.of(NEGATIVE_LIST, PROHIBITED_KIND, EMERGENCY, CERTIFICATES, INSPECTIONS, FORMS);

  /** Rules whose violation refuses unless an emergency (A7) waives it. */
  static final Set<String> CONDITIONS = Set.of(ASSIST_LIST, UNLISTED, CHANNEL);

  /** Rules whose satisfaction admits. */
  static final Set<String> GRANTS = Set.of(DUTY_LIST, ASSIST_LIST, UNLISTED, EMERGENCY);

  /**
   * The combination documented on {@link AccessOutcome}, as data: a violated prohibition refuses;
   * else a satisfied emergency admits; else a violated condition refuses; else an unlisted request
   * awaiting the leadership group is pending; else a satisfied grant admits; else it is pending.
   * Deciding rules are listed in the order of {@link #IDS}.
   */
  static final Precedence<AccessOutcome> COMBINATION =
      Precedence.otherwise(AccessOutcome.PENDING_APPROVAL)
          .when(Verdict.VIOLATED, PROHIBITIONS, AccessOutcome.REFUSED)
          .when(Verdict.SATISFIED, List.of(EMERGENCY), AccessOutcome.ADMITTED)
          .when(Verdict.VIOLATED, CONDITIONS, AccessOutcome.REFUSED)
          .when(Verdict.AWAITING, List.of(UNLISTED), AccessOutcome.PENDING_APPROVAL)
          .when(Verdict.SATISFIED, GRANTS, AccessOutcome.ADMITTED)
          .listedIn(IDS)
          .build();

  static final Citation REFORM_2021 =
      Citation.of("中共中央 国务院《关于加强基层治理体系和治理能力现代化建设的意见》(2021)", "完善基层群众自治制度：建立村（社区）工作事项准入制度");
  static final Citation RC_LAW_ARTICLE_20 =
      Citation.of("《中华人民共和国城市居民委员会组织法》(1989, 2018年修正)", "第二十条");
  static final Citation RC_LAW_ARTICLE_17 =
      Citation.of("《中华人民共和国城市居民委员会组织法》(1989, 2018年修正)", "第十七条");
  static final Citation HUNAN_2020 = Citation.of("湖南省民政厅等 湘民发〔2020〕41号", "“八个不得”");
  static final Citation ZHANGJIAKOU = Citation.of("张家口市社区工作事项准入制度", "突发事件应急处置事项");
  static final Citation CERTIFICATE_CLEAN_UP = Citation.of("《国务院办公厅关于做好证明事项清理工作的通知》(国办发〔2018〕47号)");
  static final Citation BURDEN_2024 = Citation.of("中共中央办公厅《整治形式主义为基层减负若干规定》(2024)");

  private static final Text NO_ITEM = Text.of("未申报清单事项", "the request claims no list item");

  private static final Text NO_PROHIBITIONS =
      Text.of("本政策在该日没有有效的禁止类事项", "the policy prohibits no kind of work on that day");
  private static final Text NOT_PROHIBITED =
      Text.of(
          "申请的声明、名称及所属清单事项均不属禁止类",
          "neither the request's demands and title nor its list item are a prohibited kind");
  private static final Text NOT_EMERGENCY = Text.of("非应急事项", "not an emergency");
  private static final Text NO_CERTIFICATES = Text.of("未要求社区出具证明", "no certificate is demanded");
  private static final Text NO_INSPECTIONS = Text.of("未附带检查考核", "no inspection attached");
  private static final Text NO_FORMS = Text.of("未要求报表台账", "no form or ledger demanded");
  private static final Text UNIFIED =
      Text.of("检查考核均由街道统一组织", "every inspection is unified by the street office");
  private static final Text THROUGH_STREET =
      Text.of("经街道办事处统筹下派", "assigned through the street office");

  // each rule's check, by which the rule set's pass names it
  private static final Rule.Check<Facts> CHECK_NEGATIVE_LIST = AccessRules::negativeList;
  private static final Rule.Check<Facts> CHECK_DUTY_LIST = AccessRules::dutyList;
  private static final Rule.Check<Facts> CHECK_ASSIST_LIST = AccessRules::assistList;
  private static final Rule.Check<Facts> CHECK_UNLISTED = AccessRules::unlisted;
  private static final Rule.Check<Facts> CHECK_CHANNEL = AccessRules::channel;
  private static final Rule.Check<Facts> CHECK_PROHIBITED_KIND = AccessRules::prohibitedKind;
  private static final Rule.Check<Facts> CHECK_EMERGENCY = AccessRules::emergency;
  private static final Rule.Check<Facts> CHECK_CERTIFICATES = AccessRules::certificates;
  private static final Rule.Check<Facts> CHECK_INSPECTIONS = AccessRules::inspections;
  private static final Rule.Check<Facts> CHECK_FORMS = AccessRules::forms;

  private AccessRules() {}

  /** The rule set for {@code policy}, with the rules' periods as the policy dates them. */
  static RuleSet<Facts, AccessOutcome> ruleSet(AccessPolicy policy) {
    Map<String, EffectivePeriod> periods = policy.rulePeriods();
    List<Rule<Facts>> rules =
        List.of(
            rule(
                NEGATIVE_LIST,
                "负面清单事项不予准入",
                "items on the negative list are refused",
                periods,
                List.of(REFORM_2021),
                CHECK_NEGATIVE_LIST),
            rule(
                DUTY_LIST,
                "履职事项准入",
                "duty items are admitted",
                periods,
                List.of(REFORM_2021),
                CHECK_DUTY_LIST),
            rule(
                ASSIST_LIST,
                "协助事项须权随责走、费随事转",
                "assist items need their authority and funding",
                periods,
                List.of(REFORM_2021, RC_LAW_ARTICLE_17),
                CHECK_ASSIST_LIST),
            rule(
                UNLISTED,
                "清单外事项须经领导小组审批",
                "unlisted work needs the leadership group's approval",
                periods,
                List.of(REFORM_2021),
                CHECK_UNLISTED),
            rule(
                CHANNEL,
                "经街道统筹，部门不得直接摊派",
                "work arrives through the street office, never directly",
                periods,
                List.of(RC_LAW_ARTICLE_20),
                CHECK_CHANNEL),
            rule(
                PROHIBITED_KIND,
                "禁止类事项一律不得下派",
                "prohibited kinds of work are never admitted",
                periods,
                List.of(HUNAN_2020),
                CHECK_PROHIBITED_KIND),
            rule(
                EMERGENCY,
                "应急事项豁免准入，但须限时",
                "emergencies are exempt but time-limited",
                periods,
                List.of(ZHANGJIAKOU),
                CHECK_EMERGENCY),
            rule(
                CERTIFICATES,
                "证明事项以清单为限",
                "only listed certificates may be demanded",
                periods,
                List.of(CERTIFICATE_CLEAN_UP),
                CHECK_CERTIFICATES),
            rule(
                INSPECTIONS,
                "检查考核由街道统一组织并限次",
                "inspections are unified and capped",
                periods,
                List.of(BURDEN_2024),
                CHECK_INSPECTIONS),
            rule(
                FORMS,
                "新增报表台账须经审批",
                "new forms and ledgers need approval",
                periods,
                List.of(BURDEN_2024),
                CHECK_FORMS));
    return new RuleSet<>("task-access", rules, COMBINATION, AccessRules::decideInOrder);
  }

  /**
   * The ten checks, one after the other in the order of {@link #IDS}: the rule set's {@link
   * RuleSet.Pass}. Each names a constant, so the JIT compiles the ten rules into one piece of code;
   * a loop over the rules cost an interface call per rule, nearly twice the time of a whole
   * decision (measured in {@code AccessDecisionBenchmark}).
   */
  private static void decideInOrder(Facts f, RuleContext c, RuleSet.Sheet<Facts> sheet) {
    sheet.put(CHECK_NEGATIVE_LIST, CHECK_NEGATIVE_LIST.check(f, c));
    sheet.put(CHECK_DUTY_LIST, CHECK_DUTY_LIST.check(f, c));
    sheet.put(CHECK_ASSIST_LIST, CHECK_ASSIST_LIST.check(f, c));
    sheet.put(CHECK_UNLISTED, CHECK_UNLISTED.check(f, c));
    sheet.put(CHECK_CHANNEL, CHECK_CHANNEL.check(f, c));
    sheet.put(CHECK_PROHIBITED_KIND, CHECK_PROHIBITED_KIND.check(f, c));
    sheet.put(CHECK_EMERGENCY, CHECK_EMERGENCY.check(f, c));
    sheet.put(CHECK_CERTIFICATES, CHECK_CERTIFICATES.check(f, c));
    sheet.put(CHECK_INSPECTIONS, CHECK_INSPECTIONS.check(f, c));
    sheet.put(CHECK_FORMS, CHECK_FORMS.check(f, c));
  }

  // ---- the rules -------------------------------------------------------------------------------
  // Each rule is one method, run twice at most: to decide (the context is not explaining, and the
  // texts are skipped) and, when someone reads the decision's results, to explain. Texts built
  // from the facts are written inside "if (c.explaining())"; constant texts are passed as they are.

  private static Verdict negativeList(Facts f, RuleContext c) {
    WorkItem item = f.item;
    if (item == null) {
      if (c.explaining()) {
        c.because(f.noItemReason());
      }
      return Verdict.NOT_APPLICABLE;
    }
    c.cite(item.basis());
    boolean negative = item.list() == AccessList.NEGATIVE;
    if (c.explaining()) {
      c.because(negative ? f.texts().onNegative() : f.texts().notNegative());
    }
    return negative ? Verdict.VIOLATED : Verdict.SATISFIED;
  }

  private static Verdict dutyList(Facts f, RuleContext c) {
    WorkItem item = f.item;
    if (item == null || item.list() != AccessList.DUTY) {
      if (c.explaining()) {
        c.because(item == null ? f.noItemReason() : f.texts().notDuty());
      }
      return Verdict.NOT_APPLICABLE;
    }
    c.cite(item.basis());
    if (c.explaining()) {
      c.because(f.texts().onDuty());
    }
    return Verdict.SATISFIED;
  }

  private static Verdict assistList(Facts f, RuleContext c) {
    WorkItem item = f.item;
    if (item == null || item.list() != AccessList.ASSIST) {
      if (c.explaining()) {
        c.because(item == null ? f.noItemReason() : f.texts().notAssist());
      }
      return Verdict.NOT_APPLICABLE;
    }
    c.cite(item.basis());
    TaskRequest r = f.request;
    boolean complete = r.authorityAttached() && r.fundingAttached();
    if (c.explaining()) {
      ItemTexts texts = f.texts();
      ComparedValue authority =
          r.authorityAttached() ? texts.authorityAttached() : texts.authorityMissing();
      ComparedValue funding =
          r.fundingAttached() ? texts.fundingAttached() : texts.fundingMissing();
      c.because(
          complete
              ? texts.assistComplete()
              : Text.of(
                  "协助事项 " + item.code() + " 未随附" + missing(r, "权限", "经费", "和"),
                  "assist item "
                      + item.code()
                      + " comes without its "
                      + missing(r, "authority", "funding", " and ")),
          authority,
          funding);
    }
    return complete ? Verdict.SATISFIED : Verdict.VIOLATED;
  }

  private static Verdict unlisted(Facts f, RuleContext c) {
    if (f.item != null && f.item.list() != AccessList.CERTIFICATE) {
      if (c.explaining()) {
        c.because(f.texts().listed());
      }
      return Verdict.NOT_APPLICABLE;
    }
    ApprovalStep last = f.lastApprovalStep(c.asOf());
    if (last != null) {
      return approval(last, c);
    }
    TaskRequest r = f.request;
    int required = c.use(AccessParameters.LEAD_WORKING_DAYS);
    int decisionDays = c.use(AccessParameters.DECISION_WORKING_DAYS);
    WorkingCalendar calendar = f.policy.calendar();
    java.util.OptionalInt missing = calendar.firstYearWithoutNotice(r.appliedOn(), r.start());
    if (missing.isPresent()) {
      return withoutNotice(f, c, missing.getAsInt(), required);
    }
    long lead = calendar.workingDaysBetween(r.appliedOn(), r.start());
    Verdict verdict = lead < required ? Verdict.VIOLATED : Verdict.AWAITING;
    if (c.explaining()) {
      WorkingCalendar.recordUse(c, r.appliedOn(), r.start());
      explainLead(f, c, lead, required, decisionDays);
    }
    return verdict;
  }

  /** A4's reason for a request with a lead time counted in working days. */
  private static void explainLead(
      Facts f, RuleContext c, long lead, int required, int decisionDays) {
    TaskRequest r = f.request;
    ComparedValue leadValue = ComparedValue.of("lead time 提前申请工作日", lead, "≥ " + required);
    if (lead < required) {
      c.because(
          Text.of(
              "清单外事项仅提前 "
                  + lead
                  + " 个工作日申请（"
                  + r.appliedOn()
                  + " 申请，"
                  + r.start()
                  + " 开始），应至少提前 "
                  + required
                  + " 个工作日",
              "unlisted work applied for only "
                  + lead
                  + " working days ahead (applied "
                  + r.appliedOn()
                  + ", start "
                  + r.start()
                  + "); at least "
                  + required
                  + " required"),
          leadValue);
      return;
    }
    LocalDate due;
    try {
      due = f.policy.calendar().plusWorkingDays(r.appliedOn(), decisionDays);
    } catch (ParameterNotInForceException e) {
      Text gap = noNotice(e.asOf().getYear());
      c.because(
          Text.of(
              "清单外事项待社区建设领导小组审批；审批时限无法计算：" + gap.zh(),
              "unlisted work awaits the leadership group; its decision due date cannot be computed: "
                  + gap.en()),
          leadValue);
      return;
    }
    String overdue = c.asOf().isAfter(due) ? "（已逾期）" : "";
    String overdueEn = c.asOf().isAfter(due) ? " (overdue)" : "";
    c.because(
        Text.of(
            "清单外事项待社区建设领导小组审批，应于 " + due + " 前作出决定" + overdue,
            "unlisted work awaits the leadership group, which must decide by " + due + overdueEn),
        leadValue,
        ComparedValue.of(
            "decision due 审批时限", due, decisionDays + " working days after application"));
  }

  /** "No holiday notice for {@code year}: add it to the policy", as A4 says it. */
  private static Text noNotice(int year) {
    return Text.of(
        "政策中没有 " + year + " 年节假日安排（国务院办公厅关于" + year + "年部分节假日安排的通知）：请补充到政策中",
        "no holiday notice for " + year + ": add it to the policy");
  }

  /**
   * A4 when the calendar lacks {@code year}: the lead time is counted in calendar days, which are
   * never fewer than working days — so a request that is short even in calendar days is refused
   * whatever the missing notice says, and one that is not waits until the policy has the notice.
   */
  private static Verdict withoutNotice(Facts f, RuleContext c, int year, int required) {
    TaskRequest r = f.request;
    long days = ChronoUnit.DAYS.between(r.appliedOn(), r.start());
    boolean short_ = days < required;
    if (c.explaining()) {
      ComparedValue leadValue =
          ComparedValue.of(
              "lead time 提前申请（日历日，无" + year + "年节假日安排）", days, "≥ " + required + " working days");
      Text gap = noNotice(year);
      c.because(
          short_
              ? Text.of(
                  "清单外事项仅提前 "
                      + days
                      + " 个日历日申请（"
                      + r.appliedOn()
                      + " 申请，"
                      + r.start()
                      + " 开始），无论节假日如何安排都不足 "
                      + required
                      + " 个工作日；另："
                      + gap.zh(),
                  "unlisted work applied for only "
                      + days
                      + " calendar days ahead (applied "
                      + r.appliedOn()
                      + ", start "
                      + r.start()
                      + "): fewer than "
                      + required
                      + " working days whatever the holidays; also, "
                      + gap.en())
              : Text.of(
                  gap.zh() + "；补充前无法按工作日计算提前申请期限，申请待定",
                  gap.en()
                      + "; until then the lead time cannot be counted in working days and the"
                      + " request waits"),
          leadValue);
    }
    return short_ ? Verdict.VIOLATED : Verdict.AWAITING;
  }

  /** A4 for a request the leadership group has acted on: the last step on or before the day. */
  private static Verdict approval(ApprovalStep step, RuleContext c) {
    boolean admitted =
        step.action() == ApprovalAction.APPROVED && !c.asOf().isAfter(step.endDate().orElseThrow());
    if (c.explaining()) {
      explainApproval(step, c);
    }
    return admitted ? Verdict.SATISFIED : Verdict.VIOLATED;
  }

  private static void explainApproval(ApprovalStep step, RuleContext c) {
    String who = step.by() + " " + step.on();
    switch (step.action()) {
      case REJECTED ->
          c.because(
              Text.of("领导小组不予批准（" + who + "）", "rejected by the leadership group (" + who + ")"));
      case REVOKED -> c.because(Text.of("准入已撤销（" + who + " 起）", "admission revoked (" + who + ")"));
      case APPROVED -> {
        LocalDate until = step.endDate().orElseThrow();
        ComparedValue end = ComparedValue.of("temporary until 临时准入至", until, "≥ " + c.asOf());
        c.because(
            c.asOf().isAfter(until)
                ? Text.of("临时准入已于 " + until + " 到期", "the temporary admission ended on " + until)
                : Text.of(
                    "经领导小组批准（" + who + "），作为临时事项准入至 " + until,
                    "approved by the leadership group ("
                        + who
                        + ") as a temporary item until "
                        + until),
            end);
      }
    }
  }

  private static Verdict channel(Facts f, RuleContext c) {
    Channel channel = f.request.channel();
    if (!f.accessCase.streetOffice()) {
      return districtChannel(f, c, channel);
    }
    boolean throughStreet = channel == Channel.STREET_OFFICE;
    if (c.explaining()) {
      c.because(
          throughStreet
              ? THROUGH_STREET
              : Text.of(
                  f.request.department() + " 绕过街道办事处直接向社区下派",
                  f.request.department()
                      + " assigns the work directly, bypassing the street office"),
          ComparedValue.of("channel 下派渠道", channel.label(), Channel.STREET_OFFICE.label()));
    }
    return throughStreet ? Verdict.SATISFIED : Verdict.VIOLATED;
  }

  /**
   * A5 where the community's street office has been abolished on the day: the work reaches it
   * through the district's unified deployment instead, as the abolition reported in seed report 000
   * arranged.
   */
  private static Verdict districtChannel(Facts f, RuleContext c, Channel channel) {
    boolean deployed = channel == Channel.DISTRICT;
    if (c.explaining()) {
      c.cite(NO_STREET_OFFICE);
      c.because(
          deployed
              ? Text.of(
                  "街道办事处已撤销，经区统一部署下派",
                  "no street office: assigned through the district's unified deployment")
              : Text.of(
                  "街道办事处已撤销，" + f.request.department() + " 未经区统一部署（" + channel.label().zh() + "）",
                  "no street office, and "
                      + f.request.department()
                      + " did not go through the district's unified deployment ("
                      + channel.label().en()
                      + ")"),
          ComparedValue.of("channel 下派渠道", channel.label(), Channel.DISTRICT.label()));
    }
    return deployed ? Verdict.SATISFIED : Verdict.VIOLATED;
  }

  private static final Citation NO_STREET_OFFICE =
      Citation.of("芜湖市社区建设工作报告（种子报告000，撤销街道办事处试点）", "南瑞街道办事处正式撤销，南瑞三个社区居委会直接与区政府相关职能部门进行对接");

  private static Verdict prohibitedKind(Facts f, RuleContext c) {
    if (!f.policy.prohibitsAnythingOn(c.asOf())) {
      return c.notApplicable(NO_PROHIBITIONS);
    }
    boolean prohibited = f.policy.prohibits(f.request, f.item, c.asOf());
    if (c.explaining()) {
      explainProhibited(f, c, prohibited);
    }
    return prohibited ? Verdict.VIOLATED : Verdict.SATISFIED;
  }

  /** A6's reason: every kind that covers the request, each with how it does. */
  private static void explainProhibited(Facts f, RuleContext c, boolean prohibited) {
    if (!prohibited) {
      c.because(NOT_PROHIBITED);
      return;
    }
    List<ProhibitionCover> covers = f.policy.prohibitionsOf(f.request, f.item, c.asOf());
    List<String> zh = new ArrayList<>(covers.size());
    List<String> en = new ArrayList<>(covers.size());
    for (ProhibitionCover cover : covers) {
      ProhibitedKind kind = cover.kind();
      c.cite(kind.citation());
      zh.add(kind.code() + "「" + kind.title() + "」（" + cover.how().zh() + "）");
      en.add(kind.code() + " \"" + kind.title() + "\" (" + cover.how().en() + ")");
    }
    c.because(
        Text.of(
            "属禁止类事项：" + String.join("、", zh), "prohibited kind of work: " + String.join("; ", en)));
  }

  private static Verdict emergency(Facts f, RuleContext c) {
    TaskRequest r = f.request;
    if (r.kind() != TaskKind.EMERGENCY) {
      return c.notApplicable(NOT_EMERGENCY);
    }
    int max = c.use(AccessParameters.EMERGENCY_MAX_DAYS);
    LocalDate end = r.end();
    if (end == null) {
      if (c.explaining()) {
        c.because(
            Text.of("应急事项未设定结束日期", "an emergency task must state its end date"),
            ComparedValue.of("duration 期限", "open-ended 未限定", "≤ " + max + " days"));
      }
      return Verdict.VIOLATED;
    }
    long days = ChronoUnit.DAYS.between(r.start(), end) + 1;
    boolean withinLimit = days <= max;
    if (c.explaining()) {
      c.because(
          withinLimit
              ? Text.of(
                  "应急事项，豁免准入程序（A3、A4、A5），登记在案，至 " + end + " 止",
                  "emergency: exempt from the admission procedure (A3, A4, A5), recorded, until "
                      + end)
              : Text.of(
                  "应急事项期限 " + days + " 日，超过 " + max + " 日",
                  "the emergency runs " + days + " days, more than " + max),
          ComparedValue.of("duration 期限（日）", days, "≤ " + max));
    }
    return withinLimit ? Verdict.SATISFIED : Verdict.VIOLATED;
  }

  private static Verdict certificates(Facts f, RuleContext c) {
    List<String> demanded = f.request.certificates();
    if (demanded.isEmpty()) {
      return c.notApplicable(NO_CERTIFICATES);
    }
    boolean allListed = true;
    for (int i = 0; i < demanded.size(); i++) { // indexed, as in lastApprovalStep
      String code = demanded.get(i);
      WorkItem item = f.policy.item(code, c.asOf());
      if (item != null && isCertificate(item)) {
        c.cite(item.basis());
      } else {
        allListed = false;
      }
    }
    if (c.explaining()) {
      List<String> unlisted =
          demanded.stream().filter(code -> !isCertificate(f.policy.item(code, c.asOf()))).toList();
      c.because(
          allListed
              ? Text.of("所要求证明均在证明事项清单内", "every certificate demanded is on the certificate list")
              : Text.of(
                  "证明事项清单外的证明：" + String.join("、", unlisted),
                  "certificates not on the list: " + String.join(", ", unlisted)),
          ComparedValue.of("certificates 证明", demanded, "on the certificate list 证明事项清单内"));
    }
    return allListed ? Verdict.SATISFIED : Verdict.VIOLATED;
  }

  /** Whether {@code item} (null: no item has the code that day) is on the certificate list. */
  private static boolean isCertificate(@org.jspecify.annotations.Nullable WorkItem item) {
    return item != null && item.list() == AccessList.CERTIFICATE;
  }

  private static Verdict inspections(Facts f, RuleContext c) {
    List<Inspection> inspections = f.request.inspections();
    if (inspections.isEmpty()) {
      return c.notApplicable(NO_INSPECTIONS);
    }
    int separate = 0;
    for (int i = 0; i < inspections.size(); i++) { // indexed, as in lastApprovalStep
      if (!inspections.get(i).unifiedByStreetOffice()) {
        separate++;
      }
    }
    if (separate > 0) {
      if (c.explaining()) {
        explainSeparate(inspections, c, separate);
      }
      return Verdict.VIOLATED;
    }
    Integer cap = c.find(AccessParameters.INSPECTIONS_PER_YEAR).orElse(null);
    if (cap == null) {
      return c.satisfied(UNIFIED);
    }
    int total = f.inspectionsThisYear + inspections.size();
    if (c.explaining()) {
      explainCap(f, c, total, cap);
    }
    return total <= cap ? Verdict.SATISFIED : Verdict.VIOLATED;
  }

  private static void explainSeparate(List<Inspection> inspections, RuleContext c, int count) {
    List<String> separate = new ArrayList<>(count);
    for (Inspection inspection : inspections) {
      if (!inspection.unifiedByStreetOffice()) {
        separate.add(inspection.title());
      }
    }
    c.because(
        Text.of(
            "部门自行组织的检查考核：" + String.join("、", separate) + "（应由街道统一组织）",
            "inspections the department would run on its own: "
                + String.join(", ", separate)
                + " (the street office unifies them)"),
        ComparedValue.of("separate inspections 自行检查", count, 0));
  }

  private static void explainCap(Facts f, RuleContext c, int total, int cap) {
    String department = f.request.department();
    ComparedValue compared =
        ComparedValue.of(
            "inspections by " + department + " in " + f.request.start().getYear() + " 年度检查次数",
            total,
            "≤ " + cap);
    c.because(
        total <= cap
            ? Text.of("检查考核由街道统一组织，且未超过年度上限", "inspections are unified and within the yearly cap")
            : Text.of(
                department + " 本年度对该社区检查考核将达 " + total + " 次，超过上限 " + cap + " 次",
                department
                    + " would inspect this community "
                    + total
                    + " times this year, above the cap of "
                    + cap),
        compared);
  }

  private static Verdict forms(Facts f, RuleContext c) {
    List<String> forms = f.request.forms();
    if (forms.isEmpty()) {
      return c.notApplicable(NO_FORMS);
    }
    boolean allApproved = true;
    for (int i = 0; i < forms.size(); i++) { // indexed, as in lastApprovalStep
      String code = forms.get(i);
      ApprovedForm form = f.policy.form(code, c.asOf());
      if (form != null) {
        c.cite(form.citation());
      } else {
        allApproved = false;
      }
    }
    if (c.explaining()) {
      List<String> unapproved =
          forms.stream().filter(code -> f.policy.form(code, c.asOf()) == null).toList();
      c.because(
          allApproved
              ? Text.of("所需报表台账均已审批", "every form and ledger is approved")
              : Text.of(
                  "未经审批的报表台账：" + String.join("、", unapproved),
                  "forms or ledgers without approval: " + String.join(", ", unapproved)),
          ComparedValue.of("forms 报表台账", forms, "approved 已审批"));
    }
    return allApproved ? Verdict.SATISFIED : Verdict.VIOLATED;
  }

  // ---- combining -------------------------------------------------------------------------------

  /**
   * The combination documented on {@link AccessOutcome}, for verdicts from anywhere (tests combine
   * shuffled results with it); the rule set uses {@link #COMBINATION} prepared for its rules.
   */
  static Combiner.Combined<AccessOutcome> combine(Verdicts verdicts) {
    return COMBINATION.combine(verdicts);
  }

  // ---- helpers ---------------------------------------------------------------------------------

  private static Rule<Facts> rule(
      String id,
      String zh,
      String en,
      Map<String, EffectivePeriod> periods,
      List<Citation> citations,
      Rule.Check<Facts> check) {
    return Rule.of(
        id, Text.of(zh, en), citations, periods.getOrDefault(id, EffectivePeriod.always()), check);
  }

  private static String missing(TaskRequest r, String authority, String funding, String and) {
    if (!r.authorityAttached() && !r.fundingAttached()) {
      return authority + and + funding;
    }
    return r.authorityAttached() ? funding : authority;
  }

  /** A case with its list item looked up once, shared by every rule of one evaluation. */
  static final class Facts {
    final AccessPolicy policy;
    final TaskRequest request;
    final AccessCase accessCase;
    final int inspectionsThisYear;
    final @org.jspecify.annotations.Nullable WorkItem item;
    final LocalDate asOf;

    Facts(AccessPolicy policy, AccessCase accessCase, LocalDate asOf) {
      this.policy = policy;
      this.accessCase = accessCase;
      this.request = accessCase.request();
      this.inspectionsThisYear = accessCase.inspectionsThisYear();
      this.asOf = asOf;
      String code = request.itemCode();
      this.item = code == null ? null : policy.item(code, asOf);
    }

    ItemTexts texts() {
      return policy.texts(item());
    }

    /** The list item, for rules that have checked there is one. */
    WorkItem item() {
      return java.util.Objects.requireNonNull(item);
    }

    String subject() {
      return request.id() + " → " + accessCase.community();
    }

    Text noItemReason() {
      String code = request.itemCode();
      return code == null
          ? NO_ITEM
          : Text.of(
              "事项编码 " + code + " 在 " + asOf + " 不在本政策任何清单中",
              "item code " + code + " is on no list of this policy on " + asOf);
    }

    @org.jspecify.annotations.Nullable
    ApprovalStep lastApprovalStep(LocalDate day) {
      ApprovalStep last = null;
      List<ApprovalStep> steps = accessCase.approvals();
      for (int i = 0; i < steps.size(); i++) { // indexed: an iterator here was not optimised away
        ApprovalStep step = steps.get(i);
        if (!step.on().isAfter(day) && (last == null || step.sequence() > last.sequence())) {
          last = step;
        }
      }
      return last;
    }
  }
}
