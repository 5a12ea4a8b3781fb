package io.github.jiceng.governance.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.jiceng.governance.Governance;
import io.github.jiceng.governance.base.DuplicateKeyException;
import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.base.NotFoundException;
import io.github.jiceng.governance.desk.GridDesk;
import io.github.jiceng.governance.grid.CoverageReport;
import io.github.jiceng.governance.grid.Grid;
import io.github.jiceng.governance.grid.GridRules;
import io.github.jiceng.governance.grid.Household;
import io.github.jiceng.governance.grid.ImportResult;
import io.github.jiceng.governance.people.CareTag;
import io.github.jiceng.governance.people.Masking;
import io.github.jiceng.governance.people.Resident;
import io.github.jiceng.governance.policy.Language;
import io.github.jiceng.governance.testkit.SampleData;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class GridFacadeTest {
  private static final LocalDate DAY = LocalDate.of(2026, 6, 30);
  private final InMemoryGovernanceStore store = new InMemoryGovernanceStore();
  private final Governance governance = Governance.builder().store(store).build().asSystem();
  private final GridDesk grids = governance.grids();

  private void recordCommunity() {
    governance.divisions().add(SampleData.district());
    governance.divisions().add(SampleData.street());
    governance.divisions().add(SampleData.community(1, "城东社区"));
  }

  @Test
  @DisplayName("a grid of an unrecorded community is not found; an import into it stores nothing")
  void unknownCommunity() {
    assertThatThrownBy(() -> grids.addGrid(SampleData.grid(1, 1)))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("community 341802001001 is not recorded");
    assertThatThrownBy(
            () ->
                grids.importHouseholds(
                    SampleData.communityCode(1), SampleData.households(1, 1, 3), List.of()))
        .isInstanceOf(NotFoundException.class);
    assertThat(store.households().findByCommunity(SampleData.communityCode(1))).isEmpty();
  }

  @Test
  @DisplayName("an import lists every invalid record by index and field, and stores nothing")
  void invalidImport() {
    recordCommunity();
    grids.addGrid(SampleData.grid(1, 1));
    List<Household> households = new ArrayList<>(SampleData.households(1, 1, 5));
    households.set(2, new Household(" ", SampleData.communityCode(1), null, null, null, "某地址", 0));
    households.set(4, Household.house("H-other", SampleData.communityCode(2), null, "某地址"));
    List<Resident> residents =
        new ArrayList<>(SampleData.residents(households.subList(0, 2), 2, 0));
    Resident first = residents.get(0);
    residents.set(
        1,
        new Resident(
            first.id() + "x",
            first.householdId(),
            "",
            io.github.jiceng.governance.people.IdentityNumber.of(SampleData.identityNumber(99)),
            null,
            first.relation(),
            first.tags(),
            0));

    assertThatThrownBy(
            () -> grids.importHouseholds(SampleData.communityCode(1), households, residents))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Object::toString)
                    .containsExactly(
                        "households[2].id: must not be blank",
                        "households[4].community: must be the community imported into, 341802001001",
                        "residents[1].name: must not be blank"));
    assertThat(store.households().findByCommunity(SampleData.communityCode(1))).isEmpty();
  }

  @Test
  @DisplayName(
      "an identity number born after today by the facade's clock is refused by the import, naming the record; nothing is stored")
  void residentBornAfterToday() {
    java.time.Clock clock =
        java.time.Clock.fixed(
            java.time.Instant.parse("2026-12-01T02:00:00Z"), java.time.ZoneId.of("Asia/Shanghai"));
    Governance onDecemberFirst = Governance.builder().store(store).clock(clock).build().asSystem();
    recordCommunity();
    onDecemberFirst.grids().addGrid(SampleData.grid(1, 1));
    List<Household> households = SampleData.households(1, 1, 2);
    List<Resident> residents = new ArrayList<>(SampleData.residents(households, 1, 0));
    Resident first = residents.get(0);
    String born2027 = IdentityNumberTestSupport.withCheck("34180220270101003");
    residents.set(
        1,
        new Resident(
            first.id() + "y",
            first.householdId(),
            "未来人",
            io.github.jiceng.governance.people.IdentityNumber.of(born2027),
            null,
            first.relation(),
            first.tags(),
            0));

    assertThatThrownBy(
            () ->
                onDecemberFirst
                    .grids()
                    .importHouseholds(SampleData.communityCode(1), households, residents))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Object::toString)
                    .containsExactly(
                        "residents[1].identityNumber: the birth date (characters 7-14) lies after 2026-12-01"))
        .hasMessageNotContaining(born2027);
    assertThat(store.households().findByCommunity(SampleData.communityCode(1))).isEmpty();
  }

  /** Check characters for hand-made identity numbers. */
  private static final class IdentityNumberTestSupport {
    static String withCheck(String body) {
      return body + io.github.jiceng.governance.people.IdentityNumber.checkCharacter(body);
    }
  }

  @Test
  @DisplayName(
      "import, then the questions: households of a grid, grid of a household, residents needing care")
  void importAndQuery() {
    recordCommunity();
    grids.addGrid(SampleData.grid(1, 1));
    List<Household> households = SampleData.households(1, 1, 400);

    ImportResult result =
        grids.importHouseholds(
            SampleData.communityCode(1), households, SampleData.residents(households, 2, 0));

    assertThat(result).isEqualTo(new ImportResult(SampleData.communityCode(1), 400, 800));
    assertThat(grids.householdsOf(SampleData.gridCode(1, 1))).hasSize(400);
    assertThat(grids.gridOf(households.get(5).id())).map(Grid::name).contains("第一网格");
    assertThat(grids.gridOf("nobody")).isEmpty();
    assertThat(grids.residentsWithTag(SampleData.communityCode(1), CareTag.EMPTY_NEST_ELDERLY))
        .hasSize(80);
    assertThat(grids.residentsOf(households.get(0).id())).hasSize(2);
  }

  @Test
  @DisplayName(
      "coverage names every violation with its grid and numbers: too many households, no primary worker, no party cover, unplaced households")
  void coverage() {
    recordCommunity();
    governance.party().add(SampleData.partyTree(1));
    grids.addGrid(SampleData.grid(1, 1));
    Grid second = SampleData.grid(1, 2);
    grids.addGrid(
        new Grid(
            second.code(),
            second.community(),
            "第二网格",
            second.kind(),
            null,
            second.buildings(),
            List.of(),
            null,
            0));
    grids.addGrid(SampleData.grid(1, 3));
    List<Household> households = new ArrayList<>(SampleData.households(1, 1, 501));
    households.addAll(SampleData.households(1, 2, 300));
    households.addAll(SampleData.households(1, 3, 350));
    households.add(Household.house("C001-NEW-1", SampleData.communityCode(1), null, "城东社区新建小区1号"));
    grids.importHouseholds(
        SampleData.communityCode(1),
        households,
        SampleData.residents(households.subList(0, 501), 5, 0));

    CoverageReport report = grids.checkCoverage(SampleData.communityCode(1), DAY);

    assertThat(report.isCompliant()).isFalse();
    assertThat(report.households()).isEqualTo(1151);
    assertThat(report.residents()).isEqualTo(2505);
    assertThat(report.violations())
        .extracting(
            v ->
                (v.grid() == null ? "community" : v.grid().value().substring(18))
                    + " "
                    + v.ruleId())
        .containsExactly(
            "01 GRID-HOUSEHOLDS",
            "01 GRID-RESIDENTS",
            "02 GRID-PRIMARY-WORKER",
            "03 GRID-PARTY",
            "community COVERAGE-EVERY-HOUSEHOLD");
    assertThat(report.violations().get(0).reason().en())
        .isEqualTo("501 households is outside the 300–500 of an urban grid");
    assertThat(report.violations().get(1).reason().en())
        .isEqualTo("2505 residents; the standard allows at most 2500");
    assertThat(report.violations().get(4).reason().en())
        .isEqualTo("1 of 1152 households are in no grid: C001-NEW-1");
    assertThat(report.grids().get(1).facts().partyCover()).isEqualTo("第二网格党支部");
    assertThat(report.table(Language.ZH))
        .contains("网格覆盖情况 城东社区", "第一网格", "✗ GRID-HOUSEHOLDS,GRID-RESIDENTS", "违反规定 5");
    assertThat(report.explain()).contains(GridRules.PRIMARY_WORKER, "基层治理体系和治理能力现代化");
  }

  @Test
  @DisplayName(
      "personal data never leaks: log lines and exception texts of imports, good and failed, show identity numbers, phones and addresses masked")
  void noPersonalDataInLogsOrErrors() {
    recordCommunity();
    grids.addGrid(SampleData.grid(1, 1));
    List<Household> households = SampleData.households(1, 1, 20);
    List<Resident> residents = new ArrayList<>(SampleData.residents(households, 2, 0));
    Resident original = residents.get(3);
    Resident repeat = residents.get(30);
    residents.set(
        30,
        new Resident(
            repeat.id(),
            repeat.householdId(),
            repeat.name(),
            original.identityNumber(),
            original.phone(),
            repeat.relation(),
            repeat.tags(),
            0));
    List<String> secrets = new ArrayList<>();
    residents.forEach(
        r -> {
          secrets.add(r.identityNumber().value());
          if (r.phone() != null) {
            secrets.add(r.phone().value());
          }
        });
    households.forEach(h -> secrets.add(h.address()));

    StringWriter errors = new StringWriter();
    String log =
        capturingStandardError(
            () -> {
              Throwable failed =
                  catchThrowable(
                      () ->
                          grids.importHouseholds(
                              SampleData.communityCode(1), households, residents));
              assertThat(failed).isInstanceOf(DuplicateKeyException.class);
              failed.printStackTrace(new java.io.PrintWriter(errors));
              errors.append(String.valueOf(households)).append(String.valueOf(residents));
              residents.set(30, repeat);
              grids.importHouseholds(SampleData.communityCode(1), households, residents);
              Throwable invalid =
                  catchThrowable(
                      () ->
                          io.github.jiceng.governance.people.IdentityNumber.of(
                              original.identityNumber().value().substring(0, 17) + "0"));
              errors.append(invalid.getMessage());
            });

    assertThat(log)
        .contains(
            "import into community 341802001001 failed, nothing was stored",
            "identity number " + Masking.identityNumber(original.identityNumber().value()),
            "imported 20 households and 40 residents");
    for (String secret : secrets) {
      assertThat(log).doesNotContain(secret);
      assertThat(errors.toString()).doesNotContain(secret);
    }
  }

  @Test
  @DisplayName(
      "an import whose commit has an unknown outcome is logged as such, never as 'nothing was stored'")
  void unknownCommitOutcome() {
    recordCommunity();
    grids.addGrid(SampleData.grid(1, 1));
    io.github.jiceng.governance.spi.GovernanceStore failingCommit = commitFailing(store);
    GridDesk onFailingStore = Governance.builder().store(failingCommit).build().asSystem().grids();
    List<Household> households = SampleData.households(1, 1, 3);

    String log =
        capturingStandardError(
            () ->
                assertThatThrownBy(
                        () ->
                            onFailingStore.importHouseholds(
                                SampleData.communityCode(1), households, List.of()))
                    .isInstanceOf(
                        io.github.jiceng.governance.base.CommitOutcomeUnknownException.class));

    assertThat(log)
        .contains(
            "import into community 341802001001: the commit failed and its outcome is unknown")
        .doesNotContain("nothing was stored");
  }

  /**
   * The in-memory store, except that every transaction ends as a commit whose outcome is unknown.
   */
  private static io.github.jiceng.governance.spi.GovernanceStore commitFailing(
      InMemoryGovernanceStore real) {
    return (io.github.jiceng.governance.spi.GovernanceStore)
        java.lang.reflect.Proxy.newProxyInstance(
            io.github.jiceng.governance.spi.GovernanceStore.class.getClassLoader(),
            new Class<?>[] {io.github.jiceng.governance.spi.GovernanceStore.class},
            (proxy, method, args) -> {
              Object result = method.invoke(real, args);
              if (method.getName().equals("inTransaction")) {
                throw new io.github.jiceng.governance.base.CommitOutcomeUnknownException(
                    "commit failed: whether the transaction took effect is unknown",
                    new RuntimeException("connection reset"));
              }
              return result;
            });
  }

  private static String capturingStandardError(Runnable work) {
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      work.run();
    } finally {
      System.setErr(original);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }
}
