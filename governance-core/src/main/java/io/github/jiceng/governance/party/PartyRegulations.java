package io.github.jiceng.governance.party;

import io.github.jiceng.governance.internal.Checks;
import io.github.jiceng.governance.policy.Citation;
import io.github.jiceng.governance.policy.EffectivePeriod;
import io.github.jiceng.governance.policy.IntRange;
import io.github.jiceng.governance.policy.ParameterKey;
import io.github.jiceng.governance.policy.ParameterVersion;
import io.github.jiceng.governance.policy.Policy;
import io.github.jiceng.governance.policy.Text;
import java.time.LocalDate;
import java.util.List;

/**
 * The numbers of the party's regulations on setting up basic-level organisations, as policy
 * parameters with their national defaults:
 *
 * <ul>
 *   <li>《中国共产党支部工作条例（试行）》 (issued 2018-10-28): chapter 2 (组织设置) on when a branch or joint branch is
 *       formed and how large a branch is; chapter 6 (支部委员会建设) on the branch committee, secretary
 *       and terms (5 years for community and village branches, normally 3 for others);
 *   <li>《中国共产党章程》 art. 30 and 《关于党的基层组织任期的意见》 (2018) on general branches and basic-level
 *       committees, their approval, their terms and elections held early or late.
 * </ul>
 *
 * <p>Each national default is in force from the day its own document took effect: the branch
 * regulation's numbers from 2018-10-28; the terms and election shifts from 2018-07-12, when the
 * opinion on terms was published and took effect (本意见自发布之日起施行); the 50/100 thresholds from
 * 2019-01-10, when the rural regulation was published. Before those days the rules that read them
 * report themselves not applicable, naming the day looked up. Organisations elected before
 * 2018-07-12 keep their current term (the opinion's transitional rule): {@link
 * PartyRules#TERM_LENGTH} does not judge a term that began before then. A city or a higher party
 * organisation with rules of its own overrides them with {@link Policy.Builder#override} and its
 * own citation. The rules that read the parameters are in {@link PartyRules}.
 */
public final class PartyRegulations {
  private PartyRegulations() {}

  static final String BRANCH_REGULATION = "《中国共产党支部工作条例（试行）》";
  static final String TERMS_OPINION = "中共中央办公厅《关于党的基层组织任期的意见》(2018-07-12)";
  static final String RURAL_REGULATION = "《中国共产党农村基层组织工作条例》(2019)";

  /** The branch regulation's issue date; its numbers apply from then. */
  static final LocalDate BRANCH_REGULATION_IN_FORCE = LocalDate.of(2018, 10, 28);

  /** The opinion on terms took effect when it was published (本意见自发布之日起施行). */
  public static final LocalDate TERMS_OPINION_IN_FORCE = LocalDate.of(2018, 7, 12);

  /**
   * The rural regulation was published on 2019-01-10 (新华社北京1月10日电, "中共中央印发"); the library found no
   * other effective date and uses the day of publication.
   */
  static final LocalDate RURAL_REGULATION_IN_FORCE = LocalDate.of(2019, 1, 10);

  /**
   * Where the thresholds of 50 and 100 members come from: the Party Constitution only says that
   * general branches and basic-level committees are set up by need and number of members with the
   * higher level's approval; the rural regulation writes the numbers for villages, and communities
   * follow the same general practice (一般情况下).
   */
  private static final String SIZE_THRESHOLDS =
      "第五条（村：党员超过50人可成立党总支，100人以上可成立党委）；社区按同一通行做法，均须经上级党组织批准（《中国共产党章程》第三十条）";

  /** Full members from which a unit must form its own branch (正式党员3人以上的，应当成立党支部). */
  public static final ParameterKey<Integer> BRANCH_MIN_FULL_MEMBERS =
      key(
          "party.branch.min-full-members",
          Integer.class,
          "成立党支部的最少正式党员人数",
          "full members a branch needs");

  /** Units a joint branch may cover at most (联合党支部覆盖单位一般不超过5个). */
  public static final ParameterKey<Integer> JOINT_BRANCH_MAX_UNITS =
      key(
          "party.joint-branch.max-units",
          Integer.class,
          "联合党支部覆盖单位上限",
          "units a joint branch may cover");

  /** Members a branch normally has at most (党支部党员人数一般不超过50人). */
  public static final ParameterKey<Integer> BRANCH_MAX_MEMBERS =
      key(
          "party.branch.max-members",
          Integer.class,
          "党支部党员人数上限",
          "members a branch normally has at most");

  /** Members above which a general branch may be formed, with approval (党员人数超过50人). */
  public static final ParameterKey<Integer> GENERAL_BRANCH_MEMBERS_ABOVE =
      key(
          "party.general-branch.members-above",
          Integer.class,
          "成立党总支的党员人数（超过）",
          "members above which a general branch may be formed");

  /** Members above which a basic-level committee may be formed, with approval (党员人数超过100人). */
  public static final ParameterKey<Integer> COMMITTEE_MEMBERS_ABOVE =
      key(
          "party.committee.members-above",
          Integer.class,
          "成立基层党委的党员人数（超过）",
          "members above which a basic-level committee may be formed");

  /** Full members from which a branch elects a committee (有正式党员7人以上的党支部，应当设立党支部委员会). */
  public static final ParameterKey<Integer> BRANCH_COMMITTEE_FULL_MEMBERS =
      key(
          "party.branch-committee.full-members",
          Integer.class,
          "设立党支部委员会的正式党员人数",
          "full members from which a branch elects a committee");

  /** Size of a branch committee: 3 to 5, at most 7 (由3至5人组成，一般不超过7人). */
  public static final ParameterKey<IntRange> BRANCH_COMMITTEE_SIZE =
      key(
          "party.branch-committee.size",
          IntRange.class,
          "党支部委员会委员人数",
          "members of a branch committee");

  /** The usual size of a branch committee (3 to 5), within {@link #BRANCH_COMMITTEE_SIZE}. */
  public static final ParameterKey<IntRange> BRANCH_COMMITTEE_USUAL_SIZE =
      key(
          "party.branch-committee.usual-size",
          IntRange.class,
          "党支部委员会通常人数",
          "usual members of a branch committee");

  /** Deputy secretaries a branch without a committee may have (必要时可以设1名副书记). */
  public static final ParameterKey<Integer> BRANCH_DEPUTIES_WITHOUT_COMMITTEE =
      key(
          "party.branch.deputies-without-committee",
          Integer.class,
          "不设支委会的党支部副书记人数上限",
          "deputies of a branch without a committee");

  /** Members a party group has at least, by custom. */
  public static final ParameterKey<Integer> GROUP_MIN_MEMBERS =
      key(
          "party.group.min-members",
          Integer.class,
          "党小组最少党员人数",
          "members a party group has at least");

  /** Full members a party group has at least, by custom. */
  public static final ParameterKey<Integer> GROUP_MIN_FULL_MEMBERS =
      key(
          "party.group.min-full-members",
          Integer.class,
          "党小组最少正式党员人数",
          "full members a party group has at least");

  /** Term of a basic-level committee in years. */
  public static final ParameterKey<Integer> TERM_YEARS_COMMITTEE =
      key(
          "party.term-years.committee",
          Integer.class,
          "基层党委每届任期（年）",
          "term of a basic-level committee in years");

  /** Term of every community and village organisation in years (村、社区党组织每届任期5年). */
  public static final ParameterKey<Integer> TERM_YEARS_COMMUNITY =
      key(
          "party.term-years.community",
          Integer.class,
          "村、社区党组织每届任期（年）",
          "term of a community or village organisation in years");

  /** Term of other general branches and branches in years (其他基层单位党支部委员会一般每届任期3年). */
  public static final ParameterKey<Integer> TERM_YEARS_OTHER_BRANCH =
      key(
          "party.term-years.other-branch",
          Integer.class,
          "其他党总支、党支部每届任期（年）",
          "term of other general branches and branches in years");

  /** Years by which an approved early or late election may move at most. */
  public static final ParameterKey<Integer> ELECTION_MAX_SHIFT_YEARS =
      key(
          "party.election.max-shift-years",
          Integer.class,
          "提前或延期换届的最长期限（年）",
          "years an election may be moved at most");

  /** Every parameter key of the party regulations, for loaders that read parameters by id. */
  public static List<ParameterKey<?>> keys() {
    return List.of(
        BRANCH_MIN_FULL_MEMBERS,
        JOINT_BRANCH_MAX_UNITS,
        BRANCH_MAX_MEMBERS,
        GENERAL_BRANCH_MEMBERS_ABOVE,
        COMMITTEE_MEMBERS_ABOVE,
        BRANCH_COMMITTEE_FULL_MEMBERS,
        BRANCH_COMMITTEE_SIZE,
        BRANCH_COMMITTEE_USUAL_SIZE,
        BRANCH_DEPUTIES_WITHOUT_COMMITTEE,
        GROUP_MIN_MEMBERS,
        GROUP_MIN_FULL_MEMBERS,
        TERM_YEARS_COMMITTEE,
        TERM_YEARS_COMMUNITY,
        TERM_YEARS_OTHER_BRANCH,
        ELECTION_MAX_SHIFT_YEARS);
  }

  /** Adds the national defaults of the party regulations to {@code policy}. */
  public static Policy.Builder addNationalDefaults(Policy.Builder policy) {
    Checks.required(policy, "PartyRegulations.addNationalDefaults", "policy");
    String chapter2 = "第二章 组织设置";
    String chapter6 = "第六章 支部委员会建设";
    return policy
        .define(BRANCH_MIN_FULL_MEMBERS, version(3, BRANCH_REGULATION, chapter2))
        .define(JOINT_BRANCH_MAX_UNITS, version(5, BRANCH_REGULATION, chapter2))
        .define(BRANCH_MAX_MEMBERS, version(50, BRANCH_REGULATION, chapter2))
        .define(GENERAL_BRANCH_MEMBERS_ABOVE, rural(50))
        .define(COMMITTEE_MEMBERS_ABOVE, rural(100))
        .define(BRANCH_COMMITTEE_FULL_MEMBERS, version(7, BRANCH_REGULATION, chapter6))
        .define(BRANCH_COMMITTEE_SIZE, version(IntRange.of(3, 7), BRANCH_REGULATION, chapter6))
        .define(
            BRANCH_COMMITTEE_USUAL_SIZE, version(IntRange.of(3, 5), BRANCH_REGULATION, chapter6))
        .define(BRANCH_DEPUTIES_WITHOUT_COMMITTEE, version(1, BRANCH_REGULATION, chapter6))
        .define(GROUP_MIN_MEMBERS, custom(3))
        .define(GROUP_MIN_FULL_MEMBERS, custom(1))
        .define(TERM_YEARS_COMMITTEE, terms(5, "一"))
        .define(TERM_YEARS_COMMUNITY, terms(5, "一（村、社区党组织每届任期5年）"))
        .define(TERM_YEARS_OTHER_BRANCH, terms(3, "一"))
        .define(ELECTION_MAX_SHIFT_YEARS, terms(1, "二"));
  }

  private static <V> ParameterVersion<V> version(V value, String document, String article) {
    return ParameterVersion.of(
        value,
        EffectivePeriod.from(BRANCH_REGULATION_IN_FORCE),
        Citation.of(document, article),
        "2018 branch regulation");
  }

  private static ParameterVersion<Integer> terms(int value, String item) {
    return ParameterVersion.of(
        value,
        EffectivePeriod.from(TERMS_OPINION_IN_FORCE),
        Citation.of(TERMS_OPINION, item),
        "2018 opinion on terms");
  }

  private static ParameterVersion<Integer> rural(int value) {
    return ParameterVersion.of(
        value,
        EffectivePeriod.from(RURAL_REGULATION_IN_FORCE),
        Citation.of(RURAL_REGULATION, SIZE_THRESHOLDS),
        "2019 rural regulation");
  }

  // Party groups are set by the branch; "at least 3, at least one full member" is practice.
  private static ParameterVersion<Integer> custom(int value) {
    return ParameterVersion.of(
        value,
        EffectivePeriod.from(BRANCH_REGULATION_IN_FORCE),
        Citation.of(BRANCH_REGULATION, "第二章 组织设置（党小组由党支部划分，人数为惯例）"),
        "custom");
  }

  private static <V> ParameterKey<V> key(String id, Class<V> type, String zh, String en) {
    return ParameterKey.of(id, type, Text.of(zh, en));
  }
}
