package io.github.jiceng.governance.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.jiceng.governance.Governance;
import io.github.jiceng.governance.access.AccessDecision;
import io.github.jiceng.governance.access.AccessPolicy;
import io.github.jiceng.governance.access.ApprovalAction;
import io.github.jiceng.governance.access.ApprovalStep;
import io.github.jiceng.governance.access.Inspection;
import io.github.jiceng.governance.access.TaskRequest;
import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.grid.Building;
import io.github.jiceng.governance.grid.Grid;
import io.github.jiceng.governance.grid.GridAssignment;
import io.github.jiceng.governance.grid.GridCode;
import io.github.jiceng.governance.grid.GridPost;
import io.github.jiceng.governance.grid.Household;
import io.github.jiceng.governance.people.IdentityNumber;
import io.github.jiceng.governance.people.PhoneNumber;
import io.github.jiceng.governance.people.Relation;
import io.github.jiceng.governance.people.Resident;
import io.github.jiceng.governance.spi.GovernanceStore;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Every text field of every stored record, written through the facade at its limit and one
 * character over, on the store under test: at the limit the record is stored and reads back whole
 * (no store truncates or refuses it); one over, the domain validation refuses it with an {@link
 * InvalidInputException} naming the field, before the store sees it. Limits come from the records'
 * Bean Validation constraints ({@link TextLimits}), the one place they are written.
 */
final class TextLimitChecks {
  private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

  private final GovernanceStore store;
  private final Governance governance;
  private final DivisionCode community;
  private int recordTypes;

  TextLimitChecks(GovernanceStore store) {
    this.store = store;
    Clock clock = Clock.fixed(Instant.parse("2026-03-02T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    this.governance = Governance.builder().store(store).clock(clock).build().asSystem();
    governance.divisions().add(SampleData.district());
    governance.divisions().add(SampleData.street());
    this.community = governance.divisions().add(SampleData.community(1, "社区1")).code();
  }

  /** Runs every record type; returns how many were checked. */
  int run() {
    check(
        "AdministrativeDivision",
        SampleData.community(2, "社区2"),
        Set.of(),
        governance.divisions()::add,
        d -> governance.divisions().find(d.code()));
    check(
        "Committee",
        SampleData.residentsCommittee(1, "城东社区居民委员会", 900),
        Set.of(),
        governance.committees()::add,
        c -> governance.committees().find(c.id()));
    check(
        "PartyTree",
        SampleData.partyTree(1),
        Set.of("root.leaders[0].crossAppointment"),
        governance.party()::add,
        t -> governance.party().find(t.id()));
    GridCode gridCode = SampleData.gridCode(1, 9);
    Grid grid =
        Grid.dedicated(gridCode, community, "宣城中学网格", "宣城中学")
            .withBuildings(new Building("B1", "1号楼", 2))
            .assign(GridAssignment.of("W-1", "张三", GridPost.PRIMARY, DAY))
            .withPartyContact("李四");
    check(
        "Grid",
        grid,
        Set.of(),
        governance.grids()::addGrid,
        g -> governance.grids().grid(g.code()));
    check(
        "Household",
        Household.inBuilding("H-1", community, gridCode, "B1", "2", "宣城市宣州区锦绣苑3栋2单元501"),
        Set.of(),
        h -> {
          governance.grids().importHouseholds(community, List.of(h), List.of());
          return h;
        },
        h -> store.households().find(h.id()).map(found -> found.withVersion(h.version())));
    governance
        .grids()
        .importHouseholds(
            community,
            List.of(
                Household.inBuilding("H-R", community, gridCode, "B1", "1", "宣城市宣州区锦绣苑3栋1单元101")),
            List.of());
    Resident resident =
        new Resident(
            "R-1",
            "H-R",
            "王五",
            IdentityNumber.of(SampleData.identityNumber(1)),
            PhoneNumber.of("13900001111"),
            Relation.HEAD,
            Set.of(),
            0);
    check(
        "Resident",
        resident,
        Set.of("householdId"),
        r -> {
          governance.grids().importHouseholds(community, List.of(), List.of(r));
          return r;
        },
        r -> store.residents().find(r.id()).map(found -> found.withVersion(r.version())));
    TaskRequest request =
        TaskRequest.builder("T-1")
            .department("区民政局")
            .title("居民委员会换届选举准备")
            .item("D-01")
            .communities(community)
            .forms("F-01")
            .inspection(Inspection.unified("换届工作考评"))
            .certificates("C-01")
            .demands("PHOTO")
            .appliedOn(DAY)
            .period(LocalDate.of(2026, 5, 6), LocalDate.of(2026, 6, 30))
            .build();
    TaskRequest storedRequest =
        check(
            "TaskRequest",
            request,
            Set.of(),
            governance.access()::submit,
            r -> store.taskRequests().find(r.id()));
    decisionAtLimit(storedRequest);
    approvalAtLimit();
    policyAtLimit();
    return recordTypes;
  }

  /** Checks one record type; returns the record stored at the limit. */
  private <T> T check(
      String what,
      T sample,
      Set<String> skip,
      Function<T, T> write,
      Function<T, Optional<T>> find) {
    List<TextLimits.Field> fields = TextLimits.of(sample, skip);
    assertThat(fields).as(what + " has limited text fields").isNotEmpty();
    for (TextLimits.Field field : fields) {
      Throwable refused = catchThrowable(() -> write.apply(field.with(sample, field.max() + 1)));
      assertThat(refused)
          .as(
              "%s.%s with %d characters (limit %d)",
              what, field.path(), field.max() + 1, field.max())
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining(leaf(field.path()));
    }
    T atLimit = TextLimits.atLimit(sample, skip);
    T stored = write.apply(atLimit);
    assertThat(find.apply(stored))
        .as("%s with every text field at its limit reads back whole", what)
        .contains(stored);
    recordTypes++;
    return stored;
  }

  /**
   * The access decision copies the request's department: a department at its limit is decided and
   * stored.
   */
  private void decisionAtLimit(TaskRequest request) {
    AccessPolicy policy = SampleData.accessPolicy("1");
    List<AccessDecision> made = governance.access().decide(request.id(), policy, DAY);
    List<AccessDecision> read = governance.access().decisions(request.id());
    assertThat(read)
        .extracting(AccessDecision::requestId, AccessDecision::department, AccessDecision::outcome)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                request.id(), request.department(), made.get(0).outcome()));
    assertThat(read.get(0).department()).hasSize(100);
    recordTypes++;
  }

  /** The leadership group's step: who decided (100) and the grounds (1,000). */
  private void approvalAtLimit() {
    TaskRequest unlisted =
        governance
            .access()
            .submit(
                TaskRequest.builder("T-2")
                    .department("区民政局")
                    .title("临时任务")
                    .communities(community)
                    .appliedOn(DAY)
                    .period(LocalDate.of(2026, 5, 6), LocalDate.of(2026, 6, 30))
                    .build());
    ApprovalStep sample =
        new ApprovalStep(
            unlisted.id(),
            1,
            ApprovalAction.APPROVED,
            DAY,
            "宣州区社区建设领导小组",
            LocalDate.of(2026, 6, 30),
            "同意");
    check(
        "ApprovalStep",
        sample,
        Set.of("requestId"),
        s ->
            governance
                .access()
                .approve(
                    s.requestId(),
                    s.by(),
                    s.on(),
                    java.util.Objects.requireNonNull(s.until()),
                    s.note()),
        s -> governance.access().approvals(s.requestId()).stream().filter(s::equals).findFirst());
  }

  /** A published policy's id and version (64 each): stored, read back, and one over refused. */
  private void policyAtLimit() {
    String id = "p".repeat(64);
    AccessPolicy atLimit =
        AccessPolicy.builder(id, "v".repeat(64))
            .item(SampleData.accessPolicy("1").items().get(0))
            .build();
    governance.access().publish(atLimit);
    assertThat(governance.access().policy(id, "v".repeat(64)).items()).isEqualTo(atLimit.items());
    AccessPolicy over =
        AccessPolicy.builder("p".repeat(65), "1")
            .item(SampleData.accessPolicy("1").items().get(0))
            .build();
    assertThat(catchThrowable(() -> governance.access().publish(over)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("policyId");
    recordTypes++;
  }

  private static String leaf(String path) {
    String last = path.substring(path.lastIndexOf('.') + 1);
    int bracket = last.indexOf('[');
    return bracket < 0 ? last : last.substring(0, bracket);
  }
}
