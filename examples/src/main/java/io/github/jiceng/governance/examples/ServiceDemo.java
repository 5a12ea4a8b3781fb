package io.github.jiceng.governance.examples;

import io.github.jiceng.governance.Governance;
import io.github.jiceng.governance.calendar.WorkingCalendar;
import io.github.jiceng.governance.defaults.NationalDefaults;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.policy.Citation;
import io.github.jiceng.governance.policy.EffectivePeriod;
import io.github.jiceng.governance.scope.DataScope;
import io.github.jiceng.governance.service.AttributeDefinition;
import io.github.jiceng.governance.service.AttributeType;
import io.github.jiceng.governance.service.ItemType;
import io.github.jiceng.governance.service.RequestEvent;
import io.github.jiceng.governance.service.RequestTransition;
import io.github.jiceng.governance.service.Satisfaction;
import io.github.jiceng.governance.service.ServiceCatalogue;
import io.github.jiceng.governance.service.ServiceFigures;
import io.github.jiceng.governance.service.ServiceItem;
import io.github.jiceng.governance.service.ServiceRequest;
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

  private ServiceDemo() {}

  /**
   * The sample catalogue (illustrative promised times; no statutory time where none was verified).
   */
  static ServiceCatalogue catalogue() {
    EffectivePeriod from2026 = EffectivePeriod.from(LocalDate.of(2026, 1, 1));
    AttributeDefinition name =
        AttributeDefinition.builder("name", "申请人姓名", AttributeType.STRING)
            .required()
            .order(1)
            .personal()
            .maxLength(20)
            .build();
    AttributeDefinition id =
        AttributeDefinition.builder("id_number", "身份证号", AttributeType.IDENTITY_NUMBER)
            .required()
            .order(2)
            .build();
    AttributeDefinition phone =
        AttributeDefinition.builder("phone", "联系电话", AttributeType.PHONE).order(3).build();
    return ServiceCatalogue.builder("xuanzhou-services", "2026.1")
        .item(
            ServiceItem.builder("GG-001", "居住证明", from2026)
                .type(ItemType.PUBLIC_SERVICE)
                .category("证明")
                .department("区民政局", "社区居民委员会")
                .basis(Citation.of("《居住证暂行条例》（国务院令第663号）", "条款未核实"))
                .window("综合窗口")
                .materials("身份证")
                .attribute(name)
                .attribute(id)
                .build())
        .item(
            ServiceItem.builder("MZ-001", "最低生活保障申请", from2026)
                .type(ItemType.ADMINISTRATIVE_BENEFIT)
                .category("社会救助")
                .department("区民政局", "街道办事处")
                .basis(Citation.of("《社会救助暂行办法》（国务院令第649号）", "第十一条"))
                .window("社会救助窗口")
                .promised(20, null)
                .proxy()
                .materials("户口簿", "身份证", "家庭收入证明")
                .attribute(name)
                .attribute(id)
                .attribute(phone)
                .attribute(
                    AttributeDefinition.builder("members", "共同生活家庭人口", AttributeType.INTEGER)
                        .required()
                        .order(4)
                        .range(1, 20)
                        .build())
                .build())
        .item(
            ServiceItem.builder("MZ-002", "高龄津贴申请", from2026)
                .type(ItemType.ADMINISTRATIVE_BENEFIT)
                .category("社会福利")
                .department("区民政局", "街道办事处")
                .basis(Citation.of("地方高龄津贴制度（示例：未核实具体文件）"))
                .window("社会福利窗口")
                .promised(10, null)
                .proxy()
                .materials("身份证", "户口簿")
                .attribute(name)
                .attribute(id)
                .build())
        .item(
            ServiceItem.builder("YB-001", "城乡居民医保参保登记", from2026)
                .type(ItemType.PUBLIC_SERVICE)
                .category("社会保障")
                .department("区医保局", "街道办事处")
                .basis(Citation.of("《中华人民共和国社会保险法》", "第二十五条"))
                .window("社会保障窗口")
                .materials("身份证")
                .attribute(name)
                .attribute(id)
                .attribute(phone)
                .build())
        .item(
            ServiceItem.builder("RS-001", "就业失业登记", from2026)
                .type(ItemType.ADMINISTRATIVE_CONFIRMATION)
                .category("就业")
                .department("区人社局", "街道办事处")
                .basis(Citation.of("《就业服务与就业管理规定》（劳动和社会保障部令第28号）", "第六章"))
                .window("就业窗口")
                .promised(3, null)
                .materials("身份证")
                .attribute(name)
                .attribute(id)
                .attribute(
                    AttributeDefinition.builder("status", "登记类别", AttributeType.SINGLE_VALUE_LIST)
                        .required()
                        .order(3)
                        .value("employed", "就业登记")
                        .value("unemployed", "失业登记")
                        .build())
                .build())
        .item(
            ServiceItem.builder("CL-001", "残疾人证申领", from2026)
                .type(ItemType.ADMINISTRATIVE_CONFIRMATION)
                .category("残疾人服务")
                .department("区残联", "区残联")
                .basis(Citation.of("《中华人民共和国残疾人证管理办法》"))
                .window("残疾人服务窗口")
                .promised(15, null)
                .proxy()
                .materials("身份证", "二寸照片", "诊断证明")
                .attribute(name)
                .attribute(id)
                .build())
        .build();
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

  static void run(GovernanceStore store, PrintStream out) {
    DayClock clock = new DayClock();
    Governance facade = Governance.builder().store(store).clock(clock).build();
    facade.asSystem().scopes().grant(CLERK, "窗口受理员", DataScope.division(CHENGNAN));
    var desk = facade.as(CLERK).services();
    ServiceCatalogue catalogue = catalogue();
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
            + catalogue.windows(JUNE));
    out.print(figures.table());
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
          n % 10 == 7 ? Satisfaction.DISSATISFIED : Satisfaction.SATISFIED);
    }
  }
}
