package io.github.jiceng.governance.benchmarks;

import io.github.jiceng.governance.access.AccessCase;
import io.github.jiceng.governance.access.AccessList;
import io.github.jiceng.governance.access.AccessPolicy;
import io.github.jiceng.governance.access.ApprovalAction;
import io.github.jiceng.governance.access.Channel;
import io.github.jiceng.governance.access.TaskKind;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.jeasy.rules.api.Facts;
import org.jeasy.rules.api.Rule;
import org.jeasy.rules.api.Rules;
import org.jeasy.rules.api.RulesEngine;
import org.jeasy.rules.core.DefaultRulesEngine;
import org.jeasy.rules.core.RuleBuilder;

/**
 * The peer in Easy Rules: the rules of {@code access.drl}, one Easy Rules {@link Rule} each, with
 * lambda conditions over a {@link Claim} fact and the {@link Catalogue}; the default engine fires
 * every rule whose condition holds.
 */
public final class EasyRulesAccess implements EveryRule {
  private static final String CLAIM = "claim";

  private final Catalogue catalogue;
  private final Rules rules = new Rules();
  private final RulesEngine engine = new DefaultRulesEngine();

  public EasyRulesAccess(AccessPolicy policy, LocalDate asOf) {
    this.catalogue = new Catalogue(policy, asOf);
    Catalogue k = catalogue;
    rule(
        "A1 negative list", c -> c.getItemList() == AccessList.NEGATIVE, c -> c.violated(Claim.A1));
    rule("A2 duty list", c -> c.getItemList() == AccessList.DUTY, c -> c.satisfied(Claim.A2));
    rule(
        "A3 assist item with its authority and funding",
        c ->
            c.getItemList() == AccessList.ASSIST
                && c.isAuthorityAttached()
                && c.isFundingAttached(),
        c -> c.satisfied(Claim.A3));
    rule(
        "A3 assist item without its authority or funding",
        c ->
            c.getItemList() == AccessList.ASSIST
                && !(c.isAuthorityAttached() && c.isFundingAttached()),
        c -> c.violated(Claim.A3));
    rule(
        "A4 unlisted, approved and current",
        c ->
            unlisted(c)
                && c.getLastAction() == ApprovalAction.APPROVED
                && !c.getAsOf().isAfter(c.getApprovedUntil()),
        c -> c.satisfied(Claim.A4));
    rule(
        "A4 unlisted, approval ended",
        c ->
            unlisted(c)
                && c.getLastAction() == ApprovalAction.APPROVED
                && c.getAsOf().isAfter(c.getApprovedUntil()),
        c -> c.violated(Claim.A4));
    rule(
        "A4 unlisted, rejected or revoked",
        c ->
            unlisted(c)
                && (c.getLastAction() == ApprovalAction.REJECTED
                    || c.getLastAction() == ApprovalAction.REVOKED),
        c -> c.violated(Claim.A4));
    rule(
        "A4 unlisted, applied too late",
        c ->
            unlisted(c)
                && c.getLastAction() == null
                && k.lead(c.getRequest()) == Catalogue.Lead.LATE,
        c -> c.violated(Claim.A4));
    rule(
        "A4 unlisted, awaiting the leadership group",
        c ->
            unlisted(c)
                && c.getLastAction() == null
                && k.lead(c.getRequest()) == Catalogue.Lead.IN_TIME,
        c -> c.awaiting(Claim.A4));
    rule("A5 assigned directly", c -> c.getChannel() == Channel.DIRECT, c -> c.violated(Claim.A5));
    rule(
        "A6 prohibited kind",
        c -> any(c.getDemands(), d -> k.prohibited(d, c.getAsOf())),
        c -> c.violated(Claim.A6));
    rule(
        "A7 emergency within its limit",
        c -> c.getKind() == TaskKind.EMERGENCY && k.emergencyWithinLimit(c.getRequest()),
        c -> c.satisfied(Claim.A7));
    rule(
        "A7 emergency beyond its limit",
        c -> c.getKind() == TaskKind.EMERGENCY && !k.emergencyWithinLimit(c.getRequest()),
        c -> c.violated(Claim.A7));
    rule(
        "A8 certificate not on the certificate list",
        c -> any(c.getCertificates(), code -> !k.certificate(code, c.getAsOf())),
        c -> c.violated(Claim.A8));
    rule(
        "A9 inspection not unified by the street office",
        c -> any(c.getInspections(), i -> !i.unifiedByStreetOffice()),
        c -> c.violated(Claim.A9));
    rule(
        "A9 inspections above the yearly cap",
        c ->
            !c.getInspections().isEmpty()
                && !k.inspectionsWithinCap(c.getInspectionsThisYear(), c.getRequest()),
        c -> c.violated(Claim.A9));
    rule(
        "A10 form without approval",
        c -> any(c.getForms(), f -> !k.approvedForm(f, c.getAsOf())),
        c -> c.violated(Claim.A10));
  }

  @Override
  public Claim decide(AccessCase c, LocalDate asOf) {
    Claim claim = new Claim(c, catalogue, asOf);
    Facts facts = new Facts();
    facts.put(CLAIM, claim);
    engine.fire(rules, facts);
    return claim;
  }

  /**
   * Whether any element matches: a loop rather than a stream, so that the peer is not slowed by it.
   */
  private static <T> boolean any(List<T> values, Predicate<T> test) {
    for (T value : values) {
      if (test.test(value)) {
        return true;
      }
    }
    return false;
  }

  private static boolean unlisted(Claim c) {
    return c.getItemList() == null || c.getItemList() == AccessList.CERTIFICATE;
  }

  private void rule(String name, Predicate<Claim> when, Consumer<Claim> then) {
    Rule rule =
        new RuleBuilder()
            .name(name)
            .when(facts -> when.test(facts.get(CLAIM)))
            .then(facts -> then.accept(facts.get(CLAIM)))
            .build();
    rules.register(rule);
  }
}
