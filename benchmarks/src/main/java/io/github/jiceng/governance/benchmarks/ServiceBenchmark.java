package io.github.jiceng.governance.benchmarks;

import io.github.jiceng.governance.Governance;
import io.github.jiceng.governance.division.AdministrativeDivision;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.division.DivisionLevel;
import io.github.jiceng.governance.jdbc.JdbcGovernanceStore;
import io.github.jiceng.governance.people.IdentityNumber;
import io.github.jiceng.governance.policy.Citation;
import io.github.jiceng.governance.policy.EffectivePeriod;
import io.github.jiceng.governance.service.AttributeDefinition;
import io.github.jiceng.governance.service.AttributeType;
import io.github.jiceng.governance.service.ServiceAttributes;
import io.github.jiceng.governance.service.ServiceFigures;
import io.github.jiceng.governance.service.ServiceItem;
import java.io.IOException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/** The one-window desk: checking a request's attributes at intake, and the month's figures. */
public class ServiceBenchmark {
  private ServiceBenchmark() {}

  /**
   * Checking a request of ten attributes of ten different types against its item (what every intake
   * does before anything is stored).
   */
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  @Warmup(iterations = 3, time = 2)
  @Measurement(iterations = 5, time = 2)
  @Fork(1)
  @State(Scope.Benchmark)
  public static class Intake {
    private ServiceItem item;
    private Map<String, String> raw;
    private final LocalDate day = LocalDate.of(2026, 6, 30);

    @Setup(Level.Trial)
    public void build() {
      String body = "34180219650312" + "123";
      item =
          ServiceItem.builder("MZ-001", "最低生活保障申请", EffectivePeriod.always())
              .category("社会救助")
              .department("区民政局", "街道办事处")
              .basis(Citation.of("《社会救助暂行办法》", "第十一条"))
              .window("社会救助窗口")
              .promised(20, null)
              .attribute(
                  AttributeDefinition.builder("name", "姓名", AttributeType.STRING)
                      .order(1)
                      .required()
                      .personal()
                      .maxLength(20)
                      .build())
              .attribute(
                  AttributeDefinition.builder("id_number", "身份证号", AttributeType.IDENTITY_NUMBER)
                      .order(2)
                      .required()
                      .build())
              .attribute(
                  AttributeDefinition.builder("phone", "电话", AttributeType.PHONE).order(3).build())
              .attribute(
                  AttributeDefinition.builder("members", "人口", AttributeType.INTEGER)
                      .order(4)
                      .range(1, 20)
                      .build())
              .attribute(
                  AttributeDefinition.builder("income", "收入", AttributeType.NUMBER)
                      .order(5)
                      .range(0, null)
                      .build())
              .attribute(
                  AttributeDefinition.builder("since", "居住起始", AttributeType.DATE).order(6).build())
              .attribute(
                  AttributeDefinition.builder("visit", "预约", AttributeType.DATETIME)
                      .order(7)
                      .build())
              .attribute(
                  AttributeDefinition.builder("disabled", "残疾", AttributeType.BOOLEAN)
                      .order(8)
                      .build())
              .attribute(
                  AttributeDefinition.builder("needs", "需求", AttributeType.MULTI_VALUE_LIST)
                      .order(9)
                      .value("food", "基本生活")
                      .value("medical", "医疗")
                      .build())
              .attribute(
                  AttributeDefinition.builder("community", "社区", AttributeType.DIVISION_CODE)
                      .order(10)
                      .build())
              .build();
      raw = new HashMap<>();
      raw.put("name", "王小明");
      raw.put("id_number", body + IdentityNumber.checkCharacter(body));
      raw.put("phone", "13812345678");
      raw.put("members", "3");
      raw.put("income", "620.50");
      raw.put("since", "2019-03-01");
      raw.put("visit", "2026-07-02T09:30+08:00");
      raw.put("disabled", "false");
      raw.put("needs", "food,medical");
      raw.put("community", "341802002006");
    }

    @Benchmark
    public ServiceAttributes checkTenAttributes() {
      return item.checkAttributes(raw, day);
    }
  }

  /**
   * The month's figures per item for a street, over {@code requests} stored requests (5 streets of
   * 10 communities, six items, all states) on embedded PostgreSQL, loaded by {@code COPY}: one
   * {@code GROUP BY} in the database, through the desk as a street clerk.
   */
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 3, time = 2)
  @Measurement(iterations = 5, time = 2)
  @Fork(1)
  @State(Scope.Benchmark)
  public static class Figures {
    @Param({"10000", "100000"})
    int requests;

    private EmbeddedDatabase database;
    private Governance clerk;
    private final DivisionCode street = DivisionCode.of("341802001000");

    @Setup(Level.Trial)
    public void load() throws IOException, SQLException {
      database = EmbeddedDatabase.start();
      JdbcGovernanceStore store = database.store;
      Governance facade =
          Governance.builder()
              .store(store)
              .clock(
                  Clock.fixed(
                      LocalDate.of(2026, 7, 1).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant(),
                      ZoneId.of("Asia/Shanghai")))
              .build();
      Governance system = facade.asSystem();
      system
          .divisions()
          .add(AdministrativeDivision.of("341802000000", "宣州区", DivisionLevel.DISTRICT));
      String[] items = {"GG-001", "MZ-001", "MZ-002", "YB-001", "RS-001", "CL-001"};
      String[] states = {
        "DONE", "DONE", "DONE", "REFUSED", "WITHDRAWN", "RECEIVED", "WITH_DEPARTMENT"
      };
      StringBuilder rows = new StringBuilder(requests * 160);
      int perCommunity = requests / 50;
      for (int s = 1; s <= 5; s++) {
        String code = String.format("341802%03d000", s);
        system.divisions().add(AdministrativeDivision.of(code, "街道" + s, DivisionLevel.STREET));
        for (int c = 1; c <= 10; c++) {
          String community = String.format("341802%03d%03d", s, c);
          system
              .divisions()
              .add(AdministrativeDivision.of(community, "社区" + s + c, DivisionLevel.COMMUNITY));
          for (int i = 0; i < perCommunity; i++) {
            String state = states[i % states.length];
            boolean fin =
                state.equals("DONE") || state.equals("REFUSED") || state.equals("WITHDRAWN");
            LocalDate received = LocalDate.of(2026, 6, 1).plusDays(i % 30);
            rows.append("R")
                .append(community)
                .append('-')
                .append(i)
                .append('\t')
                .append(items[i % items.length])
                .append("\t2026-01-01\t")
                .append(community)
                .append("\t综合窗口\t区民政局\tclerk\t")
                .append(received)
                .append('\t')
                .append(received.plusDays(14))
                .append('\t')
                .append(state)
                .append('\t')
                .append(fin ? received.plusDays(i % 20).toString() : "\\N")
                .append('\t')
                .append(fin ? String.valueOf(i % 15) : "\\N")
                .append('\t')
                .append(fin && i % 3 != 0 ? (i % 7 == 0 ? "DISSATISFIED" : "SATISFIED") : "\\N")
                .append("\t2\t1\n");
          }
        }
      }
      database.load(
          "COPY gov_service_request (id, item_code, item_version_from, community_code, window_name,"
              + " department, created_by, received_on, due_on, state, done_on, working_days_taken,"
              + " satisfaction, transitions, version) FROM STDIN",
          rows.toString());
      system
          .scopes()
          .grant(
              "street-clerk",
              "街道办事员",
              io.github.jiceng.governance.scope.DataScope.divisionAndBelow(street));
      clerk = facade.as("street-clerk");
      long received =
          clerk
              .services()
              .figures(
                  street,
                  LocalDate.of(2026, 6, 1),
                  LocalDate.of(2026, 6, 30),
                  ServiceFigures.GroupBy.ITEM)
              .total()
              .received();
      if (received != requests / 5) {
        throw new IllegalStateException("the street's figures count " + received + " requests");
      }
    }

    @Benchmark
    public ServiceFigures streetMonthByItem() {
      return clerk
          .services()
          .figures(
              street,
              LocalDate.of(2026, 6, 1),
              LocalDate.of(2026, 6, 30),
              ServiceFigures.GroupBy.ITEM);
    }

    @TearDown(Level.Trial)
    public void stop() throws IOException, SQLException {
      database.close();
    }
  }
}
