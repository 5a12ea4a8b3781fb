package io.github.jiceng.governance.election;

import io.github.jiceng.governance.internal.Checks;
import io.github.jiceng.governance.policy.Citation;
import io.github.jiceng.governance.policy.ComparedValue;
import io.github.jiceng.governance.policy.Compliance;
import io.github.jiceng.governance.policy.Decision;
import io.github.jiceng.governance.policy.EffectivePeriod;
import io.github.jiceng.governance.policy.ParameterKey;
import io.github.jiceng.governance.policy.ParameterVersion;
import io.github.jiceng.governance.policy.Policy;
import io.github.jiceng.governance.policy.Rule;
import io.github.jiceng.governance.policy.RuleContext;
import io.github.jiceng.governance.policy.RuleSet;
import io.github.jiceng.governance.policy.Text;
import io.github.jiceng.governance.policy.Threshold;
import io.github.jiceng.governance.policy.Verdict;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The election and recall rules of the 《中华人民共和国村民委员会组织法》 (2010 revision, in force from 2010-10-28;
 * the 2018 amendment changed the term only). Each number is a dated, cited parameter a province's
 * election measures override with {@link Policy.Builder#override}. The articles were read in the
 * text of the law as amended on 2018-12-29 that the 国家法律法规数据库 (flk.npc.gov.cn) publishes; the 2018
 * amendment changed only the term, so the numbers are dated from 2010.
 */
public final class ElectionRules {
  private ElectionRules() {}

  /** The day the 2010 revision came into force. */
  public static final LocalDate REVISION_2010 = LocalDate.of(2010, 10, 28);

  private static final String LAW = "《中华人民共和国村民委员会组织法》（2010年修订，2018年修正）";

  /** Rule id: the register was published early enough. */
  public static final String REGISTER = "ELECT-REGISTER";

  /** Rule id: objections raised in time were decided in time. */
  public static final String OBJECTIONS = "ELECT-OBJECTIONS";

  /** Rule id: no candidate still sits on the election committee (第十二条). */
  public static final String ELECTION_COMMITTEE = "ELECT-COMMITTEE";

  /** Rule id: more candidates than seats (差额选举). */
  public static final String CANDIDATES = "ELECT-CANDIDATES";

  /** Rule id: enough registered voters voted for the election to be valid. */
  public static final String TURNOUT = "ELECT-TURNOUT";

  /** Rule id: every seat was filled by a candidate with enough votes. */
  public static final String ELECTED = "ELECT-ELECTED";

  /** Rule id: the elected include a woman. */
  public static final String WOMAN = "ELECT-WOMAN-MEMBER";

  /** Rule id: where several ethnic groups live, the elected include a member of a smaller one. */
  public static final String MINORITY = "ELECT-MINORITY-MEMBER";

  /** Rule id: secret ballot, public count, the result announced on the spot. */
  public static final String BALLOT = "ELECT-BALLOT";

  /** Rule id: proxies are close relatives, and their list is published. */
  public static final String PROXIES = "ELECT-PROXIES";

  /** Rule id: the voter is of age on the election day. */
  public static final String VOTER_AGE = "VOTER-AGE";

  /** Rule id: the voter is not deprived of political rights. */
  public static final String VOTER_RIGHTS = "VOTER-RIGHTS";

  /** Rule id: the voter is registered on one of the three grounds. */
  public static final String VOTER_GROUND = "VOTER-GROUND";

  /** Rule id: the voter is registered in one village only. */
  public static final String VOTER_ONE_PLACE = "VOTER-ONE-PLACE";

  /** Rule id: a residents' committee is elected in one of the law's three ways. */
  public static final String RC_WAY = "RC-ELECTION-WAY";

  /** Rule id: enough electors voted for a residents' committee election to be valid. */
  public static final String RC_TURNOUT = "RC-TURNOUT";

  /** Rule id: every seat of a residents' committee filled by a candidate with enough votes. */
  public static final String RC_ELECTED = "RC-ELECTED";

  /** Rule id: the recall was requested by enough voters or representatives. */
  public static final String RECALL_REQUEST = "RECALL-REQUEST";

  /** Rule id: enough registered voters voted on the recall. */
  public static final String RECALL_TURNOUT = "RECALL-TURNOUT";

  /** Rule id: the recall was carried by those voting. */
  public static final String RECALL_CARRIED = "RECALL-CARRIED";

  /** Days before the election the register is published at the latest (二十日前). */
  public static final ParameterKey<Integer> REGISTER_DAYS =
      ParameterKey.of(
          "election.village.register-days-before",
          Integer.class,
          Text.of("选民名单提前公布天数", "days before the election the register is published"));

  /** Days after publication an objection may be raised (五日内). */
  public static final ParameterKey<Integer> OBJECTION_DAYS =
      ParameterKey.of(
          "election.village.objection-days",
          Integer.class,
          Text.of("对选民名单提出异议的期限（日）", "days after publication to object"));

  /** Days the election committee has to decide an objection (三日内). */
  public static final ParameterKey<Integer> OBJECTION_DECISION_DAYS =
      ParameterKey.of(
          "election.village.objection-decision-days",
          Integer.class,
          Text.of("处理异议的期限（日）", "days to decide an objection"));

  /** The share of registered voters who must vote for the election to be valid. */
  public static final ParameterKey<Threshold> VALIDITY =
      ParameterKey.of(
          "election.village.validity",
          Threshold.class,
          Text.of("选举有效的投票人数", "registered voters who must vote"));

  /** The share of ballots cast a candidate needs in the first round. */
  public static final ParameterKey<Threshold> MAJORITY =
      ParameterKey.of(
          "election.village.majority",
          Threshold.class,
          Text.of("当选所需选票", "ballots cast a candidate needs"));

  /** The share of ballots cast a candidate needs in a second round (另行选举). */
  public static final ParameterKey<Threshold> SECOND_ROUND =
      ParameterKey.of(
          "election.village.second-round-minimum",
          Threshold.class,
          Text.of("另行选举当选最低票数", "ballots cast a candidate needs in a second round"));

  /** The share of registered voters whose request obliges a recall vote. */
  public static final ParameterKey<Threshold> RECALL_BY_VOTERS =
      ParameterKey.of(
          "election.village.recall-request-voters",
          Threshold.class,
          Text.of("提出罢免要求的村民联名", "registered voters who may request a recall"));

  /** The share of representatives whose request obliges a recall vote. */
  public static final ParameterKey<Threshold> RECALL_BY_REPRESENTATIVES =
      ParameterKey.of(
          "election.village.recall-request-representatives",
          Threshold.class,
          Text.of("提出罢免要求的村民代表联名", "representatives who may request a recall"));

  /** The share of registered voters who must vote on a recall. */
  public static final ParameterKey<Threshold> RECALL_VALIDITY =
      ParameterKey.of(
          "election.village.recall-validity",
          Threshold.class,
          Text.of("罢免投票有效人数", "registered voters who must vote on a recall"));

  /** The share of those voting that carries a recall. */
  public static final ParameterKey<Threshold> RECALL_MAJORITY =
      ParameterKey.of(
          "election.village.recall-majority",
          Threshold.class,
          Text.of("罢免通过所需票数", "votes that carry a recall"));

  /** The age from which a villager votes (年满十八周岁). */
  public static final ParameterKey<Integer> VOTER_MIN_AGE =
      ParameterKey.of(
          "election.voter.min-age", Integer.class, Text.of("选举权年龄", "age from which one votes"));

  /** Months a villager not registered in the village must have lived there (居住一年以上). */
  public static final ParameterKey<Integer> VOTER_RESIDENCE_MONTHS =
      ParameterKey.of(
          "election.voter.residence-months",
          Integer.class,
          Text.of("非户籍村民参选居住期限（月）", "months a non-registered resident must have lived there"));

  /** Representatives a residents' group elects to vote (每个居民小组选举代表二至三人). */
  public static final ParameterKey<io.github.jiceng.governance.policy.IntRange>
      RC_REPRESENTATIVES_PER_GROUP =
          ParameterKey.of(
              "election.residents.representatives-per-group",
              io.github.jiceng.governance.policy.IntRange.class,
              Text.of("每个居民小组选举的代表人数", "representatives each residents' group elects"));

  /** The share of electors who must vote; the residents' committee law leaves it to provinces. */
  public static final ParameterKey<Threshold> RC_VALIDITY =
      ParameterKey.of(
          "election.residents.validity",
          Threshold.class,
          Text.of("居委会选举有效的投票人数", "electors who must vote in a residents' committee election"));

  /**
   * The share of ballots a candidate needs; the residents' committee law leaves it to provinces.
   */
  public static final ParameterKey<Threshold> RC_MAJORITY =
      ParameterKey.of(
          "election.residents.majority",
          Threshold.class,
          Text.of("居委会选举当选所需选票", "ballots a candidate needs in a residents' committee election"));

  /** Every parameter key of these rules, for loaders that read parameters by id. */
  public static List<ParameterKey<?>> keys() {
    return List.of(
        RC_REPRESENTATIVES_PER_GROUP,
        RC_VALIDITY,
        RC_MAJORITY,
        VOTER_MIN_AGE,
        VOTER_RESIDENCE_MONTHS,
        REGISTER_DAYS,
        OBJECTION_DAYS,
        OBJECTION_DECISION_DAYS,
        VALIDITY,
        MAJORITY,
        SECOND_ROUND,
        RECALL_BY_VOTERS,
        RECALL_BY_REPRESENTATIVES,
        RECALL_VALIDITY,
        RECALL_MAJORITY);
  }

  /** Adds the national numbers of the 2010 revision to {@code policy}. */
  public static Policy.Builder addNationalDefaults(Policy.Builder policy) {
    Checks.required(policy, "ElectionRules.addNationalDefaults", "policy");
    EffectivePeriod since = EffectivePeriod.from(REVISION_2010);
    String a14 = "第十四条：登记参加选举的村民名单应当在选举日的二十日前由村民选举委员会公布……五日内……三日内作出处理决定";
    String a15 = "第十五条：有登记参加选举的村民过半数投票，选举有效；候选人获得参加投票的村民过半数的选票，始得当选";
    String a15b = "第十五条：另行选举……所得票数不得少于已投选票总数的三分之一";
    String a16 = "第十六条：五分之一以上有选举权的村民或者三分之一以上的村民代表联名……须有登记参加选举的村民过半数投票，并须经投票的村民过半数通过";
    String a13 = "第十三条：年满十八周岁的村民……都有选举权和被选举权；但是，依照法律被剥夺政治权利的人除外……户籍不在本村，在本村居住一年以上";
    policy.define(
        RC_REPRESENTATIVES_PER_GROUP,
        ParameterVersion.of(
            io.github.jiceng.governance.policy.IntRange.of(2, 3),
            EffectivePeriod.from(LocalDate.of(1990, 1, 1)),
            Citation.of(
                "《中华人民共和国城市居民委员会组织法》（1989年，2018年修正）",
                "第八条：由本居住地区全体有选举权的居民或者由每户派代表选举产生；根据居民意见，也可以由每个居民小组选举代表二至三人选举产生"),
            "2 to 3"));
    return policy
        .define(VOTER_MIN_AGE, ParameterVersion.of(18, since, Citation.of(LAW, a13), "18"))
        .define(
            VOTER_RESIDENCE_MONTHS, ParameterVersion.of(12, since, Citation.of(LAW, a13), "a year"))
        .define(REGISTER_DAYS, ParameterVersion.of(20, since, Citation.of(LAW, a14), "20 days"))
        .define(OBJECTION_DAYS, ParameterVersion.of(5, since, Citation.of(LAW, a14), "5 days"))
        .define(
            OBJECTION_DECISION_DAYS, ParameterVersion.of(3, since, Citation.of(LAW, a14), "3 days"))
        .define(
            VALIDITY,
            ParameterVersion.of(
                Threshold.moreThan(1, 2), since, Citation.of(LAW, a15), "more than half"))
        .define(
            MAJORITY,
            ParameterVersion.of(
                Threshold.moreThan(1, 2), since, Citation.of(LAW, a15), "more than half"))
        .define(
            SECOND_ROUND,
            ParameterVersion.of(
                Threshold.atLeast(1, 3), since, Citation.of(LAW, a15b), "at least a third"))
        .define(
            RECALL_BY_VOTERS,
            ParameterVersion.of(Threshold.atLeast(1, 5), since, Citation.of(LAW, a16), "a fifth"))
        .define(
            RECALL_BY_REPRESENTATIVES,
            ParameterVersion.of(Threshold.atLeast(1, 3), since, Citation.of(LAW, a16), "a third"))
        .define(
            RECALL_VALIDITY,
            ParameterVersion.of(
                Threshold.moreThan(1, 2), since, Citation.of(LAW, a16), "more than half"))
        .define(
            RECALL_MAJORITY,
            ParameterVersion.of(
                Threshold.moreThan(1, 2), since, Citation.of(LAW, a16), "more than half"));
  }

  private static final Citation ARTICLE_6 =
      Citation.of(LAW, "第六条：村民委员会成员中，应当有妇女成员，多民族村民居住的村应当有人数较少的民族的成员");
  private static final Citation ARTICLE_15 =
      Citation.of(LAW, "第十五条：选举实行无记名投票、公开计票的方法，选举结果应当当场公布……书面委托本村有选举权的近亲属代为投票……公布委托人和受委托人的名单");

  private static final Citation ARTICLE_12 =
      Citation.of(LAW, "第十二条：村民选举委员会成员被提名为村民委员会成员候选人，应当退出村民选举委员会");

  /** The rules of one round of a villagers' committee election. */
  public static final RuleSet<VillageElection, Compliance> VILLAGE_ELECTION =
      new RuleSet<>(
          "village-election-rules",
          List.of(
              Rule.of(
                  REGISTER,
                  Text.of("选民名单按期公布", "the register published in time"),
                  List.of(),
                  ElectionRules::register),
              Rule.of(
                  OBJECTIONS,
                  Text.of("异议按期处理", "objections decided in time"),
                  List.of(),
                  ElectionRules::objections),
              Rule.of(
                  ELECTION_COMMITTEE,
                  Text.of("候选人退出村民选举委员会", "no candidate sits on the election committee"),
                  List.of(ARTICLE_12),
                  ElectionRules::electionCommittee),
              Rule.of(
                  CANDIDATES,
                  Text.of("候选人多于应选名额", "more candidates than seats"),
                  List.of(),
                  ElectionRules::candidates),
              Rule.of(
                  TURNOUT,
                  Text.of("选举有效", "enough voted for the election to be valid"),
                  List.of(),
                  ElectionRules::turnout),
              Rule.of(
                  ELECTED,
                  Text.of("应选名额选满", "every seat filled"),
                  List.of(),
                  ElectionRules::elected),
              Rule.of(
                  WOMAN,
                  Text.of("有妇女成员", "a woman member"),
                  List.of(ARTICLE_6),
                  ElectionRules::woman),
              Rule.of(
                  MINORITY,
                  Text.of("有人数较少的民族的成员", "a member of a smaller ethnic group"),
                  List.of(ARTICLE_6),
                  ElectionRules::minority),
              Rule.of(
                  BALLOT,
                  Text.of("无记名投票、公开计票、当场公布", "secret ballot, public count, result on the spot"),
                  List.of(ARTICLE_15),
                  ElectionRules::ballot),
              Rule.of(
                  PROXIES,
                  Text.of("委托投票限于近亲属并公布名单", "proxies close relatives, their list published"),
                  List.of(ARTICLE_15),
                  ElectionRules::proxies)),
          Compliance.combiner());

  private static final Citation ARTICLE_13 =
      Citation.of(
          LAW,
          "第十三条：登记参加选举的村民……（一）户籍在本村并且在本村居住的村民；（二）户籍在本村，不在本村居住，本人表示参加选举的村民；（三）户籍不在本村，在本村居住一年以上，本人申请参加选举，并且经村民会议或者村民代表会议同意参加选举的公民。已在户籍所在村或者居住村登记参加选举的村民，不得再参加其他地方村民委员会的选举");

  /** The rules a registration on the register of voters satisfies. */
  public static final RuleSet<VoterRegistration, Compliance> VOTER =
      new RuleSet<>(
          "village-voter-rules",
          List.of(
              Rule.of(
                  VOTER_AGE,
                  Text.of("年满十八周岁", "of age on the election day"),
                  List.of(),
                  ElectionRules::voterAge),
              Rule.of(
                  VOTER_RIGHTS,
                  Text.of("未被剥夺政治权利", "not deprived of political rights"),
                  List.of(),
                  ElectionRules::voterRights),
              Rule.of(
                  VOTER_GROUND,
                  Text.of("符合登记条件", "registered on one of the three grounds"),
                  List.of(ARTICLE_13),
                  ElectionRules::voterGround),
              Rule.of(
                  VOTER_ONE_PLACE,
                  Text.of("不在两地登记", "registered in one village only"),
                  List.of(ARTICLE_13),
                  ElectionRules::voterOnePlace)),
          Compliance.combiner());

  /** Decides {@code registration} under the law in force on its election day. */
  public static Decision<Compliance> check(VoterRegistration registration, Policy policy) {
    Checks.required(registration, "ElectionRules.check", "registration");
    Checks.required(policy, "ElectionRules.check", "policy");
    return VOTER.evaluate(
        "voter registration " + registration.electionDay(),
        registration,
        policy,
        registration.electionDay());
  }

  /**
   * Decides every registration on {@code register} under the law in force on its election day, in
   * the register's order; each decision names its voter by the masked identity number.
   */
  public static List<Decision<Compliance>> check(VoterRegister register, Policy policy) {
    Checks.required(register, "ElectionRules.check", "register");
    Checks.required(policy, "ElectionRules.check", "policy");
    List<Decision<Compliance>> decisions = new ArrayList<>();
    for (VoterRegister.Voter v : register.voters()) {
      decisions.add(
          VOTER.evaluate(
              "voter " + v.identity().masked(), v.registration(), policy, register.electionDay()));
    }
    return List.copyOf(decisions);
  }

  private static Verdict voterAge(VoterRegistration v, RuleContext c) {
    int min = c.use(VOTER_MIN_AGE);
    long age = ChronoUnit.YEARS.between(v.birthDate(), v.electionDay());
    return c.check(
        age >= min,
        Text.of(
            "选举日年满 " + age + " 周岁，要求 " + min + " 周岁",
            age + " years old on the election day; " + min + " needed"),
        ComparedValue.of("age", age, "≥ " + min));
  }

  private static Verdict voterRights(VoterRegistration v, RuleContext c) {
    return c.check(
        !v.deprivedOfPoliticalRights(),
        v.deprivedOfPoliticalRights()
            ? Text.of("依法被剥夺政治权利", "deprived of political rights by law")
            : Text.of("享有政治权利", "holds political rights"));
  }

  private static Verdict voterGround(VoterRegistration v, RuleContext c) {
    int months = c.use(VOTER_RESIDENCE_MONTHS);
    return switch (v.kind()) {
      case REGISTERED_AND_LIVING ->
          c.satisfied(Text.of("户籍在本村并且在本村居住", "registered in the village and living there"));
      case REGISTERED_AWAY ->
          c.check(
              v.askedToVote(),
              v.askedToVote()
                  ? Text.of("户籍在本村、不在本村居住，本人表示参加选举", "registered here, living away, asked to vote")
                  : Text.of(
                      "户籍在本村、不在本村居住，本人未表示参加选举",
                      "registered here, living away, did not ask to vote"));
      case LIVING_NOT_REGISTERED -> {
        boolean ok = v.askedToVote() && v.admittedByMeeting() && v.monthsResident() >= months;
        yield c.check(
            ok,
            Text.of(
                "户籍不在本村，居住 "
                    + v.monthsResident()
                    + " 个月（要求 "
                    + months
                    + " 个月以上）"
                    + (v.askedToVote() ? "，本人申请" : "，本人未申请")
                    + (v.admittedByMeeting() ? "，经村民（代表）会议同意" : "，未经村民（代表）会议同意"),
                "not registered here, living here "
                    + v.monthsResident()
                    + " months ("
                    + months
                    + " needed)"
                    + (v.askedToVote() ? ", asked" : ", did not ask")
                    + (v.admittedByMeeting()
                        ? ", admitted by the meeting"
                        : ", not admitted by the meeting")),
            ComparedValue.of("months resident", v.monthsResident(), "≥ " + months));
      }
    };
  }

  private static Verdict voterOnePlace(VoterRegistration v, RuleContext c) {
    return c.check(
        !v.registeredElsewhere(),
        v.registeredElsewhere()
            ? Text.of("已在其他村登记参加选举", "registered in another village too")
            : Text.of("仅在本村登记", "registered here only"));
  }

  /** The rules of one round of a residents' committee election. */
  public static final RuleSet<ResidentsElection, Compliance> RESIDENTS_ELECTION =
      new RuleSet<>(
          "residents-election-rules",
          List.of(
              Rule.of(
                  RC_WAY,
                  Text.of("依法定方式选举", "elected in one of the law's three ways"),
                  List.of(),
                  ElectionRules::rcWay),
              Rule.of(
                  RC_TURNOUT,
                  Text.of("选举有效", "enough voted for the election to be valid"),
                  List.of(),
                  ElectionRules::rcTurnout),
              Rule.of(
                  RC_ELECTED,
                  Text.of("应选名额选满", "every seat filled"),
                  List.of(),
                  ElectionRules::rcElected)),
          Compliance.combiner());

  /** Decides a residents' committee election under the law and province in force on its day. */
  public static Decision<Compliance> check(ResidentsElection election, Policy policy) {
    Checks.required(election, "ElectionRules.check", "election");
    Checks.required(policy, "ElectionRules.check", "policy");
    return RESIDENTS_ELECTION.evaluate(
        "residents' committee election " + election.day(), election, policy, election.day());
  }

  private static Verdict rcWay(ResidentsElection e, RuleContext c) {
    if (e.way() != ResidentsElection.Way.GROUP_REPRESENTATIVES) {
      return c.satisfied(
          e.way() == ResidentsElection.Way.ALL_RESIDENTS
              ? Text.of("由全体有选举权的居民选举", "elected by all residents who may vote")
              : Text.of("由每户派代表选举", "elected by one representative of each household"));
    }
    io.github.jiceng.governance.policy.IntRange range = c.use(RC_REPRESENTATIVES_PER_GROUP);
    long min = (long) range.min() * e.groups();
    long max = (long) range.max() * e.groups();
    boolean ok = e.representatives() >= min && e.representatives() <= max;
    return c.check(
        ok,
        Text.of(
            e.groups()
                + " 个居民小组选举代表 "
                + e.representatives()
                + " 人，每组 "
                + range.min()
                + "–"
                + range.max()
                + " 人",
            e.representatives()
                + " representatives of "
                + e.groups()
                + " residents' groups; "
                + range.min()
                + "–"
                + range.max()
                + " a group"),
        ComparedValue.of("representatives", e.representatives(), min + "–" + max));
  }

  private static String electors(ResidentsElection e) {
    return switch (e.way()) {
      case ALL_RESIDENTS -> "registered voters";
      case HOUSEHOLD_REPRESENTATIVES -> "household representatives";
      case GROUP_REPRESENTATIVES -> "group representatives";
    };
  }

  private static Verdict rcTurnout(ResidentsElection e, RuleContext c) {
    java.util.Optional<Threshold> t = c.find(RC_VALIDITY);
    if (t.isEmpty()) {
      return c.notApplicable(
          Text.of(
              "居民委员会组织法未规定选举有效的投票人数，由省级选举办法规定；本政策未设",
              "the residents' committee law leaves the turnout to the province's measures; this policy sets none"));
    }
    return turnoutOf(c, t.get(), e.ballots(), e.electors(), "选民", electors(e));
  }

  private static Verdict rcElected(ResidentsElection e, RuleContext c) {
    java.util.Optional<Threshold> t = c.find(RC_MAJORITY);
    if (t.isEmpty()) {
      return c.notApplicable(
          Text.of("本政策未设当选所需选票", "this policy sets no share of the ballots a candidate needs"));
    }
    long elected = electedUnder(e, t.get()).size();
    long empty = e.seats() - elected;
    return c.check(
        empty == 0,
        Text.of(
            "当选 "
                + elected
                + " 名（须得票"
                + t.get().describe().zh()
                + "）"
                + (empty == 0 ? "，名额选满" : "，尚缺 " + empty + " 名"),
            elected
                + " elected ("
                + t.get().describe().en()
                + " of the ballots)"
                + (empty == 0 ? "; every seat filled" : "; " + empty + " seats left")),
        ComparedValue.of("seats filled", elected, "= " + e.seats()));
  }

  /** The rules of a recall. */
  public static final RuleSet<Recall, Compliance> RECALL =
      new RuleSet<>(
          "village-recall-rules",
          List.of(
              Rule.of(
                  RECALL_REQUEST,
                  Text.of("罢免要求联名人数", "enough asked for the recall"),
                  List.of(),
                  ElectionRules::recallRequest),
              Rule.of(
                  RECALL_TURNOUT,
                  Text.of("罢免投票有效", "enough voted on the recall"),
                  List.of(),
                  ElectionRules::recallTurnout),
              Rule.of(
                  RECALL_CARRIED,
                  Text.of("罢免获得通过", "the recall carried"),
                  List.of(),
                  ElectionRules::recallCarried)),
          Compliance.combiner());

  /** Decides {@code election} under the law in force on its day. */
  public static Decision<Compliance> check(VillageElection election, Policy policy) {
    Checks.required(election, "ElectionRules.check", "election");
    Checks.required(policy, "ElectionRules.check", "policy");
    return VILLAGE_ELECTION.evaluate(
        "village election " + election.electionDay(), election, policy, election.electionDay());
  }

  /** Decides {@code recall} under the law in force on {@code day}, the day of its vote. */
  public static Decision<Compliance> check(Recall recall, Policy policy, LocalDate day) {
    Checks.required(recall, "ElectionRules.check", "recall");
    Checks.required(policy, "ElectionRules.check", "policy");
    Checks.required(day, "ElectionRules.check", "day");
    return RECALL.evaluate("recall " + day, recall, policy, day);
  }

  /**
   * The candidates elected in {@code election} under the law in force on its day: in the first
   * round those with the majority's share of the ballots cast, in a second round those with the
   * most votes but at least its minimum share; the most votes first, up to the seats. No one, if
   * too few voted for the election to be valid.
   */
  public static List<Candidate> elected(VillageElection election, Policy policy) {
    Checks.required(election, "ElectionRules.elected", "election");
    Checks.required(policy, "ElectionRules.elected", "policy");
    Threshold needed =
        policy.value(election.secondRound() ? SECOND_ROUND : MAJORITY, election.electionDay());
    Threshold valid = policy.value(VALIDITY, election.electionDay());
    if (!valid.isMetBy(election.ballotsCast(), election.registeredVoters())) {
      return List.of(); // too few voted: the election is not valid, and no one is elected
    }
    return electedUnder(election, needed);
  }

  /**
   * The candidates elected in a residents' committee election under the province's share of the
   * ballots in force on its day (most votes first, up to the seats; no one if the province's
   * turnout is not met); empty when the policy sets no share, as the residents' committee law
   * itself does not.
   */
  public static java.util.Optional<List<Candidate>> elected(
      ResidentsElection election, Policy policy) {
    Checks.required(election, "ElectionRules.elected", "election");
    Checks.required(policy, "ElectionRules.elected", "policy");
    java.util.Optional<Threshold> valid =
        policy.parameter(RC_VALIDITY).flatMap(p -> p.at(election.day())).map(v -> v.value());
    if (valid.isPresent() && !valid.get().isMetBy(election.ballots(), election.electors())) {
      return java.util.Optional.of(List.of()); // not valid: no one is elected
    }
    return policy
        .parameter(RC_MAJORITY)
        .flatMap(p -> p.at(election.day()))
        .map(v -> electedUnder(election, v.value()));
  }

  /**
   * The candidates elected in either kind of round: {@link #elected(VillageElection, Policy)} or
   * {@link #elected(ResidentsElection, Policy)}.
   */
  public static java.util.Optional<List<Candidate>> elected(ElectionRound round, Policy policy) {
    Checks.required(round, "ElectionRules.elected", "round");
    if (round instanceof VillageElection v) {
      return java.util.Optional.of(elected(v, policy));
    }
    return elected((ResidentsElection) round, policy);
  }

  private static List<Candidate> electedUnder(ElectionRound e, Threshold needed) {
    List<Candidate> elected = new ArrayList<>();
    for (Candidate c : e.byVotes()) {
      if (elected.size() < e.seats() && needed.isMetBy(c.votes(), e.ballotCount())) {
        elected.add(c);
      }
    }
    return elected;
  }

  private static Verdict register(VillageElection e, RuleContext c) {
    int days = c.use(REGISTER_DAYS);
    long before = ChronoUnit.DAYS.between(e.registerPublished(), e.electionDay());
    return c.check(
        before >= days,
        Text.of(
            "选民名单于选举日前 " + before + " 日公布，规定 " + days + " 日前",
            "the register was published " + before + " days before the vote; the law asks " + days),
        ComparedValue.of("days before the vote", before, "≥ " + days));
  }

  private static Verdict objections(VillageElection e, RuleContext c) {
    if (e.objections().isEmpty()) {
      return c.notApplicable(Text.of("无异议", "no objections"));
    }
    int window = c.use(OBJECTION_DAYS);
    int decide = c.use(OBJECTION_DECISION_DAYS);
    int inTime = 0;
    int late = 0;
    for (Objection o : e.objections()) {
      if (ChronoUnit.DAYS.between(e.registerPublished(), o.raised()) > window) {
        continue; // raised out of time: the committee owes no decision on it
      }
      inTime++;
      if (o.decided() == null || ChronoUnit.DAYS.between(o.raised(), o.decided()) > decide) {
        late++;
      }
    }
    return c.check(
        late == 0,
        Text.of(
            inTime + " 件异议在公布后 " + window + " 日内提出，" + late + " 件未在 " + decide + " 日内处理",
            inTime
                + " objections raised within "
                + window
                + " days, "
                + late
                + " not decided within "
                + decide
                + " days"),
        ComparedValue.of("decided late", late, "0"));
  }

  private static Verdict electionCommittee(VillageElection e, RuleContext c) {
    if (e.electionCommittee().isEmpty()) {
      return c.notApplicable(
          Text.of("未记录村民选举委员会成员", "the election committee's members are not recorded"));
    }
    List<String> staying =
        e.candidates().stream()
            .map(Candidate::key)
            .filter(e.electionCommittee()::contains)
            .toList();
    return c.check(
        staying.isEmpty(),
        staying.isEmpty()
            ? Text.of(
                "村民选举委员会 " + e.electionCommittee().size() + " 人，无候选人",
                "none of the election committee's "
                    + e.electionCommittee().size()
                    + " members is a candidate")
            : Text.of(
                "候选人 " + String.join("、", staying) + " 未退出村民选举委员会",
                "candidate "
                    + String.join(", ", staying)
                    + " still sits on the election committee"),
        ComparedValue.of("candidates on the election committee", staying.size(), 0));
  }

  private static Verdict candidates(VillageElection e, RuleContext c) {
    int n = e.candidates().size();
    return c.check(
        n > e.seats(),
        Text.of(
            "候选人 " + n + " 名，应选 " + e.seats() + " 名",
            n + " candidates for " + e.seats() + " seats"),
        ComparedValue.of("candidates", n, "> " + e.seats()));
  }

  private static Verdict turnout(VillageElection e, RuleContext c) {
    return turnoutOf(
        c, c.use(VALIDITY), e.ballotsCast(), e.registeredVoters(), "登记选民", "registered voters");
  }

  /**
   * A turnout rule's verdict, explained with the share: "1,010 of 1,200 registered voters voted:
   * 84.17 %, more than half — valid". One wording for villagers' and residents' committees.
   */
  private static Verdict turnoutOf(
      RuleContext c,
      Threshold t,
      long ballots,
      long electors,
      String electorsZh,
      String electorsEn) {
    boolean ok = t.isMetBy(ballots, electors);
    String share = percent(ballots, electors);
    return c.check(
        ok,
        Text.of(
            electorsZh
                + " "
                + electors
                + " 人，投票 "
                + ballots
                + " 人（"
                + share
                + "），"
                + (ok ? "" : "未")
                + t.describe().zh()
                + (ok ? "，选举有效" : "，选举无效"),
            grouped(ballots)
                + " of "
                + grouped(electors)
                + " "
                + electorsEn
                + " voted: "
                + share
                + ", "
                + (ok ? "" : "not ")
                + t.describe().en()
                + " — "
                + (ok ? "valid" : "not valid")),
        ComparedValue.of("turnout", ballots + "/" + electors, t.describe().en()));
  }

  private static String grouped(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  private static Verdict elected(VillageElection e, RuleContext c) {
    Threshold t = c.use(e.secondRound() ? SECOND_ROUND : MAJORITY);
    List<Candidate> elected = electedUnder(e, t);
    int empty = e.seats() - elected.size();
    long needed = t.minimumOf(e.ballotsCast());
    return c.check(
        empty == 0,
        Text.of(
            (e.secondRound() ? "另行选举" : "第一次投票")
                + "当选 "
                + elected.size()
                + " 名（须得票"
                + t.describe().zh()
                + "，至少 "
                + needed
                + " 票）"
                + (empty == 0 ? "，名额选满" : "，尚缺 " + empty + " 名，应另行选举"),
            elected.size()
                + " elected "
                + (e.secondRound() ? "in the second round" : "in the first round")
                + " ("
                + t.describe().en()
                + " of the ballots cast, at least "
                + needed
                + ")"
                + (empty == 0
                    ? "; every seat filled"
                    : "; " + empty + " seats left for another round")),
        ComparedValue.of("seats filled", elected.size(), "= " + e.seats()));
  }

  private static Verdict woman(VillageElection e, RuleContext c) {
    List<Candidate> elected = electedOf(e, c);
    boolean ok = elected.stream().anyMatch(Candidate::woman);
    return c.check(
        ok,
        ok
            ? Text.of("当选者中有妇女", "a woman is among the elected")
            : Text.of("当选者中没有妇女", "no woman is among the elected"),
        ComparedValue.of(
            "women elected", elected.stream().filter(Candidate::woman).count(), "≥ 1"));
  }

  private static Verdict minority(VillageElection e, RuleContext c) {
    if (!e.severalEthnicGroups()) {
      return c.notApplicable(Text.of("非多民族村民居住的村", "villagers of one ethnic group"));
    }
    List<Candidate> elected = electedOf(e, c);
    boolean ok = elected.stream().anyMatch(Candidate::smallerEthnicGroup);
    return c.check(
        ok,
        ok
            ? Text.of("当选者中有人数较少的民族的成员", "a member of a smaller ethnic group is elected")
            : Text.of("当选者中没有人数较少的民族的成员", "no member of a smaller ethnic group is elected"));
  }

  /** The committee as this round leaves it: those elected before it and in it. */
  private static List<Candidate> electedOf(VillageElection e, RuleContext c) {
    List<Candidate> committee = new ArrayList<>(e.electedBefore());
    committee.addAll(electedUnder(e, c.use(e.secondRound() ? SECOND_ROUND : MAJORITY)));
    return committee;
  }

  private static Verdict ballot(VillageElection e, RuleContext c) {
    List<String> zh = new ArrayList<>();
    List<String> en = new ArrayList<>();
    if (!e.secretBallot()) {
      zh.add("未无记名投票");
      en.add("the ballot was not secret");
    }
    if (!e.publicCount()) {
      zh.add("未公开计票");
      en.add("the count was not public");
    }
    if (!e.announcedOnSpot()) {
      zh.add("结果未当场公布");
      en.add("the result was not announced on the spot");
    }
    return zh.isEmpty()
        ? c.satisfied(
            Text.of(
                "无记名投票、公开计票、当场公布结果", "secret ballot, public count, result announced on the spot"))
        : c.violated(Text.of(String.join("；", zh), String.join("; ", en)));
  }

  private static Verdict proxies(VillageElection e, RuleContext c) {
    if (e.proxies().isEmpty()) {
      return c.notApplicable(Text.of("无委托投票", "no proxy votes"));
    }
    long others = e.proxies().stream().filter(r -> !r.isClose()).count();
    boolean ok = others == 0 && e.proxiesPublished();
    return c.check(
        ok,
        Text.of(
            e.proxies().size()
                + " 张委托投票，"
                + others
                + " 张受托人非近亲属"
                + (e.proxiesPublished() ? "，名单已公布" : "，名单未公布"),
            e.proxies().size()
                + " proxy votes, "
                + others
                + " by someone not a close relative"
                + (e.proxiesPublished() ? ", the list published" : ", the list not published")),
        ComparedValue.of("proxies not close relatives", others, "0"));
  }

  private static Verdict recallRequest(Recall r, RuleContext c) {
    Threshold voters = c.use(RECALL_BY_VOTERS);
    Threshold reps = c.use(RECALL_BY_REPRESENTATIVES);
    boolean byVoters = voters.isMetBy(r.requestingVoters(), r.registeredVoters());
    boolean byReps =
        r.representatives() > 0 && reps.isMetBy(r.requestingRepresentatives(), r.representatives());
    return c.check(
        byVoters || byReps,
        Text.of(
            "村民联名 "
                + r.requestingVoters()
                + "/"
                + r.registeredVoters()
                + "（要求"
                + voters.describe().zh()
                + "），村民代表联名 "
                + r.requestingRepresentatives()
                + "/"
                + r.representatives()
                + "（要求"
                + reps.describe().zh()
                + "）",
            r.requestingVoters()
                + " of "
                + r.registeredVoters()
                + " voters asked ("
                + voters.describe().en()
                + " needed), "
                + r.requestingRepresentatives()
                + " of "
                + r.representatives()
                + " representatives ("
                + reps.describe().en()
                + ")"),
        ComparedValue.of(
            "voters asking",
            r.requestingVoters() + "/" + r.registeredVoters(),
            voters.describe().en()));
  }

  private static Verdict recallTurnout(Recall r, RuleContext c) {
    Threshold t = c.use(RECALL_VALIDITY);
    boolean ok = t.isMetBy(r.ballotsCast(), r.registeredVoters());
    return c.check(
        ok,
        Text.of(
            "登记选民 "
                + r.registeredVoters()
                + " 人，投票 "
                + r.ballotsCast()
                + " 人（"
                + percent(r.ballotsCast(), r.registeredVoters())
                + "），要求"
                + t.describe().zh(),
            r.ballotsCast()
                + " of "
                + r.registeredVoters()
                + " registered voters voted ("
                + percent(r.ballotsCast(), r.registeredVoters())
                + "); "
                + t.describe().en()
                + " needed"),
        ComparedValue.of(
            "turnout", r.ballotsCast() + "/" + r.registeredVoters(), t.describe().en()));
  }

  private static Verdict recallCarried(Recall r, RuleContext c) {
    Threshold t = c.use(RECALL_MAJORITY);
    boolean ok = t.isMetBy(r.votesFor(), r.ballotsCast());
    return c.check(
        ok,
        Text.of(
            "投票 " + r.ballotsCast() + " 人中 " + r.votesFor() + " 人赞成罢免，要求" + t.describe().zh(),
            r.votesFor()
                + " of "
                + r.ballotsCast()
                + " voting for the recall; "
                + t.describe().en()
                + " needed"),
        ComparedValue.of("for", r.votesFor() + "/" + r.ballotsCast(), t.describe().en()));
  }

  private static String percent(long part, long whole) {
    return String.format(Locale.ROOT, "%.2f %%", whole == 0 ? 0.0 : 100.0 * part / whole);
  }
}
