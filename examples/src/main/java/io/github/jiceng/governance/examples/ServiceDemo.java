package io.github.jiceng.governance.examples;

import io.github.jiceng.governance.Governance;
import io.github.jiceng.governance.calendar.WorkingCalendar;
import io.github.jiceng.governance.defaults.NationalDefaults;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.report.HtmlReport;
import io.github.jiceng.governance.scope.DataScope;
import io.github.jiceng.governance.service.RequestEvent;
import io.github.jiceng.governance.service.RequestTransition;
import io.github.jiceng.governance.service.ServiceCatalogue;
import io.github.jiceng.governance.service.ServiceCatalogueFile;
import io.github.jiceng.governance.service.ServiceFigures;
import io.github.jiceng.governance.service.ServiceRequest;
import io.github.jiceng.governance.service.StoredCatalogue;
import io.github.jiceng.governance.spi.GovernanceStore;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * The demo's one-window part: a sample catalogue of six items at the windows seed 003 names (社会救助,
 * 社会福利, 社会保障, 就业, 残疾人服务, 综合), a month of requests at 城南社区's service station in June 2026, the
 * month's figures, and one request's history. The requests are illustrative; each item cites the
 * law it rests on, and where this project could not verify a document or an article the citation
 * says so.
 */
final class ServiceDemo {
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  private static final DivisionCode CHENGNAN = DivisionCode.of("341802002006");
  private static final LocalDate JUNE = LocalDate.of(2026, 6, 1);
  private static final String CLERK = "chengnan-window-01";
  static final String CATALOGUE_FILE = "xuanzhou-services.yaml";

  private ServiceDemo() {}

  /** The sample catalogue, read from the classpath ({@code policies/} in this module). */
  static ServiceCatalogue catalogue() {
    return ServiceCatalogueFile.read(SampleFiles.text(CATALOGUE_FILE), CATALOGUE_FILE);
  }

  /** A clock the demo moves from day to day of June. */
  private static final class DayClock extends Clock {
    private Instant now = JUNE.atTime(9, 0).atZone(CHINA).toInstant();

    void set(LocalDate day) {
      now = day.atTime(9, 0).atZone(CHINA).toInstant();
    }

    @Override
    public ZoneId getZone() {
      return CHINA;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  static void run(GovernanceStore store, PrintStream out, DemoPages pages) {
    DayClock clock = new DayClock();
    Governance facade = Governance.builder().store(store).clock(clock).build();
    facade.asSystem().scopes().grant(CLERK, "窗口受理员", DataScope.division(CHENGNAN));
    var desk = facade.as(CLERK).services();
    StoredCatalogue published = facade.asSystem().services().publish(catalogue());
    ServiceCatalogue catalogue = desk.catalogue(published.catalogueId(), published.version());
    WorkingCalendar calendar = WorkingCalendar.of(NationalDefaults.policy());
    List<String> codes = List.of("GG-001", "MZ-001", "MZ-002", "YB-001", "RS-001", "CL-001");

    int n = 0;
    for (LocalDate day = JUNE; !day.isAfter(LocalDate.of(2026, 6, 30)); day = day.plusDays(1)) {
      if (!calendar.isWorkingDay(day)) {
        continue;
      }
      clock.set(day);
      for (int k = 0; k < 3; k++, n++) {
        String code = codes.get(n % codes.size());
        ServiceRequest request =
            desk.intake(
                catalogue,
                code,
                String.format("CN-2026-%04d", n + 1),
                CHENGNAN,
                attributes(code, n));
        settle(desk, request, n, clock, day);
      }
    }
    clock.set(LocalDate.of(2026, 6, 30));
    ServiceFigures figures =
        desk.figures(CHENGNAN, JUNE, LocalDate.of(2026, 6, 30), ServiceFigures.GroupBy.ITEM);
    out.println("== 一口受理 / One window: 城南社区便民服务站, June 2026 ==");
    out.println(
        "目录 / catalogue "
            + catalogue.id()
            + " "
            + catalogue.version()
            + ": "
            + catalogue.items(JUNE).size()
            + " items at "
            + catalogue.windows(JUNE)
            + ", published "
            + published.publishedOn()
            + " from "
            + CATALOGUE_FILE);
    out.print(figures.table());
    pages.add("service-figures.html", HtmlReport.serviceFigures(figures));
    out.println("-- 办理过程 / history of CN-2026-0002 (最低生活保障申请, 代办) --");
    ServiceRequest sample = desk.find("CN-2026-0002").orElseThrow();
    out.println(
        "受理 "
            + sample.receivedOn()
            + ", 承诺 / due "
            + sample.dueOn()
            + ", "
            + sample.state().label().zh()
            + " "
            + sample.doneOn()
            + (sample.doneOnTime() ? " 按时 / on time" : " 超期 / late")
            + ", "
            + sample.attributes());
    for (RequestTransition step : desk.history("CN-2026-0002")) {
      out.println(
          "  "
              + step.sequence()
              + ". "
              + step.at().atZone(CHINA).toLocalDate()
              + " "
              + (step.event() == null
                  ? "受理 / intake"
                  : step.event().label().zh() + " / " + step.event().label().en())
              + " → "
              + step.to().label().zh()
              + " ("
              + step.actor()
              + ")"
              + (step.note() == null ? "" : " " + step.note()));
    }
  }

  private static Map<String, String> attributes(String code, int n) {
    String body =
        "341802"
            + LocalDate.of(1940, 1, 1)
                .plusDays(37L * n)
                .format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE)
            + String.format("%03d", 100 + n % 900);
    String id = body + io.github.jiceng.governance.people.IdentityNumber.checkCharacter(body);
    return switch (code) {
      case "MZ-001" ->
          Map.of("name", "城南居民" + n, "id_number", id, "members", String.valueOf(1 + n % 5));
      case "RS-001" ->
          Map.of(
              "name",
              "城南居民" + n,
              "id_number",
              id,
              "status",
              n % 2 == 0 ? "employed" : "unemployed");
      default -> Map.of("name", "城南居民" + n, "id_number", id);
    };
  }

  /**
   * Settles request {@code n} the way a month at a station goes: most promised requests are handed
   * to the department and done a few days later, one in nine late, one in twelve refused, some
   * still open at the end of the month; most residents rate the result.
   */
  private static void settle(
      io.github.jiceng.governance.desk.ServiceDesk desk,
      ServiceRequest request,
      int n,
      DayClock clock,
      LocalDate day) {
    ServiceRequest current = request;
    if (!current.state().isFinal()) {
      current =
          desk.advance(current.id(), current.version(), RequestEvent.HAND_TO_DEPARTMENT, null);
      if (n % 12 == 5) {
        current = desk.advance(current.id(), current.version(), RequestEvent.REFUSE, "不符合申请条件");
      } else if (!day.plusDays(n % 9 == 4 ? 30 : 5).isAfter(LocalDate.of(2026, 6, 30))) {
        clock.set(day.plusDays(n % 9 == 4 ? 30 : 5));
        current = desk.advance(current.id(), current.version(), RequestEvent.COMPLETE, "结果已领取");
        clock.set(day);
      }
    }
    if (current.state().isFinal() && n % 4 != 3) {
      desk.rate(
          current.id(),
          current.version(),
          n % 10 == 7 ? 2 : 4 + n % 2); // scores on the national five-level scale: 不满意, 满意, 非常满意
    }
  }
}
