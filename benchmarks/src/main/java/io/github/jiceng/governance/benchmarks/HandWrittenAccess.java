package io.github.jiceng.governance.benchmarks;

import io.github.jiceng.governance.access.AccessCase;
import io.github.jiceng.governance.access.AccessList;
import io.github.jiceng.governance.access.AccessOutcome;
import io.github.jiceng.governance.access.AccessPolicy;
import io.github.jiceng.governance.access.ApprovalAction;
import io.github.jiceng.governance.access.ApprovalStep;
import io.github.jiceng.governance.access.Channel;
import io.github.jiceng.governance.access.Inspection;
import io.github.jiceng.governance.access.TaskKind;
import io.github.jiceng.governance.access.TaskRequest;
import io.github.jiceng.governance.access.WorkItem;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Rules A1–A10 as plain {@code if/else} over a {@link Catalogue}, with no explanation — what a
 * developer would write by hand, two ways: {@link #decide} stops at the first refusal and returns
 * only the outcome (the floor); {@link #everyRule} evaluates every rule and names the deciding
 * ones, as a library {@code Decision} does.
 */
public final class HandWrittenAccess {
  private final Catalogue catalogue;

  public HandWrittenAccess(AccessPolicy policy, LocalDate asOf) {
    this.catalogue = new Catalogue(policy, asOf);
  }

  public AccessOutcome decide(AccessCase c, LocalDate asOf) {
    TaskRequest r = c.request();
    @Nullable WorkItem item = r.itemCode() == null ? null : catalogue.item(r.itemCode(), asOf);
    if (item != null && item.list() == AccessList.NEGATIVE) {
      return AccessOutcome.REFUSED; // A1
    }
    for (String demand : r.demands()) {
      if (catalogue.prohibited(demand, asOf)) {
        return AccessOutcome.REFUSED; // A6
      }
    }
    boolean emergency = r.kind() == TaskKind.EMERGENCY;
    if (emergency && !catalogue.emergencyWithinLimit(r)) {
      return AccessOutcome.REFUSED; // A7
    }
    for (String certificate : r.certificates()) {
      if (!catalogue.certificate(certificate, asOf)) {
        return AccessOutcome.REFUSED; // A8
      }
    }
    if (!r.inspections().isEmpty()) {
      for (Inspection inspection : r.inspections()) {
        if (!inspection.unifiedByStreetOffice()) {
          return AccessOutcome.REFUSED; // A9
        }
      }
      if (!catalogue.inspectionsWithinCap(c.inspectionsThisYear(), r)) {
        return AccessOutcome.REFUSED; // A9
      }
    }
    for (String form : r.forms()) {
      if (!catalogue.approvedForm(form, asOf)) {
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
      return r.authorityAttached() && r.fundingAttached()
          ? AccessOutcome.ADMITTED
          : AccessOutcome.REFUSED; // A3
    }
    if (item != null && item.list() == AccessList.DUTY) {
      return AccessOutcome.ADMITTED; // A2
    }
    return unlisted(c, r, asOf); // A4
  }

  /**
   * Every rule evaluated, the verdicts that matter to the outcome recorded on a {@link Claim},
   * which combines them into the outcome and the deciding rules.
   */
  public Claim everyRule(AccessCase c, LocalDate asOf) {
    Claim claim = new Claim(c, catalogue, asOf);
    TaskRequest r = c.request();
    AccessList list = claim.getItemList();
    if (list == AccessList.NEGATIVE) {
      claim.violated(Claim.A1);
    } else if (list == AccessList.DUTY) {
      claim.satisfied(Claim.A2);
    } else if (list == AccessList.ASSIST) {
      if (r.authorityAttached() && r.fundingAttached()) {
        claim.satisfied(Claim.A3);
      } else {
        claim.violated(Claim.A3);
      }
    } else {
      unlisted(claim, r);
    }
    if (r.channel() == Channel.DIRECT) {
      claim.violated(Claim.A5);
    }
    for (String demand : r.demands()) {
      if (catalogue.prohibited(demand, asOf)) {
        claim.violated(Claim.A6);
      }
    }
    if (r.kind() == TaskKind.EMERGENCY) {
      if (catalogue.emergencyWithinLimit(r)) {
        claim.satisfied(Claim.A7);
      } else {
        claim.violated(Claim.A7);
      }
    }
    for (String certificate : r.certificates()) {
      if (!catalogue.certificate(certificate, asOf)) {
        claim.violated(Claim.A8);
      }
    }
    if (!r.inspections().isEmpty()) {
      for (Inspection inspection : r.inspections()) {
        if (!inspection.unifiedByStreetOffice()) {
          claim.violated(Claim.A9);
        }
      }
      if (!catalogue.inspectionsWithinCap(c.inspectionsThisYear(), r)) {
        claim.violated(Claim.A9);
      }
    }
    for (String form : r.forms()) {
      if (!catalogue.approvedForm(form, asOf)) {
        claim.violated(Claim.A10);
      }
    }
    return claim;
  }

  private void unlisted(Claim claim, TaskRequest r) {
    ApprovalAction action = claim.getLastAction();
    if (action == ApprovalAction.APPROVED && !claim.getAsOf().isAfter(claim.getApprovedUntil())) {
      claim.satisfied(Claim.A4);
    } else if (action != null) {
      claim.violated(Claim.A4);
    } else {
      switch (catalogue.lead(r)) {
        case LATE -> claim.violated(Claim.A4);
        case IN_TIME -> claim.awaiting(Claim.A4);
        case UNKNOWN -> {} // not applicable, as in the library
      }
    }
  }

  private AccessOutcome unlisted(AccessCase c, TaskRequest r, LocalDate asOf) {
    ApprovalStep last = lastStep(c, asOf);
    if (last != null) {
      return last.action() == ApprovalAction.APPROVED && !asOf.isAfter(last.until())
          ? AccessOutcome.ADMITTED
          : AccessOutcome.REFUSED;
    }
    return catalogue.lead(r) == Catalogue.Lead.LATE
        ? AccessOutcome.REFUSED
        : AccessOutcome.PENDING_APPROVAL;
  }

  /** The approval step in force on {@code asOf}: the latest one taken on or before it. */
  static @Nullable ApprovalStep lastStep(AccessCase c, LocalDate asOf) {
    @Nullable ApprovalStep last = null;
    for (ApprovalStep step : c.approvals()) {
      if (!step.on().isAfter(asOf) && (last == null || step.sequence() > last.sequence())) {
        last = step;
      }
    }
    return last;
  }
}
