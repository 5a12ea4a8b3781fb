package io.github.jiceng.governance.benchmarks;

import io.github.jiceng.governance.access.AccessCase;
import io.github.jiceng.governance.access.AccessList;
import io.github.jiceng.governance.access.AccessOutcome;
import io.github.jiceng.governance.access.AccessRules;
import io.github.jiceng.governance.access.ApprovalAction;
import io.github.jiceng.governance.access.ApprovalStep;
import io.github.jiceng.governance.access.Channel;
import io.github.jiceng.governance.access.Inspection;
import io.github.jiceng.governance.access.TaskKind;
import io.github.jiceng.governance.access.TaskRequest;
import io.github.jiceng.governance.access.WorkItem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One case as the rules engines see it: the request's data as bean properties (what DRL and Easy
 * Rules conditions read), its list item looked up in the {@link Catalogue} as the library's facts
 * do, and the verdicts the engine's rules record. Once the rules have fired, {@link #outcome()} and
 * {@link #decidingRuleIds()} combine the verdicts as {@link AccessOutcome} documents: a violated
 * prohibition refuses; else a valid emergency admits; else a violated condition refuses; else
 * unlisted work awaiting approval is pending; else a satisfied grant admits; else pending.
 *
 * <p>Rule positions follow {@link AccessRules#IDS}: {@code A1} is 0, {@code A10} is 9.
 */
public final class Claim {
  public static final int A1 = 0;
  public static final int A2 = 1;
  public static final int A3 = 2;
  public static final int A4 = 3;
  public static final int A5 = 4;
  public static final int A6 = 5;
  public static final int A7 = 6;
  public static final int A8 = 7;
  public static final int A9 = 8;
  public static final int A10 = 9;

  private static final int PROHIBITIONS = bits(A1, A6, A7, A8, A9, A10);
  private static final int CONDITIONS = bits(A3, A4, A5);
  private static final int GRANTS = bits(A2, A3, A4, A7);

  private final TaskRequest request;
  private final int inspectionsThisYear;
  private final LocalDate asOf;
  private final @Nullable WorkItem item;
  private final @Nullable ApprovalStep lastStep;
  private int violated;
  private int satisfied;
  private int awaiting;

  public Claim(AccessCase c, Catalogue catalogue, LocalDate asOf) {
    this.request = c.request();
    this.inspectionsThisYear = c.inspectionsThisYear();
    this.asOf = asOf;
    this.item = request.itemCode() == null ? null : catalogue.item(request.itemCode(), asOf);
    this.lastStep = HandWrittenAccess.lastStep(c, asOf);
  }

  // ---- what conditions read
  // ----------------------------------------------------------------------

  public TaskRequest getRequest() {
    return request;
  }

  public LocalDate getAsOf() {
    return asOf;
  }

  /** The list of the claimed item on the day, or null for no item or an item on no list. */
  public @Nullable AccessList getItemList() {
    return item == null ? null : item.list();
  }

  public boolean isAuthorityAttached() {
    return request.authorityAttached();
  }

  public boolean isFundingAttached() {
    return request.fundingAttached();
  }

  public Channel getChannel() {
    return request.channel();
  }

  public TaskKind getKind() {
    return request.kind();
  }

  public List<String> getDemands() {
    return request.demands();
  }

  public List<String> getCertificates() {
    return request.certificates();
  }

  public List<String> getForms() {
    return request.forms();
  }

  public List<Inspection> getInspections() {
    return request.inspections();
  }

  public int getInspectionsThisYear() {
    return inspectionsThisYear;
  }

  /** The action of the approval step in force on the day, or null when there is none. */
  public @Nullable ApprovalAction getLastAction() {
    return lastStep == null ? null : lastStep.action();
  }

  /** The end of the approval in force, or null. */
  public @Nullable LocalDate getApprovedUntil() {
    return lastStep == null ? null : lastStep.until();
  }

  // ---- what actions record
  // -----------------------------------------------------------------------

  public void violated(int rule) {
    violated |= 1 << rule;
  }

  public void satisfied(int rule) {
    satisfied |= 1 << rule;
  }

  public void awaiting(int rule) {
    awaiting |= 1 << rule;
  }

  // ---- combining
  // ---------------------------------------------------------------------------------

  public AccessOutcome outcome() {
    if ((violated & PROHIBITIONS) != 0) {
      return AccessOutcome.REFUSED;
    }
    if ((satisfied & 1 << A7) != 0) {
      return AccessOutcome.ADMITTED;
    }
    if ((violated & CONDITIONS) != 0) {
      return AccessOutcome.REFUSED;
    }
    if ((awaiting & 1 << A4) != 0) {
      return AccessOutcome.PENDING_APPROVAL;
    }
    return (satisfied & GRANTS) != 0 ? AccessOutcome.ADMITTED : AccessOutcome.PENDING_APPROVAL;
  }

  /** The rules that decided the outcome, in the order of {@link AccessRules#IDS}. */
  public List<String> decidingRuleIds() {
    int deciding;
    if ((deciding = violated & PROHIBITIONS) == 0
        && (deciding = satisfied & 1 << A7) == 0
        && (deciding = violated & CONDITIONS) == 0
        && (deciding = awaiting & 1 << A4) == 0) {
      deciding = satisfied & GRANTS;
    }
    List<String> ids = new ArrayList<>(Integer.bitCount(deciding));
    for (int rule = A1; rule <= A10; rule++) {
      if ((deciding & 1 << rule) != 0) {
        ids.add(AccessRules.IDS.get(rule));
      }
    }
    return ids;
  }

  private static int bits(int... rules) {
    int mask = 0;
    for (int rule : rules) {
      mask |= 1 << rule;
    }
    return mask;
  }
}
