package io.github.jiceng.governance.cases;

import io.github.jiceng.governance.internal.Checks;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/**
 * Figures of disputes mediated on the three lines, as a community reports them — "11 disputes, 11
 * mediated (100 %)".
 *
 * @param disputes disputes brought
 * @param settled disputes settled by mediation, at any line
 * @param referred disputes referred to the judicial process
 * @param open disputes still being mediated
 * @param settledBy settled disputes per line
 */
public record MediationFigures(
    long disputes, long settled, long referred, long open, Map<MediationLine, Long> settledBy) {

  /** Copies the per-line counts. */
  public MediationFigures {
    settledBy = Map.copyOf(Checks.required(settledBy, "MediationFigures", "settledBy"));
  }

  /** The figures of {@code disputes}. */
  public static MediationFigures of(Collection<Dispute> disputes) {
    Checks.required(disputes, "MediationFigures.of", "disputes");
    Map<MediationLine, Long> byLine = new EnumMap<>(MediationLine.class);
    long settled = 0;
    long referred = 0;
    for (Dispute d :
        Checks.listOf(java.util.List.copyOf(disputes), "MediationFigures.of", "disputes")) {
      if (d.settledBy().isPresent()) {
        settled++;
        byLine.merge(d.settledBy().get(), 1L, Long::sum);
      } else if (d.referred()) {
        referred++;
      }
    }
    return new MediationFigures(
        disputes.size(), settled, referred, disputes.size() - settled - referred, byLine);
  }

  /** The figures of several areas added up. */
  public static MediationFigures sum(Collection<MediationFigures> parts) {
    Checks.required(parts, "MediationFigures.sum", "parts");
    long disputes = 0;
    long settled = 0;
    long referred = 0;
    long open = 0;
    Map<MediationLine, Long> byLine = new EnumMap<>(MediationLine.class);
    for (MediationFigures p :
        Checks.listOf(new java.util.ArrayList<>(parts), "MediationFigures.sum", "parts")) {
      disputes += p.disputes();
      settled += p.settled();
      referred += p.referred();
      open += p.open();
      p.settledBy().forEach((line, n) -> byLine.merge(line, n, Long::sum));
    }
    return new MediationFigures(disputes, settled, referred, open, byLine);
  }

  /** The share settled by mediation (调解成功率), 0 to 1; 0 when there is no dispute. */
  public double settledRate() {
    return disputes == 0 ? 0 : (double) settled / disputes;
  }

  /** {@code 11 disputes, 11 mediated (100.0 %), 0 referred, 0 open}. */
  @Override
  public String toString() {
    return String.format(
        java.util.Locale.ROOT,
        "%d disputes, %d mediated (%.1f %%), %d referred, %d open",
        disputes,
        settled,
        settledRate() * 100,
        referred,
        open);
  }
}
