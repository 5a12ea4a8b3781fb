package io.github.jiceng.governance.benchmarks;

import io.github.jiceng.governance.access.AccessList;
import io.github.jiceng.governance.access.AccessParameters;
import io.github.jiceng.governance.access.AccessPolicy;
import io.github.jiceng.governance.access.ApprovedForm;
import io.github.jiceng.governance.access.ProhibitedKind;
import io.github.jiceng.governance.access.TaskRequest;
import io.github.jiceng.governance.access.WorkItem;
import io.github.jiceng.governance.calendar.WorkingCalendar;
import io.github.jiceng.governance.policy.EffectivePeriod;
import io.github.jiceng.governance.policy.ParameterNotInForceException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The data of one {@link AccessPolicy} as the implementations compared with the library read it:
 * items, prohibited kinds and approved forms in hash maps by code, and the three numbers read once
 * for the day asked about — what a developer would prepare by hand, or hand to a rules engine as a
 * global. Valid for days on which the policy's numbers do not change (the benchmark's do not).
 */
public final class Catalogue {
  private final Map<String, List<WorkItem>> items = new HashMap<>();
  private final Map<String, List<ProhibitedKind>> kinds = new HashMap<>();
  private final Map<String, List<ApprovedForm>> forms = new HashMap<>();
  private final WorkingCalendar calendar;
  private final int leadDays;
  private final int emergencyMaxDays;
  private final int inspectionCap;

  /** Reads {@code policy}'s lists and its numbers in force on {@code asOf}. */
  public Catalogue(AccessPolicy policy, LocalDate asOf) {
    policy.items().forEach(i -> items.computeIfAbsent(i.code(), k -> new ArrayList<>()).add(i));
    policy
        .prohibitedKinds()
        .forEach(k -> kinds.computeIfAbsent(k.code(), c -> new ArrayList<>()).add(k));
    policy
        .approvedForms()
        .forEach(f -> forms.computeIfAbsent(f.code(), c -> new ArrayList<>()).add(f));
    calendar = policy.calendar();
    leadDays = policy.parameters().valueAt(AccessParameters.LEAD_WORKING_DAYS, asOf).value();
    emergencyMaxDays =
        policy.parameters().valueAt(AccessParameters.EMERGENCY_MAX_DAYS, asOf).value();
    inspectionCap =
        policy.parameters().valueAt(AccessParameters.INSPECTIONS_PER_YEAR, asOf).value();
  }

  /** The version of item {@code code} in force on {@code day}, or null when it is on no list. */
  public @Nullable WorkItem item(String code, LocalDate day) {
    return inForce(items.get(code), day, WorkItem::period);
  }

  /** Whether {@code code} is a prohibited kind of demand on {@code day}. */
  public boolean prohibited(String code, LocalDate day) {
    return inForce(kinds.get(code), day, ProhibitedKind::period) != null;
  }

  /** Whether form {@code code} is approved on {@code day}. */
  public boolean approvedForm(String code, LocalDate day) {
    return inForce(forms.get(code), day, ApprovedForm::period) != null;
  }

  /** The version in force on {@code day} among {@code versions} (null when there are none). */
  private static <T> @Nullable T inForce(
      @Nullable List<T> versions, LocalDate day, Function<T, EffectivePeriod> period) {
    if (versions != null) {
      for (T version : versions) {
        if (period.apply(version).contains(day)) {
          return version;
        }
      }
    }
    return null;
  }

  /** Whether {@code code} is on the certificate list on {@code day}. */
  public boolean certificate(String code, LocalDate day) {
    WorkItem listed = item(code, day);
    return listed != null && listed.list() == AccessList.CERTIFICATE;
  }

  /** How an unlisted request's application date compares with the required lead time. */
  public enum Lead {
    /** At least the required number of working days before the start. */
    IN_TIME,
    /** Fewer working days. */
    LATE,
    /** The policy has no working calendar for the years concerned: nobody can tell. */
    UNKNOWN
  }

  /** Whether an unlisted request was applied for at least the required working days ahead. */
  public Lead lead(TaskRequest r) {
    try {
      return calendar.workingDaysBetween(r.appliedOn(), r.start()) >= leadDays
          ? Lead.IN_TIME
          : Lead.LATE;
    } catch (ParameterNotInForceException e) {
      return Lead.UNKNOWN;
    }
  }

  /** Whether an emergency's period is closed and no longer than the maximum. */
  public boolean emergencyWithinLimit(TaskRequest r) {
    return r.end() != null && ChronoUnit.DAYS.between(r.start(), r.end()) + 1 <= emergencyMaxDays;
  }

  /** Whether the inspections a request brings keep the department within the yearly cap. */
  public boolean inspectionsWithinCap(int inspectionsThisYear, TaskRequest r) {
    return inspectionsThisYear + r.inspections().size() <= inspectionCap;
  }
}
