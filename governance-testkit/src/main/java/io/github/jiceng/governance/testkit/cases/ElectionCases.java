package io.github.jiceng.governance.testkit.cases;

import static io.github.jiceng.governance.testkit.cases.CaseFile.choice;
import static io.github.jiceng.governance.testkit.cases.CaseFile.date;
import static io.github.jiceng.governance.testkit.cases.CaseFile.flag;
import static io.github.jiceng.governance.testkit.cases.CaseFile.items;
import static io.github.jiceng.governance.testkit.cases.CaseFile.mapping;
import static io.github.jiceng.governance.testkit.cases.CaseFile.number;
import static io.github.jiceng.governance.testkit.cases.CaseFile.required;
import static io.github.jiceng.governance.testkit.cases.CaseFile.text;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.election.Candidate;
import io.github.jiceng.governance.election.ElectionRules;
import io.github.jiceng.governance.election.Objection;
import io.github.jiceng.governance.election.ProxyRelation;
import io.github.jiceng.governance.election.VillageElection;
import io.github.jiceng.governance.policy.Compliance;
import io.github.jiceng.governance.policy.Decision;
import io.github.jiceng.governance.policy.Policy;
import io.github.jiceng.governance.policy.RuleSet;
import io.github.jiceng.governance.testkit.cases.CaseNode.Mapping;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The election family: a case is one round of a villagers' committee election held on the case's
 * {@code as-of} day, decided by {@link ElectionRules#VILLAGE_ELECTION}.
 *
 * <pre>
 * election:
 *   registered: 1200
 *   register-published: 2026-04-20
 *   seats: 5
 *   ballots: 1010
 *   candidates:
 *     - {key: C1, votes: 800, woman: yes}
 *     - {key: C2, votes: 720}
 *   objections: [{raised: 2026-04-22, decided: 2026-04-24}]
 *   proxies: [spouse, child]          # how each proxy was related to the voter
 *   proxies-published: yes
 *   second-round: no
 *   several-ethnic-groups: no
 *   secret-ballot: yes                # these three default to yes
 *   public-count: yes
 *   announced-on-spot: yes
 *   elected-before: [{key: C1, woman: yes}]   # a second round's members from the first
 *   election-committee: [E1, E2, E3]          # the villagers' election committee's members
 * </pre>
 */
final class ElectionCases extends ComplianceCases {
  private static final Set<String> KEYS =
      Set.of(
          "registered",
          "register-published",
          "seats",
          "ballots",
          "candidates",
          "objections",
          "proxies",
          "proxies-published",
          "second-round",
          "several-ethnic-groups",
          "secret-ballot",
          "public-count",
          "announced-on-spot",
          "elected-before",
          "election-committee");
  private static final Set<String> CANDIDATE =
      Set.of("key", "votes", "woman", "smaller-ethnic-group");
  private static final Set<String> OBJECTION = Set.of("raised", "decided");

  /** A case's election without its day, which is the case's as-of. */
  private record Input(Mapping election, int line) {}

  @Override
  public String id() {
    return "election";
  }

  @Override
  public Set<String> inputKeys() {
    return Set.of("election");
  }

  @Override
  RuleSet<?, Compliance> rules() {
    return ElectionRules.VILLAGE_ELECTION;
  }

  @Override
  Decision<Compliance> check(Object input, Policy policy, LocalDate asOf) {
    Input in = (Input) input;
    return ElectionRules.check(election(in.election(), asOf, in.line()), policy);
  }

  @Override
  public Object readInput(Mapping c, String caseName, int number) {
    CaseNode node = required(c, "election");
    Mapping m = mapping(node, KEYS, "election");
    election(m, LocalDate.of(2199, 12, 31), node.line()); // checked now, so a bad file stops early
    return new Input(m, node.line());
  }

  /**
   * The {@code candidates} of an election mapping: {@code {key, votes, woman?,
   * smaller-ethnic-group?}} each; {@code input} names the mapping in messages.
   */
  static List<Candidate> candidates(Mapping m, String input) {
    List<Candidate> candidates = new ArrayList<>();
    for (CaseNode node :
        items(required(m, "candidates", input + ".candidates"), input + ".candidates")) {
      Mapping cm = mapping(node, CANDIDATE, "a candidate");
      try {
        candidates.add(
            new Candidate(
                text(required(cm, "key", "candidate.key"), "candidate.key"),
                number(required(cm, "votes", "candidate.votes"), "candidate.votes"),
                yes(cm.fields(), "woman", false),
                yes(cm.fields(), "smaller-ethnic-group", false)));
      } catch (InvalidInputException e) {
        throw new CaseFileException("a candidate is wrong: " + e.getMessage(), node.line());
      }
    }
    return candidates;
  }

  private static VillageElection election(Mapping m, LocalDate day, int line) {
    Map<String, CaseNode> f = m.fields();
    List<Candidate> candidates = candidates(m, "election");
    List<Candidate> before = new ArrayList<>();
    for (CaseNode node : items(f.get("elected-before"), "election.elected-before")) {
      Mapping bm = mapping(node, CANDIDATE, "a member elected before");
      try {
        before.add(
            new Candidate(
                text(required(bm, "key", "elected-before.key"), "elected-before.key"),
                0,
                yes(bm.fields(), "woman", false),
                yes(bm.fields(), "smaller-ethnic-group", false)));
      } catch (InvalidInputException e) {
        throw new CaseFileException(
            "a member elected before is wrong: " + e.getMessage(), node.line());
      }
    }
    List<Objection> objections = new ArrayList<>();
    for (CaseNode node : items(f.get("objections"), "election.objections")) {
      Mapping om = mapping(node, OBJECTION, "an objection");
      CaseNode decided = om.fields().get("decided");
      try {
        objections.add(
            new Objection(
                date(required(om, "raised", "objection.raised"), "objection.raised"),
                decided == null ? null : date(decided, "objection.decided")));
      } catch (InvalidInputException e) {
        throw new CaseFileException("an objection is wrong: " + e.getMessage(), node.line());
      }
    }
    List<ProxyRelation> proxies = new ArrayList<>();
    for (CaseNode node : items(f.get("proxies"), "election.proxies")) {
      proxies.add(choice(node, "election.proxies", ProxyRelation.class));
    }
    List<String> committee = new ArrayList<>();
    for (CaseNode node : items(f.get("election-committee"), "election.election-committee")) {
      committee.add(text(node, "election.election-committee"));
    }
    LocalDate published =
        date(
            required(m, "register-published", "election.register-published"),
            "election.register-published");
    try {
      return new VillageElection(
          number(required(m, "registered", "election.registered"), "election.registered"),
          published,
          day.isBefore(published) ? published : day,
          objections,
          number(required(m, "seats", "election.seats"), "election.seats"),
          candidates,
          number(required(m, "ballots", "election.ballots"), "election.ballots"),
          yes(f, "second-round", false),
          yes(f, "several-ethnic-groups", false),
          yes(f, "secret-ballot", true),
          yes(f, "public-count", true),
          yes(f, "announced-on-spot", true),
          proxies,
          yes(f, "proxies-published", false),
          before,
          committee);
    } catch (InvalidInputException e) {
      throw new CaseFileException("the election is wrong: " + e.getMessage(), line);
    }
  }

  static boolean yes(Map<String, CaseNode> f, String key, boolean otherwise) {
    CaseNode node = f.get(key);
    return node == null ? otherwise : flag(node, key);
  }
}
