package io.github.jiceng.governance.testkit.cases;

import static io.github.jiceng.governance.testkit.cases.CaseFile.choice;
import static io.github.jiceng.governance.testkit.cases.CaseFile.community;
import static io.github.jiceng.governance.testkit.cases.CaseFile.convert;
import static io.github.jiceng.governance.testkit.cases.CaseFile.date;
import static io.github.jiceng.governance.testkit.cases.CaseFile.describe;
import static io.github.jiceng.governance.testkit.cases.CaseFile.flag;
import static io.github.jiceng.governance.testkit.cases.CaseFile.items;
import static io.github.jiceng.governance.testkit.cases.CaseFile.mapping;
import static io.github.jiceng.governance.testkit.cases.CaseFile.number;
import static io.github.jiceng.governance.testkit.cases.CaseFile.required;
import static io.github.jiceng.governance.testkit.cases.CaseFile.text;
import static io.github.jiceng.governance.testkit.cases.CaseFile.texts;

import io.github.jiceng.governance.access.AccessCase;
import io.github.jiceng.governance.access.AccessOutcome;
import io.github.jiceng.governance.access.AccessPolicy;
import io.github.jiceng.governance.access.AccessPolicyFile;
import io.github.jiceng.governance.access.AccessRules;
import io.github.jiceng.governance.access.ApprovalAction;
import io.github.jiceng.governance.access.ApprovalStep;
import io.github.jiceng.governance.access.Channel;
import io.github.jiceng.governance.access.Inspection;
import io.github.jiceng.governance.access.TaskKind;
import io.github.jiceng.governance.access.TaskRequest;
import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.testkit.cases.CaseNode.Mapping;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The task-access family (the default): a case is a task request for one community, with the
 * inspections already made this year and the leadership group's steps, decided by an access policy
 * file.
 */
final class AccessCases implements CaseFamily {
  private static final Set<String> INPUT =
      Set.of("community", "inspections-this-year", "approvals", "street-office", "request");
  private static final Set<String> REQUEST =
      Set.of(
          "id",
          "department",
          "title",
          "item",
          "kind",
          "channel",
          "authority",
          "funding",
          "forms",
          "certificates",
          "demands",
          "inspections",
          "applied",
          "start",
          "end");
  private static final Set<String> INSPECTION = Set.of("title", "unified");
  private static final Set<String> APPROVAL = Set.of("action", "on", "by", "until", "note");

  @Override
  public String id() {
    return "access";
  }

  @Override
  public boolean needsPolicyFile() {
    return true;
  }

  @Override
  public Set<String> inputKeys() {
    return INPUT;
  }

  @Override
  public Class<? extends Enum<?>> outcomes() {
    return AccessOutcome.class;
  }

  @Override
  public Object readInput(Mapping c, String name, int number) {
    DivisionCode community = community(required(c, "community"));
    int inspections =
        c.fields().containsKey("inspections-this-year")
            ? number(c.fields().get("inspections-this-year"), "inspections-this-year")
            : 0;
    TaskRequest request =
        request(
            mapping(required(c, "request"), REQUEST, "request"), name, "CASE-" + number, community);
    List<ApprovalStep> approvals = approvals(c.fields().get("approvals"), request.id());
    boolean streetOffice =
        !c.fields().containsKey("street-office")
            || flag(c.fields().get("street-office"), "street-office");
    try {
      return new AccessCase(request, community, inspections, approvals, streetOffice);
    } catch (InvalidInputException e) {
      throw new CaseFileException(describe(e), c.line());
    }
  }

  @Override
  public LoadedPolicy load(@Nullable Path policyFile) {
    AccessPolicy policy = AccessPolicyFile.read(Objects.requireNonNull(policyFile));
    return new LoadedPolicy(
        policy.id() + " " + policy.version(),
        AccessRules.IDS,
        (input, asOf) -> policy.decide((AccessCase) input, asOf));
  }

  private static TaskRequest request(
      Mapping r, String caseName, String defaultId, DivisionCode community) {
    Map<String, CaseNode> f = r.fields();
    String id = f.containsKey("id") ? text(f.get("id"), "request.id") : defaultId;
    TaskRequest.Builder builder =
        TaskRequest.builder(id)
            .department(text(required(r, "department", "request.department"), "request.department"))
            .title(f.containsKey("title") ? text(f.get("title"), "request.title") : caseName)
            .communities(community)
            .appliedOn(date(required(r, "applied", "request.applied"), "request.applied"))
            .period(
                date(required(r, "start", "request.start"), "request.start"),
                f.containsKey("end") ? date(f.get("end"), "request.end") : null);
    if (f.containsKey("item")) {
      builder.item(text(f.get("item"), "request.item"));
    }
    if (f.containsKey("kind")) {
      builder.kind(choice(f.get("kind"), "request.kind", TaskKind.class));
    }
    if (f.containsKey("channel")) {
      builder.channel(choice(f.get("channel"), "request.channel", Channel.class));
    }
    builder.attached(
        f.containsKey("authority") && flag(f.get("authority"), "request.authority"),
        f.containsKey("funding") && flag(f.get("funding"), "request.funding"));
    builder.forms(texts(f.get("forms"), "request.forms").toArray(String[]::new));
    builder.certificates(
        texts(f.get("certificates"), "request.certificates").toArray(String[]::new));
    builder.demands(texts(f.get("demands"), "request.demands").toArray(String[]::new));
    for (CaseNode node : items(f.get("inspections"), "request.inspections")) {
      Mapping inspection = mapping(node, INSPECTION, "an inspection");
      builder.inspection(
          convert(
              inspection,
              "an inspection",
              m ->
                  new Inspection(
                      text(required(m, "title", "inspection title"), "inspection title"),
                      m.fields().containsKey("unified")
                          && flag(m.fields().get("unified"), "unified"))));
    }
    return convert(r, "request", m -> builder.build());
  }

  private static List<ApprovalStep> approvals(@Nullable CaseNode node, String requestId) {
    List<ApprovalStep> steps = new ArrayList<>();
    for (CaseNode item : items(node, "approvals")) {
      Mapping a = mapping(item, APPROVAL, "an approval step");
      Map<String, CaseNode> f = a.fields();
      ApprovalStep step =
          convert(
              a,
              "approval step",
              m ->
                  new ApprovalStep(
                      requestId,
                      steps.size() + 1,
                      choice(
                          required(m, "action", "approval action"),
                          "approval action",
                          ApprovalAction.class),
                      date(required(m, "on", "approval on"), "approval on"),
                      f.containsKey("by") ? text(f.get("by"), "approval by") : "社区建设领导小组",
                      f.containsKey("until") ? date(f.get("until"), "approval until") : null,
                      f.containsKey("note") ? text(f.get("note"), "approval note") : ""));
      steps.add(step);
    }
    return steps;
  }
}
