package io.github.jiceng.governance.benchmarks;

import io.github.jiceng.governance.access.AccessCase;
import io.github.jiceng.governance.access.AccessList;
import io.github.jiceng.governance.access.AccessOutcome;
import io.github.jiceng.governance.access.AccessParameters;
import io.github.jiceng.governance.access.AccessPolicy;
import io.github.jiceng.governance.access.ApprovalStep;
import io.github.jiceng.governance.access.ApprovedForm;
import io.github.jiceng.governance.access.Channel;
import io.github.jiceng.governance.access.Inspection;
import io.github.jiceng.governance.access.ProhibitedKind;
import io.github.jiceng.governance.access.TaskKind;
import io.github.jiceng.governance.access.TaskRequest;
import io.github.jiceng.governance.access.WorkItem;
import io.github.jiceng.governance.calendar.WorkingCalendar;
import io.github.jiceng.governance.policy.ParameterNotInForceException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The floor: rules A1–A10 as plain {@code if/else} over the same policy data, with the numbers read
 * once up front and no explanation — what a developer would write by hand. It returns only the
 * outcome. Valid for policies whose numbers do not change during the period asked about (the
 * benchmark's do not).
 */
public final class HandWrittenAccess {
  private final Map<String, List<WorkItem>> items = new HashMap<>();
  private final Map<String, List<ProhibitedKind>> kinds = new HashMap<>();
  private final Map<String, List<ApprovedForm>> forms = new HashMap<>();
  private final WorkingCalendar calendar;
  private final int leadDays;
  private final int emergencyMaxDays;
  private final int inspectionCap;

  public HandWrittenAccess(AccessPolicy policy, LocalDate asOf) {
    policy.items().forEach(i -> items.computeIfAbsent(i.code(), k -> new ArrayList<>()).add(i));
    policy.prohibitedKinds().forEach(k -> kinds.computeIfAbsent(k.code(), c -> new ArrayList<>()).add(k));
    policy.approvedForms().forEach(f -> forms.computeIfAbsent(f.code(), c -> new ArrayList<>()).add(f));
    calendar = policy.calendar();
    leadDays = policy.parameters().valueAt(AccessParameters.LEAD_WORKING_DAYS, asOf).value();
    emergencyMaxDays = policy.parameters().valueAt(AccessParameters.EMERGENCY_MAX_DAYS, asOf).value();
    inspectionCap = policy.parameters().valueAt(AccessParameters.INSPECTIONS_PER_YEAR, asOf).value();
  }

  public AccessOutcome decide(AccessCase c, LocalDate asOf) {
    TaskRequest r = c.request();
    WorkItem item = r.itemCode() == null ? null : item(r.itemCode(), asOf);
    if (item != null && item.list() == AccessList.NEGATIVE) {
      return AccessOutcome.REFUSED; // A1
    }
    for (String demand : r.demands()) {
      if (inForce(kinds.get(demand), asOf)) {
        return AccessOutcome.REFUSED; // A6
      }
    }
    boolean emergency = false;
    if (r.kind() == TaskKind.EMERGENCY) {
      if (r.end() == null || ChronoUnit.DAYS.between(r.start(), r.end()) + 1 > emergencyMaxDays) {
        return AccessOutcome.REFUSED; // A7
      }
      emergency = true;
    }
    for (String certificate : r.certificates()) {
      WorkItem listed = item(certificate, asOf);
      if (listed == null || listed.list() != AccessList.CERTIFICATE) {
        return AccessOutcome.REFUSED; // A8
      }
    }
    if (!r.inspections().isEmpty()) {
      for (Inspection inspection : r.inspections()) {
        if (!inspection.unifiedByStreetOffice()) {
          return AccessOutcome.REFUSED; // A9
        }
      }
      if (c.inspectionsThisYear() + r.inspections().size() > inspectionCap) {
        return AccessOutcome.REFUSED; // A9
      }
    }
    for (String form : r.forms()) {
      if (!inForce(forms.get(form), asOf)) {
        return AccessOutcome.REFUSED; // A10
      }
    }
    if (emergency) {
      return AccessOutcome.ADMITTED; // A7
    }
    if (r.channel() == Channel.DIRECT) {
      return AccessOutcome.REFUSED; // A5
    }
    if (item != null && item.list() == AccessList.ASSIST) {
      return r.authorityAttached() && r.fundingAttached() ? AccessOutcome.ADMITTED : AccessOutcome.REFUSED; // A3
    }
    if (item != null && item.list() == AccessList.DUTY) {
      return AccessOutcome.ADMITTED; // A2
    }
    return unlisted(c, r, asOf); // A4
  }

  private AccessOutcome unlisted(AccessCase c, TaskRequest r, LocalDate asOf) {
    ApprovalStep last = null;
    for (ApprovalStep step : c.approvals()) {
      if (!step.on().isAfter(asOf) && (last == null || step.sequence() > last.sequence())) {
        last = step;
      }
    }
    if (last != null) {
      switch (last.action()) {
        case APPROVED:
          return asOf.isAfter(last.until()) ? AccessOutcome.REFUSED : AccessOutcome.ADMITTED;
        default:
          return AccessOutcome.REFUSED;
      }
    }
    try {
      return calendar.workingDaysBetween(r.appliedOn(), r.start()) < leadDays
          ? AccessOutcome.REFUSED
          : AccessOutcome.PENDING_APPROVAL;
    } catch (ParameterNotInForceException e) {
      return AccessOutcome.PENDING_APPROVAL; // no calendar for that year: nobody may admit it
    }
  }

  private WorkItem item(String code, LocalDate day) {
    List<WorkItem> versions = items.get(code);
    if (versions != null) {
      for (WorkItem version : versions) {
        if (version.period().contains(day)) {
          return version;
        }
      }
    }
    return null;
  }

  private static boolean inForce(List<? extends Record> versions, LocalDate day) {
    if (versions == null) {
      return false;
    }
    for (Record version : versions) {
      if (version instanceof ProhibitedKind k && k.period().contains(day)
          || version instanceof ApprovedForm f && f.period().contains(day)) {
        return true;
      }
    }
    return false;
  }
}
