package io.github.jiceng.governance.examples;

import io.github.jiceng.governance.Governance;
import io.github.jiceng.governance.base.TextWidth;
import io.github.jiceng.governance.committee.Committee;
import io.github.jiceng.governance.committee.CommitteeKind;
import io.github.jiceng.governance.committee.CommitteeRole;
import io.github.jiceng.governance.committee.Term;
import io.github.jiceng.governance.division.AdministrativeDivision;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.division.DivisionLevel;
import io.github.jiceng.governance.jdbc.JdbcGovernanceStore;
import io.github.jiceng.governance.policy.Compliance;
import io.github.jiceng.governance.policy.Decision;
import io.github.jiceng.governance.spi.GovernanceStore;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import org.jspecify.annotations.Nullable;

/**
 * The demo behind the README's "run" command. It records 宣城's nine communities (seed report 000:
 * 城东, 城西, 北园, 桥西, 桥东, 城南, 城中, 城北, 南河) with their residents' committees in an embedded H2 database,
 * then asks the residents' committee law about every committee on two dates either side of
 * 2026-01-01, when the law's 2025 revision came into force, and prints the answers with their
 * reasons. Then it runs the district's task desk for a year ({@link AccessDemo}).
 *
 * <p>Household counts and codes are illustrative: the seed report names the communities but does
 * not count their households.
 */
public final class Demo {
  static final LocalDate BEFORE = LocalDate.of(2025, 6, 30);
  static final LocalDate AFTER = LocalDate.of(2026, 6, 30);
  static final DivisionCode DISTRICT = DivisionCode.of("341802000000");

  /** Community name and (illustrative) households, in the seed report's order. */
  static final List<Object[]> COMMUNITIES =
      List.of(
          new Object[] {"城东", 650},
          new Object[] {"城西", 820},
          new Object[] {"北园", 1200},
          new Object[] {"桥西", 700},
          new Object[] {"桥东", 1500},
          new Object[] {"城南", 2600},
          new Object[] {"城中", 980},
          new Object[] {"城北", 3100},
          new Object[] {"南河", 450});

  private Demo() {}

  public static void main(String[] args) {
    // Hibernate Validator logs through jboss-logging; send it to SLF4J like everything else.
    System.setProperty("org.jboss.logging.provider", "slf4j");
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    JdbcDataSource h2 = embeddedDatabase();
    Path reports = Path.of(args.length > 0 ? args[0] : "target/governance-reports");
    run(JdbcGovernanceStore.builder(h2).build(), tampering(h2), out).writeTo(reports, out);
  }

  /** An H2 database in memory. */
  static JdbcDataSource embeddedDatabase() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:governance-demo;DB_CLOSE_DELAY=-1");
    return h2;
  }

  /** An H2 database in memory, schema created by the store's migrator. */
  static GovernanceStore embeddedStore() {
    return JdbcGovernanceStore.builder(embeddedDatabase()).build();
  }

  /** Plain SQL on the demo's database, bypassing the library: what an intruder could do. */
  static ScopeDemo.Tampering tampering(JdbcDataSource h2) {
    return (sequence, actor) -> {
      try (java.sql.Connection c = h2.getConnection();
          java.sql.PreparedStatement update =
              c.prepareStatement("UPDATE gov_audit_record SET actor = ? WHERE seq = ?")) {
        update.setString(1, actor);
        update.setLong(2, sequence);
        update.executeUpdate();
      } catch (java.sql.SQLException e) {
        throw new IllegalStateException("the demo could not change the record", e);
      }
    };
  }

  /** {@link #run(GovernanceStore, ScopeDemo.Tampering, PrintStream)} without tampering. */
  static DemoPages run(GovernanceStore store, PrintStream out) {
    return run(store, null, out);
  }

  /**
   * Loads the sample district into {@code store} and prints the reports; if {@code tampering} is
   * given, changes an audit record with it and shows verification catching it.
   *
   * @return the report pages of the burden, the grid coverage, the service and the case figures
   */
  static DemoPages run(
      GovernanceStore store, ScopeDemo.@Nullable Tampering tampering, PrintStream out) {
    DemoPages pages = new DemoPages();
    Clock clock =
        Clock.fixed(
            AFTER.atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant(), ZoneId.of("Asia/Shanghai"));
    Governance facade = Governance.builder().store(store).clock(clock).build();
    Governance governance = facade.asSystem(); // the demo loads its sample data as the system
    load(governance);

    out.println("宣城市宣州区 — 居民委员会是否符合《城市居民委员会组织法》");
    out.println(
        "Xuancheng, Xuanzhou district — do the residents' committees satisfy the committee law?");
    out.println("(9 communities from seed report 000; household counts are illustrative)");
    out.println();
    summary(governance, out);
    out.println();
    out.println("== 为什么 / Why: 城东社区 on both dates ==");
    Committee chengdong = governance.committees().find("341802001001-RC").orElseThrow();
    out.println(governance.committees().check(chengdong, BEFORE).explain());
    out.println(governance.committees().check(chengdong, AFTER).explain());
    out.println();
    PartyDemo.run(governance, AFTER, out);
    out.println();
    GridDemo.run(governance, AFTER, out, pages);
    out.println();
    AccessDemo.run(governance, communityCodes(), STREETS, out, pages);
    out.println();
    ServiceDemo.run(store, out, pages);
    out.println();
    CaseDemo.run(store, out, pages);
    out.println();
    FacilityDemo.run(store, AFTER, out);
    out.println();
    LifeDemo.care(store, out);
    out.println();
    LifeDemo.points(store, out);
    out.println();
    LifeDemo.consultation(store, out);
    out.println();
    LifeDemo.organisations(store, out);
    out.println();
    DivisionChangeDemo.run(store, AccessDemo.samplePolicy(), out);
    out.println();
    ElectionDemo.run(out);
    out.println();
    ElectionDemo.jinghu(store, out);
    out.println();
    ScopeDemo.run(facade, governance, tampering, out);
    out.println();
    return pages;
  }

  /** The sample communities' names by code, for the reports. */
  static java.util.Map<DivisionCode, String> communityNames() {
    java.util.Map<DivisionCode, String> names = new java.util.LinkedHashMap<>();
    for (int i = 0; i < COMMUNITIES.size(); i++) {
      names.put(DivisionCode.of(communityCode(i)), COMMUNITIES.get(i)[0] + "社区");
    }
    return names;
  }

  /**
   * The two streets of the sample: the first five communities lie in one, the other four in the
   * next.
   */
  static final List<DivisionCode> STREETS =
      List.of(DivisionCode.of("341802001000"), DivisionCode.of("341802002000"));

  static List<DivisionCode> communityCodes() {
    List<DivisionCode> codes = new java.util.ArrayList<>();
    for (int i = 0; i < COMMUNITIES.size(); i++) {
      codes.add(DivisionCode.of(communityCode(i)));
    }
    return codes;
  }

  private static String communityCode(int i) {
    return String.format("34180200%d%03d", i < 5 ? 1 : 2, i + 1);
  }

  private static void summary(Governance governance, PrintStream out) {
    // padded by display width: a Chinese character takes two columns on a console
    out.println(
        TextWidth.pad("社区", 9, true)
            + TextWidth.pad("户数", 8, false)
            + "   "
            + TextWidth.pad(BEFORE + " (1989 law)", 29, true)
            + AFTER
            + " (2025 revision)");
    for (Committee committee : governance.committees().within(DISTRICT)) {
      Decision<Compliance> before = governance.committees().check(committee, BEFORE);
      Decision<Compliance> after = governance.committees().check(committee, AFTER);
      out.println(
          TextWidth.pad(committee.name().replace("社区居民委员会", ""), 9, true)
              + TextWidth.pad(String.valueOf(committee.households()), 8, false)
              + "   "
              + TextWidth.pad(verdict(before), 29, true)
              + verdict(after));
    }
  }

  private static String verdict(Decision<Compliance> decision) {
    if (decision.outcome() == Compliance.COMPLIANT) {
      return "✓ " + decision.outcome().label().zh();
    }
    return "✗ " + String.join(", ", decision.decidingRuleIds());
  }

  private static void load(Governance governance) {
    governance
        .divisions()
        .add(new AdministrativeDivision(DISTRICT, "宣州区", DivisionLevel.DISTRICT, 0));
    governance
        .divisions()
        .add(AdministrativeDivision.of("341802001000", "澄江街道", DivisionLevel.STREET));
    governance
        .divisions()
        .add(AdministrativeDivision.of("341802002000", "鳌峰街道", DivisionLevel.STREET));
    Term term = Term.ofYears(LocalDate.of(2023, 5, 1), 5);
    for (int i = 0; i < COMMUNITIES.size(); i++) {
      String name = (String) COMMUNITIES.get(i)[0];
      int households = (Integer) COMMUNITIES.get(i)[1];
      // the first five communities in one street, the other four in the next
      String code = communityCode(i);
      governance
          .divisions()
          .add(AdministrativeDivision.of(code, name + "社区", DivisionLevel.COMMUNITY));
      governance
          .committees()
          .add(
              Committee.builder(code + "-RC", CommitteeKind.RESIDENTS)
                  .division(code)
                  .name(name + "社区居民委员会")
                  .households(households)
                  .term(term)
                  .member(name + "主任", CommitteeRole.DIRECTOR)
                  .member(name + "副主任", CommitteeRole.DEPUTY_DIRECTOR)
                  .member(name + "委员甲", CommitteeRole.MEMBER)
                  .member(name + "委员乙", CommitteeRole.MEMBER)
                  .member(name + "委员丙", CommitteeRole.MEMBER)
                  .group("第一居民小组", households / 2)
                  .group("第二居民小组", households - households / 2)
                  .build());
    }
  }
}
