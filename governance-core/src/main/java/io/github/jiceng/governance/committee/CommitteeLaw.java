package io.github.jiceng.governance.committee;

import io.github.jiceng.governance.internal.Checks;
import io.github.jiceng.governance.policy.Citation;
import io.github.jiceng.governance.policy.EffectivePeriod;
import io.github.jiceng.governance.policy.IntRange;
import io.github.jiceng.governance.policy.ParameterKey;
import io.github.jiceng.governance.policy.ParameterVersion;
import io.github.jiceng.governance.policy.Policy;
import io.github.jiceng.governance.policy.Text;
import io.github.jiceng.governance.policy.Threshold;
import java.time.LocalDate;

/**
 * The numbers of the two committee laws as policy parameters, with their national defaults:
 *
 * <ul>
 *   <li>《中华人民共和国城市居民委员会组织法》: the 1989 law (in force 1990-01-01, amended 2018-12-29) and the 2025
 *       revision (adopted 2025-10-28, in force 2026-01-01). The revision changes the households per
 *       committee from 100–700 to 1000–3000; numbers it does not restate (member count, quorum,
 *       convening) carry over until a city sets its own.
 *   <li>《中华人民共和国村民委员会组织法》: 1998 law, revised 2010, amended 2018-12-29 (terms from 3 to 5 years).
 * </ul>
 *
 * <p>Every value is a default: a city overrides it with {@link Policy.Builder#override} and its own
 * citation. The rules that read these parameters are in {@link CommitteeRules}.
 */
public final class CommitteeLaw {
  private CommitteeLaw() {}

  /** Every parameter key of the committee laws, for loaders that read parameters by id. */
  public static java.util.List<ParameterKey<?>> keys() {
    return java.util.List.of(
        RESIDENTS_HOUSEHOLDS,
        RESIDENTS_MEMBERS,
        RESIDENTS_TERM_YEARS,
        VILLAGERS_MEMBERS,
        VILLAGERS_TERM_YEARS,
        RESIDENTS_MEETING_QUORUM,
        RESIDENTS_MEETING_MAJORITY,
        VILLAGERS_MEETING_QUORUM_ADULTS,
        VILLAGERS_MEETING_QUORUM_HOUSEHOLDS,
        VILLAGERS_MEETING_MAJORITY,
        VILLAGERS_MEETING_NOTICE_DAYS,
        REPRESENTATIVE_MEETING_QUORUM,
        REPRESENTATIVE_MEETING_MAJORITY,
        RESIDENTS_REPRESENTATIVE_MEETING_QUORUM,
        RESIDENTS_REPRESENTATIVE_MEETING_MAJORITY,
        RESIDENTS_CONVENING_ADULTS,
        RESIDENTS_CONVENING_HOUSEHOLDS,
        RESIDENTS_CONVENING_GROUPS,
        VILLAGERS_CONVENING_ADULTS,
        VILLAGERS_CONVENING_REPRESENTATIVES,
        REPRESENTATIVE_CONVENING,
        HOUSEHOLDS_PER_REPRESENTATIVE,
        REPRESENTATIVES_VILLAGER_SHARE,
        REPRESENTATIVES_WOMEN_SHARE);
  }

  static final String RC_LAW_1989 = "《中华人民共和国城市居民委员会组织法》(1989年通过)";
  static final String RC_LAW_2018 = "《中华人民共和国城市居民委员会组织法》(1989年通过，2018年修正)";
  static final String RC_LAW_2025 = "《中华人民共和国城市居民委员会组织法》(2025年10月28日修订)";
  static final String VC_LAW_2010 = "《中华人民共和国村民委员会组织法》(1998年通过，2010年修订)";
  static final String VC_LAW_2018 = "《中华人民共和国村民委员会组织法》(1998年通过，2010年修订，2018年修正)";

  static final LocalDate RC_LAW_IN_FORCE = LocalDate.of(1990, 1, 1);
  static final LocalDate VC_LAW_IN_FORCE = LocalDate.of(1998, 11, 4);
  static final LocalDate REVISION_2010 = LocalDate.of(2010, 10, 28);
  static final LocalDate AMENDMENT_2018 = LocalDate.of(2018, 12, 29);
  static final LocalDate REVISION_2025_IN_FORCE = LocalDate.of(2026, 1, 1);

  /** Households a residents' committee covers (居委会设立规模). */
  public static final ParameterKey<IntRange> RESIDENTS_HOUSEHOLDS =
      ParameterKey.of(
          "committee.residents.households",
          IntRange.class,
          Text.of("居民委员会管辖户数", "households per residents' committee"));

  /** Members of a residents' committee, director and deputies included (主任、副主任和委员). */
  public static final ParameterKey<IntRange> RESIDENTS_MEMBERS =
      ParameterKey.of(
          "committee.residents.members",
          IntRange.class,
          Text.of("居民委员会成员人数", "members of a residents' committee"));

  /** Term of a residents' committee in years (每届任期). */
  public static final ParameterKey<Integer> RESIDENTS_TERM_YEARS =
      ParameterKey.of(
          "committee.residents.term-years",
          Integer.class,
          Text.of("居民委员会每届任期（年）", "term of a residents' committee in years"));

  /** Members of a villagers' committee. */
  public static final ParameterKey<IntRange> VILLAGERS_MEMBERS =
      ParameterKey.of(
          "committee.villagers.members",
          IntRange.class,
          Text.of("村民委员会成员人数", "members of a villagers' committee"));

  /** Term of a villagers' committee in years. */
  public static final ParameterKey<Integer> VILLAGERS_TERM_YEARS =
      ParameterKey.of(
          "committee.villagers.term-years",
          Integer.class,
          Text.of("村民委员会每届任期（年）", "term of a villagers' committee in years"));

  /** Attendance a residents' meeting needs, on any basis (过半数出席). */
  public static final ParameterKey<Threshold> RESIDENTS_MEETING_QUORUM =
      ParameterKey.of(
          "meeting.residents.quorum",
          Threshold.class,
          Text.of("居民会议出席要求", "quorum of a residents' meeting"));

  /** Votes a decision of a residents' meeting needs, of those present. */
  public static final ParameterKey<Threshold> RESIDENTS_MEETING_MAJORITY =
      ParameterKey.of(
          "meeting.residents.majority",
          Threshold.class,
          Text.of("居民会议决定通过要求", "majority for a decision of a residents' meeting"));

  /**
   * Attendance a residents' representative meeting needs (居民代表会议出席要求). No national default: the
   * 2025 revision establishes the meeting (art. 2), but the library has not found the text of the
   * article that sets its quorum, so it does not guess one; a city sets it with its own citation,
   * and until then {@code MEETING-QUORUM} reports itself not applicable and says why.
   */
  public static final ParameterKey<Threshold> RESIDENTS_REPRESENTATIVE_MEETING_QUORUM =
      ParameterKey.of(
          "meeting.residents-representatives.quorum",
          Threshold.class,
          Text.of("居民代表会议出席要求", "quorum of a residents' representative meeting"));

  /**
   * Votes a decision of a residents' representative meeting needs, of those present. No national
   * default, for the reason given on {@link #RESIDENTS_REPRESENTATIVE_MEETING_QUORUM}.
   */
  public static final ParameterKey<Threshold> RESIDENTS_REPRESENTATIVE_MEETING_MAJORITY =
      ParameterKey.of(
          "meeting.residents-representatives.majority",
          Threshold.class,
          Text.of(
              "居民代表会议决定通过要求", "majority for a decision of a residents' representative meeting"));

  /** The day the residents' representative meeting enters the law: the 2025 revision's effect. */
  public static final LocalDate RESIDENTS_REPRESENTATIVE_MEETING_SINCE = LocalDate.of(2026, 1, 1);

  /**
   * Where the 2025 revision establishes the residents' representative meeting (checked against the
   * published text); its quorum and majority article was not found.
   */
  public static final Citation RESIDENTS_REPRESENTATIVE_MEETING_SOURCE =
      Citation.of(
          "《中华人民共和国城市居民委员会组织法》(2025年10月28日修订)",
          "第二条第二款（居民委员会向居民会议、居民代表会议负责并报告工作）；出席与表决要求所在条文的文本未能查到");

  /** Attendance a villagers' meeting needs, counting adult villagers. */
  public static final ParameterKey<Threshold> VILLAGERS_MEETING_QUORUM_ADULTS =
      ParameterKey.of(
          "meeting.villagers.quorum.adults",
          Threshold.class,
          Text.of("村民会议出席要求（村民）", "quorum of a villagers' meeting, adult villagers"));

  /** Attendance a villagers' meeting needs, counting household representatives. */
  public static final ParameterKey<Threshold> VILLAGERS_MEETING_QUORUM_HOUSEHOLDS =
      ParameterKey.of(
          "meeting.villagers.quorum.households",
          Threshold.class,
          Text.of("村民会议出席要求（户的代表）", "quorum of a villagers' meeting, households"));

  /** Votes a decision of a villagers' meeting needs, of those present. */
  public static final ParameterKey<Threshold> VILLAGERS_MEETING_MAJORITY =
      ParameterKey.of(
          "meeting.villagers.majority",
          Threshold.class,
          Text.of("村民会议决定通过要求", "majority for a decision of a villagers' meeting"));

  /** Days of notice before a villagers' meeting (提前通知天数). */
  public static final ParameterKey<Integer> VILLAGERS_MEETING_NOTICE_DAYS =
      ParameterKey.of(
          "meeting.villagers.notice-days",
          Integer.class,
          Text.of("村民会议提前通知天数", "days of notice before a villagers' meeting"));

  /** Attendance a villagers' representative meeting needs. */
  public static final ParameterKey<Threshold> REPRESENTATIVE_MEETING_QUORUM =
      ParameterKey.of(
          "meeting.villager-representatives.quorum",
          Threshold.class,
          Text.of("村民代表会议出席要求", "quorum of a villagers' representative meeting"));

  /** Votes a decision of a villagers' representative meeting needs, of those present. */
  public static final ParameterKey<Threshold> REPRESENTATIVE_MEETING_MAJORITY =
      ParameterKey.of(
          "meeting.villager-representatives.majority",
          Threshold.class,
          Text.of("村民代表会议决定通过要求", "majority for a decision of a representative meeting"));

  /** Share of adult residents whose request obliges a residents' committee to convene. */
  public static final ParameterKey<Threshold> RESIDENTS_CONVENING_ADULTS =
      ParameterKey.of(
          "convening.residents.adults",
          Threshold.class,
          Text.of("提议召集居民会议（居民）", "request to convene a residents' meeting, adults"));

  /** Share of households whose request obliges a residents' committee to convene. */
  public static final ParameterKey<Threshold> RESIDENTS_CONVENING_HOUSEHOLDS =
      ParameterKey.of(
          "convening.residents.households",
          Threshold.class,
          Text.of("提议召集居民会议（户）", "request to convene a residents' meeting, households"));

  /** Share of residents' groups whose request obliges a residents' committee to convene. */
  public static final ParameterKey<Threshold> RESIDENTS_CONVENING_GROUPS =
      ParameterKey.of(
          "convening.residents.groups",
          Threshold.class,
          Text.of("提议召集居民会议（居民小组）", "request to convene a residents' meeting, groups"));

  /** Share of villagers whose request obliges a villagers' committee to convene. */
  public static final ParameterKey<Threshold> VILLAGERS_CONVENING_ADULTS =
      ParameterKey.of(
          "convening.villagers.adults",
          Threshold.class,
          Text.of("提议召集村民会议（村民）", "request to convene a villagers' meeting, villagers"));

  /** Share of villagers' representatives whose request obliges a villagers' meeting. */
  public static final ParameterKey<Threshold> VILLAGERS_CONVENING_REPRESENTATIVES =
      ParameterKey.of(
          "convening.villagers.representatives",
          Threshold.class,
          Text.of("提议召集村民会议（村民代表）", "request to convene a villagers' meeting, representatives"));

  /** Share of representatives whose request obliges a representative meeting. */
  public static final ParameterKey<Threshold> REPRESENTATIVE_CONVENING =
      ParameterKey.of(
          "convening.villager-representatives.representatives",
          Threshold.class,
          Text.of("提议召集村民代表会议", "request to convene a representative meeting"));

  /** Households one villagers' representative stands for (每五户至十五户推选一人). */
  public static final ParameterKey<IntRange> HOUSEHOLDS_PER_REPRESENTATIVE =
      ParameterKey.of(
          "representatives.households-per-representative",
          IntRange.class,
          Text.of("每名村民代表对应户数", "households per villagers' representative"));

  /** Share of a representative meeting that must be elected villagers' representatives. */
  public static final ParameterKey<Threshold> REPRESENTATIVES_VILLAGER_SHARE =
      ParameterKey.of(
          "representatives.villager-share",
          Threshold.class,
          Text.of("村民代表占比", "share of villagers' representatives"));

  /** Share of a representative meeting that must be women. */
  public static final ParameterKey<Threshold> REPRESENTATIVES_WOMEN_SHARE =
      ParameterKey.of(
          "representatives.women-share", Threshold.class, Text.of("妇女代表占比", "share of women"));

  /** Adds the national defaults of both committee laws to {@code policy}. */
  public static Policy.Builder addNationalDefaults(Policy.Builder policy) {
    Checks.required(policy, "CommitteeLaw.addNationalDefaults", "policy");
    EffectivePeriod rcLaw = EffectivePeriod.from(RC_LAW_IN_FORCE);
    EffectivePeriod vcLaw = EffectivePeriod.from(VC_LAW_IN_FORCE);
    String rcCarried = "1989 law (amended 2018), carried over by the 2025 revision";
    String vc = "1998 law (revised 2010, amended 2018)";
    return policy
        .define(
            RESIDENTS_HOUSEHOLDS,
            ParameterVersion.of(
                IntRange.of(100, 700),
                EffectivePeriod.between(RC_LAW_IN_FORCE, REVISION_2025_IN_FORCE.minusDays(1)),
                Citation.of(RC_LAW_2018, "第六条"),
                "1989 law (amended 2018)"),
            ParameterVersion.of(
                IntRange.of(1000, 3000),
                EffectivePeriod.from(REVISION_2025_IN_FORCE),
                Citation.of(RC_LAW_2025),
                "2025 revision"))
        .define(
            RESIDENTS_MEMBERS,
            ParameterVersion.of(
                IntRange.of(5, 9), rcLaw, Citation.of(RC_LAW_2018, "第七条"), rcCarried))
        .define(
            RESIDENTS_TERM_YEARS,
            ParameterVersion.of(
                3,
                EffectivePeriod.between(RC_LAW_IN_FORCE, AMENDMENT_2018.minusDays(1)),
                Citation.of(RC_LAW_1989, "第七条"),
                "1989 law"),
            ParameterVersion.of(
                5,
                EffectivePeriod.from(AMENDMENT_2018),
                Citation.of(RC_LAW_2018, "第七条"),
                "2018 amendment"))
        .define(
            VILLAGERS_MEMBERS,
            ParameterVersion.of(IntRange.of(3, 7), vcLaw, Citation.of(VC_LAW_2018, "第六条"), vc))
        .define(
            VILLAGERS_TERM_YEARS,
            ParameterVersion.of(
                3,
                EffectivePeriod.between(VC_LAW_IN_FORCE, AMENDMENT_2018.minusDays(1)),
                Citation.of(VC_LAW_2010, "第十一条"),
                "1998 law (revised 2010)"),
            ParameterVersion.of(
                5,
                EffectivePeriod.from(AMENDMENT_2018),
                Citation.of(VC_LAW_2018, "第十一条"),
                "2018 amendment"))
        .define(RESIDENTS_MEETING_QUORUM, rc(Threshold.moreThan(1, 2), "第九条", rcCarried))
        .define(RESIDENTS_MEETING_MAJORITY, rc(Threshold.moreThan(1, 2), "第九条", rcCarried))
        .define(RESIDENTS_CONVENING_ADULTS, rc(Threshold.atLeast(1, 5), "第十条", rcCarried))
        .define(RESIDENTS_CONVENING_HOUSEHOLDS, rc(Threshold.atLeast(1, 5), "第十条", rcCarried))
        .define(RESIDENTS_CONVENING_GROUPS, rc(Threshold.atLeast(1, 3), "第十条", rcCarried))
        .define(VILLAGERS_MEETING_QUORUM_ADULTS, vc(Threshold.moreThan(1, 2), "第二十二条"))
        .define(VILLAGERS_MEETING_QUORUM_HOUSEHOLDS, vc(Threshold.atLeast(2, 3), "第二十二条"))
        .define(VILLAGERS_MEETING_MAJORITY, vc(Threshold.moreThan(1, 2), "第二十二条"))
        .define(
            VILLAGERS_MEETING_NOTICE_DAYS,
            ParameterVersion.of(10, vcLaw, Citation.of(VC_LAW_2018, "第二十一条"), vc))
        .define(VILLAGERS_CONVENING_ADULTS, vc(Threshold.atLeast(1, 10), "第二十一条"))
        .define(VILLAGERS_CONVENING_REPRESENTATIVES, vc(Threshold.atLeast(1, 3), "第二十一条"))
        .define(REPRESENTATIVE_MEETING_QUORUM, vc(Threshold.atLeast(2, 3), "第二十六条"))
        .define(REPRESENTATIVE_MEETING_MAJORITY, vc(Threshold.moreThan(1, 2), "第二十六条"))
        .define(REPRESENTATIVE_CONVENING, vc(Threshold.atLeast(1, 5), "第二十六条"))
        .define(
            HOUSEHOLDS_PER_REPRESENTATIVE,
            ParameterVersion.of(IntRange.of(5, 15), vcLaw, Citation.of(VC_LAW_2018, "第二十五条"), vc))
        .define(REPRESENTATIVES_VILLAGER_SHARE, since2010(Threshold.atLeast(4, 5), "第二十五条"))
        .define(REPRESENTATIVES_WOMEN_SHARE, since2010(Threshold.atLeast(1, 3), "第二十五条"));
  }

  private static ParameterVersion<Threshold> rc(Threshold value, String article, String label) {
    return ParameterVersion.of(
        value, EffectivePeriod.from(RC_LAW_IN_FORCE), Citation.of(RC_LAW_2018, article), label);
  }

  // The shares of villagers' representatives and of women were added by the 2010 revision.
  private static ParameterVersion<Threshold> since2010(Threshold value, String article) {
    return ParameterVersion.of(
        value,
        EffectivePeriod.from(REVISION_2010),
        Citation.of(VC_LAW_2018, article),
        "2010 revision (amended 2018)");
  }

  private static ParameterVersion<Threshold> vc(Threshold value, String article) {
    return ParameterVersion.of(
        value,
        EffectivePeriod.from(VC_LAW_IN_FORCE),
        Citation.of(VC_LAW_2018, article),
        "1998 law (revised 2010, amended 2018)");
  }
}
