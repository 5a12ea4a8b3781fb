package io.github.jiceng.governance.election;

import io.github.jiceng.governance.internal.Checks;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * A street's or district's election figures over a period, as seed report 000 gives them for 镜湖区 —
 * "56 communities, all directly elected; 311,804 registered voters, 235,893 voted (75.64 %)" — with
 * the committees' woman members and the party's cross-appointments (交叉任职, "一肩挑") beside them. Every
 * count is of committees or communities, so the figures of areas that do not overlap add up ({@link
 * #sum}).
 *
 * @param committeesElected committees with a first round counted in the period
 * @param directlyElected of those, the committees whose first round was a direct election (直选):
 *     every villagers' committee, a residents' committee elected by all residents who may vote
 * @param registeredVoters the registered voters of those direct first rounds
 * @param voted the ballots cast in those direct first rounds
 * @param decided committees with a round in the period whose elected are known (the policy set the
 *     share of the ballots a candidate needs)
 * @param withWomanMember of those, the committees that elected a woman
 * @param partyCommunities communities and villages in the area with a stored party tree
 * @param oneShoulder of those, the communities whose party secretary in office on the last day of
 *     the period is also the committee's director (一肩挑)
 * @param crossAppointed of those, the communities where a party leader in office on that day holds
 *     a seat on the committee (交叉任职)
 */
public record ElectionFigures(
    long committeesElected,
    long directlyElected,
    long registeredVoters,
    long voted,
    long decided,
    long withWomanMember,
    long partyCommunities,
    long oneShoulder,
    long crossAppointed) {

  /** No election and no party tree. */
  public static final ElectionFigures NONE = new ElectionFigures(0, 0, 0, 0, 0, 0, 0, 0, 0);

  /** Checks each part is within its whole. */
  public ElectionFigures {
    check(directlyElected, committeesElected, "directlyElected");
    check(voted, registeredVoters, "voted");
    check(withWomanMember, decided, "withWomanMember");
    check(oneShoulder, partyCommunities, "oneShoulder");
    check(crossAppointed, partyCommunities, "crossAppointed");
  }

  private static void check(long part, long whole, String field) {
    if (part < 0 || whole < 0 || part > whole) {
      throw io.github.jiceng.governance.base.InvalidInputException.of(
          "ElectionFigures", field, part + " is not within 0 and " + whole);
    }
  }

  /** The figures of several areas that do not overlap, added up. */
  public static ElectionFigures sum(Collection<ElectionFigures> parts) {
    ElectionFigures total = NONE;
    for (ElectionFigures p :
        Checks.listOf(
            List.copyOf(Checks.required(parts, "ElectionFigures.sum", "parts")),
            "ElectionFigures.sum",
            "parts")) {
      total =
          new ElectionFigures(
              total.committeesElected + p.committeesElected,
              total.directlyElected + p.directlyElected,
              total.registeredVoters + p.registeredVoters,
              total.voted + p.voted,
              total.decided + p.decided,
              total.withWomanMember + p.withWomanMember,
              total.partyCommunities + p.partyCommunities,
              total.oneShoulder + p.oneShoulder,
              total.crossAppointed + p.crossAppointed);
    }
    return total;
  }

  /** The share of registered voters who voted in the direct elections (参选率), 0 to 1. */
  public double turnout() {
    return rate(voted, registeredVoters);
  }

  /** The share of committees elected directly (直选率), 0 to 1. */
  public double directRate() {
    return rate(directlyElected, committeesElected);
  }

  /** The share of decided committees that elected a woman, 0 to 1. */
  public double womanRate() {
    return rate(withWomanMember, decided);
  }

  /** The share of communities with a party tree practising "一肩挑", 0 to 1. */
  public double oneShoulderRate() {
    return rate(oneShoulder, partyCommunities);
  }

  /** The share of communities with a party tree with a cross-appointment (交叉任职率), 0 to 1. */
  public double crossAppointmentRate() {
    return rate(crossAppointed, partyCommunities);
  }

  private static double rate(long part, long whole) {
    return whole == 0 ? 0 : (double) part / whole;
  }

  /**
   * {@code 56 committees elected, 56 directly (100.00 %); 235,893 of 311,804 registered voters
   * voted (75.65 %); ...}: each share rounded to two places.
   */
  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "%,d committees elected, %,d directly (%.2f %%); %,d of %,d registered voters voted"
            + " (%.2f %%); %,d of %,d decided committees with a woman member (%.2f %%);"
            + " 一肩挑 in %,d of %,d communities with a party tree (%.2f %%), cross-appointment"
            + " in %,d (%.2f %%)",
        committeesElected,
        directlyElected,
        directRate() * 100,
        voted,
        registeredVoters,
        turnout() * 100,
        withWomanMember,
        decided,
        womanRate() * 100,
        oneShoulder,
        partyCommunities,
        oneShoulderRate() * 100,
        crossAppointed,
        crossAppointmentRate() * 100);
  }
}
