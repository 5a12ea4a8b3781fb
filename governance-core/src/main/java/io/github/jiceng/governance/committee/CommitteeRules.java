package io.github.jiceng.governance.committee;

import static io.github.jiceng.governance.committee.CommitteeKind.RESIDENTS;
import static io.github.jiceng.governance.committee.CommitteeKind.VILLAGERS;

import io.github.jiceng.governance.internal.Checks;
import io.github.jiceng.governance.policy.ComparedValue;
import io.github.jiceng.governance.policy.Compliance;
import io.github.jiceng.governance.policy.Decision;
import io.github.jiceng.governance.policy.IntRange;
import io.github.jiceng.governance.policy.ParameterKey;
import io.github.jiceng.governance.policy.Policy;
import io.github.jiceng.governance.policy.Rule;
import io.github.jiceng.governance.policy.RuleContext;
import io.github.jiceng.governance.policy.RuleSet;
import io.github.jiceng.governance.policy.Text;
import io.github.jiceng.governance.policy.Threshold;
import io.github.jiceng.governance.policy.Verdict;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The rules of the committee laws, evaluated as of a date under a {@link Policy} whose parameters
 * are those of {@link CommitteeLaw}. Each check returns a {@link Decision} that names every rule,
 * its verdict, the values compared, the parameter version used and its citation.
 *
 * <p>Rule ids: {@code RC-HOUSEHOLDS}, {@code COMMITTEE-MEMBERS}, {@code COMMITTEE-DIRECTOR}, {@code
 * COMMITTEE-TERM-LENGTH}, {@code COMMITTEE-TERM-CURRENT} (committees); {@code MEETING-QUORUM},
 * {@code MEETING-MAJORITY}, {@code VC-MEETING-NOTICE} (meetings); {@code CONVENING-THRESHOLD}
 * (requests to convene); {@code VRM-SIZE}, {@code VRM-VILLAGER-SHARE}, {@code VRM-WOMEN-SHARE}
 * (representative meetings).
 */
public final class CommitteeRules {
  private CommitteeRules() {}

  /** The rules a committee must satisfy. */
  public static final RuleSet<Committee, Compliance> COMMITTEE =
      new RuleSet<>(
          "committee-law",
          List.of(
              Rule.of(
                  "RC-HOUSEHOLDS",
                  Text.of(
                      "居委会管辖户数在法定范围内",
                      "a residents' committee covers the lawful number of households"),
                  List.of(),
                  CommitteeRules::households),
              Rule.of(
                  "COMMITTEE-MEMBERS",
                  Text.of("委员会成员人数在法定范围内", "the committee has the lawful number of members"),
                  List.of(),
                  CommitteeRules::memberCount),
              Rule.of(
                  "COMMITTEE-DIRECTOR",
                  Text.of("委员会有且只有一名主任", "the committee has exactly one director"),
                  List.of(),
                  CommitteeRules::director),
              Rule.of(
                  "COMMITTEE-TERM-LENGTH",
                  Text.of("届期不超过法定任期", "the term is no longer than the law allows"),
                  List.of(),
                  CommitteeRules::termLength),
              Rule.of(
                  "COMMITTEE-TERM-CURRENT",
                  Text.of("委员会在任期内（未逾期换届）", "the committee's term has not run out"),
                  List.of(),
                  CommitteeRules::termCurrent)),
          Compliance.combiner());

  /** The rules a meeting and its decision must satisfy. */
  public static final RuleSet<Meeting, Compliance> MEETING =
      new RuleSet<>(
          "meeting-rules",
          List.of(
              Rule.of(
                  "MEETING-QUORUM",
                  Text.of("会议出席人数达到法定要求", "enough attended for the meeting to be held"),
                  List.of(),
                  CommitteeRules::quorum),
              Rule.of(
                  "MEETING-MAJORITY",
                  Text.of("决定经出席人员法定多数通过", "the decision won the lawful majority of those present"),
                  List.of(),
                  CommitteeRules::majority),
              Rule.of(
                  "VC-MEETING-NOTICE",
                  Text.of("村民会议提前通知", "a villagers' meeting was announced in time"),
                  List.of(),
                  CommitteeRules::notice)),
          Compliance.combiner());

  /** The rule deciding whether a request obliges the committee to convene a meeting. */
  public static final RuleSet<ConveningRequest, ConveningOutcome> CONVENING =
      new RuleSet<>(
          "convening-rules",
          List.of(
              Rule.of(
                  "CONVENING-THRESHOLD",
                  Text.of("提议人数达到应当召集的比例", "enough asked for the meeting to be convened"),
                  List.of(),
                  CommitteeRules::convening)),
          ConveningOutcome.combiner());

  /** The rules on the composition of a villagers' representative meeting. */
  public static final RuleSet<RepresentativeAssembly, Compliance> REPRESENTATIVE_ASSEMBLY =
      new RuleSet<>(
          "representative-meeting-rules",
          List.of(
              Rule.of(
                  "VRM-SIZE",
                  Text.of("村民代表人数与户数相称", "one representative per the lawful number of households"),
                  List.of(),
                  CommitteeRules::representativeCount),
              Rule.of(
                  "VRM-VILLAGER-SHARE",
                  Text.of("村民代表占组成人员的法定比例", "villagers' representatives make up the lawful share"),
                  List.of(),
                  (a, c) ->
                      share(
                          c,
                          CommitteeLaw.REPRESENTATIVES_VILLAGER_SHARE,
                          "villager representatives",
                          a.villagerRepresentatives(),
                          a.members())),
              Rule.of(
                  "VRM-WOMEN-SHARE",
                  Text.of("妇女代表占组成人员的法定比例", "women make up the lawful share"),
                  List.of(),
                  (a, c) ->
                      share(
                          c,
                          CommitteeLaw.REPRESENTATIVES_WOMEN_SHARE,
                          "women",
                          a.women(),
                          a.members()))),
          Compliance.combiner());

  /** Checks a committee against the committee law in force on {@code asOf}. */
  public static Decision<Compliance> checkCommittee(
      Committee committee, Policy policy, LocalDate asOf) {
    Checks.required(committee, "CommitteeRules.checkCommittee", "committee");
    Checks.required(policy, "CommitteeRules.checkCommittee", "policy");
    Checks.required(asOf, "CommitteeRules.checkCommittee", "asOf");
    return COMMITTEE.evaluate(committee.name(), committee, policy, asOf);
  }

  /** Checks a meeting and its decision against the law in force on the meeting day. */
  public static Decision<Compliance> checkMeeting(Meeting meeting, Policy policy) {
    Checks.required(meeting, "CommitteeRules.checkMeeting", "meeting");
    Checks.required(policy, "CommitteeRules.checkMeeting", "policy");
    return MEETING.evaluate(
        meeting.kind().label().zh() + " " + meeting.date(), meeting, policy, meeting.date());
  }

  /** Decides whether a request obliges the committee to convene, as of {@code asOf}. */
  public static Decision<ConveningOutcome> checkConvening(
      ConveningRequest request, Policy policy, LocalDate asOf) {
    Checks.required(request, "CommitteeRules.checkConvening", "request");
    Checks.required(policy, "CommitteeRules.checkConvening", "policy");
    Checks.required(asOf, "CommitteeRules.checkConvening", "asOf");
    return CONVENING.evaluate("提议召集" + request.kind().label().zh(), request, policy, asOf);
  }

  /** Checks the composition of a villagers' representative meeting as of {@code asOf}. */
  public static Decision<Compliance> checkRepresentativeAssembly(
      RepresentativeAssembly assembly, Policy policy, LocalDate asOf) {
    Checks.required(assembly, "CommitteeRules.checkRepresentativeAssembly", "assembly");
    Checks.required(policy, "CommitteeRules.checkRepresentativeAssembly", "policy");
    Checks.required(asOf, "CommitteeRules.checkRepresentativeAssembly", "asOf");
    return REPRESENTATIVE_ASSEMBLY.evaluate(
        MeetingKind.VILLAGERS_REPRESENTATIVE_MEETING.label().zh(), assembly, policy, asOf);
  }

  // ---- committee rules ----

  private static Verdict households(Committee committee, RuleContext context) {
    if (committee.kind() != RESIDENTS) {
      return context.notApplicable(Text.of("仅适用于居民委员会", "applies to residents' committees only"));
    }
    IntRange range = context.use(CommitteeLaw.RESIDENTS_HOUSEHOLDS);
    int households = committee.households();
    boolean ok = range.contains(households);
    return context.check(
        ok,
        Text.of(
            households + " 户" + (ok ? "在" : "不在") + " " + range + " 户范围内",
            households + " households is " + (ok ? "within" : "outside") + " " + range),
        ComparedValue.of("households", households, range));
  }

  private static Verdict memberCount(Committee committee, RuleContext context) {
    IntRange range =
        context.use(
            committee.kind() == RESIDENTS
                ? CommitteeLaw.RESIDENTS_MEMBERS
                : CommitteeLaw.VILLAGERS_MEMBERS);
    int members = committee.membersInOffice(context.asOf()).size();
    boolean ok = range.contains(members);
    return context.check(
        ok,
        Text.of(
            "在任成员 " + members + " 人，法定 " + range + " 人",
            members + " members in office; the law requires " + range),
        ComparedValue.of("members in office", members, range));
  }

  private static Verdict director(Committee committee, RuleContext context) {
    long directors =
        committee.membersInOffice(context.asOf()).stream()
            .filter(m -> m.role() == CommitteeRole.DIRECTOR)
            .count();
    return context.check(
        directors == 1,
        Text.of("在任主任 " + directors + " 名", directors + " director(s) in office"),
        ComparedValue.of("directors in office", directors, 1));
  }

  private static Verdict termLength(Committee committee, RuleContext context) {
    Term term = committee.term();
    // A term is judged by the law in force when it began, not by a later change of the law.
    ParameterKey<Integer> key =
        committee.kind() == VILLAGERS
            ? CommitteeLaw.VILLAGERS_TERM_YEARS
            : CommitteeLaw.RESIDENTS_TERM_YEARS;
    int years = context.use(key, term.start());
    boolean ok = term.fitsWithinYears(years);
    return context.check(
        ok,
        Text.of(
            "届期 " + term + "，" + term.start() + " 时法定每届任期 " + years + " 年",
            "term " + term + "; on " + term.start() + " the law set a term of " + years + " years"),
        ComparedValue.of(
            "last day of term", term.end(), "before " + term.start().plusYears(years)));
  }

  private static Verdict termCurrent(Committee committee, RuleContext context) {
    return committee.term().checkCurrent(context);
  }

  // ---- meeting rules ----

  private static Verdict quorum(Meeting meeting, RuleContext context) {
    if (meeting.kind() == MeetingKind.RESIDENTS_REPRESENTATIVE_MEETING) {
      Verdict unknown =
          residentsRepresentativeGap(
              context, CommitteeLaw.RESIDENTS_REPRESENTATIVE_MEETING_QUORUM, "出席要求", "quorum");
      if (unknown != null) {
        return unknown;
      }
    }
    Threshold threshold = context.use(quorumKey(meeting));
    return thresholdResult(
        context,
        threshold,
        meeting.present(),
        meeting.eligible(),
        "attending " + meeting.basis().name().toLowerCase(java.util.Locale.ROOT),
        Text.of("出席", "attended"));
  }

  private static ParameterKey<Threshold> quorumKey(Meeting meeting) {
    return switch (meeting.kind()) {
      case RESIDENTS_MEETING -> CommitteeLaw.RESIDENTS_MEETING_QUORUM;
      case VILLAGERS_MEETING ->
          meeting.basis() == AttendanceBasis.HOUSEHOLDS
              ? CommitteeLaw.VILLAGERS_MEETING_QUORUM_HOUSEHOLDS
              : CommitteeLaw.VILLAGERS_MEETING_QUORUM_ADULTS;
      case RESIDENTS_REPRESENTATIVE_MEETING -> CommitteeLaw.RESIDENTS_REPRESENTATIVE_MEETING_QUORUM;
      case VILLAGERS_REPRESENTATIVE_MEETING -> CommitteeLaw.REPRESENTATIVE_MEETING_QUORUM;
    };
  }

  /**
   * Why a rule of a residents' representative meeting cannot be judged, or null if it can: before
   * 2026-01-01 the law had no such meeting; after, the policy may lack the number, which the
   * library does not supply because it has not found the article that sets it.
   */
  private static @org.jspecify.annotations.Nullable Verdict residentsRepresentativeGap(
      RuleContext context, ParameterKey<Threshold> key, String zh, String en) {
    context.cite(CommitteeLaw.RESIDENTS_REPRESENTATIVE_MEETING_SOURCE);
    LocalDate since = CommitteeLaw.RESIDENTS_REPRESENTATIVE_MEETING_SINCE;
    if (context.asOf().isBefore(since)) {
      return context.notApplicable(
          Text.of(
              "居民代表会议自 " + since + " 起（2025年修订）才入法，" + context.asOf() + " 尚无此会议",
              "the residents' representative meeting is in the law from "
                  + since
                  + " (2025 revision); there was none on "
                  + context.asOf()));
    }
    if (context.policy().findValue(key, context.asOf()) == null) {
      return context.notApplicable(
          Text.of(
              "本政策未设居民代表会议"
                  + zh
                  + "（参数 "
                  + key.id()
                  + "）；2025年修订第二条设立该会议，但本库未查到规定其"
                  + zh
                  + "的条文，不作推定：请在政策中设置并注明出处",
              "the policy sets no "
                  + en
                  + " of a residents' representative meeting (parameter "
                  + key.id()
                  + "); the 2025 revision establishes the meeting (art. 2) but the library has not found the article"
                  + " setting its "
                  + en
                  + " and does not guess one: set it in your policy with its citation"));
    }
    return null;
  }

  private static Verdict majority(Meeting meeting, RuleContext context) {
    ParameterKey<Threshold> key =
        switch (meeting.kind()) {
          case RESIDENTS_MEETING -> CommitteeLaw.RESIDENTS_MEETING_MAJORITY;
          case RESIDENTS_REPRESENTATIVE_MEETING ->
              CommitteeLaw.RESIDENTS_REPRESENTATIVE_MEETING_MAJORITY;
          case VILLAGERS_MEETING -> CommitteeLaw.VILLAGERS_MEETING_MAJORITY;
          case VILLAGERS_REPRESENTATIVE_MEETING -> CommitteeLaw.REPRESENTATIVE_MEETING_MAJORITY;
        };
    if (meeting.present() == 0) {
      return context.notApplicable(Text.of("无人出席，未表决", "nobody attended; no vote was taken"));
    }
    if (meeting.kind() == MeetingKind.RESIDENTS_REPRESENTATIVE_MEETING) {
      Verdict unknown = residentsRepresentativeGap(context, key, "表决通过要求", "majority");
      if (unknown != null) {
        return unknown;
      }
    }
    Threshold threshold = context.use(key);
    return thresholdResult(
        context,
        threshold,
        meeting.votesFor(),
        meeting.present(),
        "votes for",
        Text.of("赞成", "voted for"));
  }

  private static Verdict notice(Meeting meeting, RuleContext context) {
    if (meeting.kind() != MeetingKind.VILLAGERS_MEETING) {
      return context.notApplicable(Text.of("仅适用于村民会议", "applies to villagers' meetings only"));
    }
    int days = context.use(CommitteeLaw.VILLAGERS_MEETING_NOTICE_DAYS);
    LocalDate latest = meeting.date().minusDays(days);
    if (meeting.notice().isEmpty()) {
      return context.violated(
          Text.of("未记录通知日期", "no notice is recorded"),
          ComparedValue.of("notice date", "none", "on or before " + latest));
    }
    LocalDate given = meeting.notice().get();
    long daysAhead = ChronoUnit.DAYS.between(given, meeting.date());
    boolean ok = !given.isAfter(latest);
    return context.check(
        ok,
        Text.of(
            "提前 " + daysAhead + " 天通知，法定至少 " + days + " 天",
            "notice given " + daysAhead + " days ahead; the law requires " + days),
        ComparedValue.of("notice date", given, "on or before " + latest));
  }

  // ---- convening ----

  private static Verdict convening(ConveningRequest request, RuleContext context) {
    if (request.kind() == MeetingKind.RESIDENTS_REPRESENTATIVE_MEETING) {
      context.cite(CommitteeLaw.RESIDENTS_REPRESENTATIVE_MEETING_SOURCE);
      return context.notApplicable(
          Text.of(
              "本库未查到2025年修订中提议召集居民代表会议的比例，不作推定",
              "the library has not found the 2025 revision's threshold for requesting a residents' representative meeting"
                  + " and does not guess one"));
    }
    ParameterKey<Threshold> key = conveningKey(request);
    if (key == null) {
      return context.notApplicable(
          Text.of(
              "法律未规定以“" + request.basis().label().zh() + "”提议召集" + request.kind().label().zh(),
              "the law sets no threshold for "
                  + request.basis().label().en()
                  + " to request a "
                  + request.kind().label().en()));
    }
    Threshold threshold = context.use(key);
    return thresholdResult(
        context,
        threshold,
        request.requesting(),
        request.eligible(),
        "requesting",
        Text.of("提议", "asked"));
  }

  private static @org.jspecify.annotations.Nullable ParameterKey<Threshold> conveningKey(
      ConveningRequest request) {
    return switch (request.kind()) {
      case RESIDENTS_MEETING ->
          switch (request.basis()) {
            case ADULTS -> CommitteeLaw.RESIDENTS_CONVENING_ADULTS;
            case HOUSEHOLDS -> CommitteeLaw.RESIDENTS_CONVENING_HOUSEHOLDS;
            case GROUP_REPRESENTATIVES -> CommitteeLaw.RESIDENTS_CONVENING_GROUPS;
            case REPRESENTATIVES -> null;
          };
      case VILLAGERS_MEETING ->
          switch (request.basis()) {
            case ADULTS -> CommitteeLaw.VILLAGERS_CONVENING_ADULTS;
            case REPRESENTATIVES -> CommitteeLaw.VILLAGERS_CONVENING_REPRESENTATIVES;
            case HOUSEHOLDS, GROUP_REPRESENTATIVES -> null;
          };
      case VILLAGERS_REPRESENTATIVE_MEETING ->
          request.basis() == AttendanceBasis.REPRESENTATIVES
              ? CommitteeLaw.REPRESENTATIVE_CONVENING
              : null;
      case RESIDENTS_REPRESENTATIVE_MEETING -> null; // handled before: the article was not found
    };
  }

  // ---- representative meetings ----

  private static Verdict representativeCount(RepresentativeAssembly assembly, RuleContext context) {
    IntRange perRepresentative = context.use(CommitteeLaw.HOUSEHOLDS_PER_REPRESENTATIVE);
    int households = assembly.households();
    int representatives = assembly.villagerRepresentatives();
    // One representative per 5-15 households: households/15 <= representatives <= households/5.
    long fewest = ceilDiv(households, perRepresentative.max());
    long most = Math.max(fewest, households / perRepresentative.min());
    boolean ok = representatives >= fewest && representatives <= most;
    return context.check(
        ok,
        Text.of(
            households + " 户应有村民代表 " + fewest + "–" + most + " 名，实有 " + representatives + " 名",
            households
                + " households need "
                + fewest
                + "–"
                + most
                + " representatives; there are "
                + representatives),
        ComparedValue.of("villager representatives", representatives, fewest + "–" + most));
  }

  private static Verdict share(
      RuleContext context, ParameterKey<Threshold> key, String quantity, int part, int whole) {
    Threshold threshold = context.use(key);
    return thresholdResult(context, threshold, part, whole, quantity, Text.of("占", "are"));
  }

  private static Verdict thresholdResult(
      RuleContext context, Threshold threshold, long part, long whole, String quantity, Text verb) {
    boolean ok = threshold.isMetBy(part, whole);
    long needed = threshold.minimumOf(whole);
    return context.check(
        ok,
        Text.of(
            whole
                + " 人（户、组）中 "
                + part
                + " "
                + verb.zh()
                + "，要求"
                + threshold.describe().zh()
                + "（至少 "
                + needed
                + "）",
            part
                + " of "
                + whole
                + " "
                + verb.en()
                + "; the law requires "
                + threshold.describe().en()
                + " (at least "
                + needed
                + ")"),
        ComparedValue.of(
            quantity, part + "/" + whole, threshold.describe().en() + " (≥ " + needed + ")"));
  }

  private static long ceilDiv(long a, long b) {
    return (a + b - 1) / b;
  }
}
