package io.github.jiceng.governance.openness;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.committee.CommitteeKind;
import io.github.jiceng.governance.internal.Checks;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the openness rules look at: one committee's publication log and the major matters it
 * decided.
 *
 * @param committeeId the committee's key
 * @param kind a villagers' committee (村务公开, under the villagers' committee law) or a residents'
 *     committee (居务公开, under the numbers a city's measures set: none nationally)
 * @param busyFinances whether its collective finances are busy (集体财务往来较多), so that finances are
 *     published monthly
 * @param log its publications, in any order
 * @param majors the major matters it decided, keys distinct
 */
public record OpennessFacts(
    String committeeId,
    CommitteeKind kind,
    boolean busyFinances,
    List<Publication> log,
    List<MajorMatter> majors) {
  public OpennessFacts {
    Checks.key(committeeId, "OpennessFacts", "committeeId");
    Checks.required(kind, "OpennessFacts", "kind");
    log = Checks.listOf(log, "OpennessFacts", "log");
    majors = Checks.listOf(majors, "OpennessFacts", "majors");
    Set<String> keys = new HashSet<>();
    for (MajorMatter m : majors) {
      if (!keys.add(m.key())) {
        throw InvalidInputException.of(
            "OpennessFacts", "majors", "name matter " + m.key() + " more than once");
      }
    }
  }

  /** A villagers' committee's facts (村务公开). */
  public OpennessFacts(
      String committeeId, boolean busyFinances, List<Publication> log, List<MajorMatter> majors) {
    this(committeeId, CommitteeKind.VILLAGERS, busyFinances, log, majors);
  }

  /** The last day {@code kind} was published on or before {@code day}, if ever. */
  public Optional<LocalDate> lastPublished(PublicationKind kind, LocalDate day) {
    return log.stream()
        .filter(p -> p.kind() == kind && !p.on().isAfter(day))
        .map(Publication::on)
        .max(LocalDate::compareTo);
  }

  /** The day {@code matter} was published on or before {@code day}, if it was. */
  public Optional<LocalDate> published(MajorMatter matter, LocalDate day) {
    return log.stream()
        .filter(p -> matter.key().equals(p.matter()) && !p.on().isAfter(day))
        .map(Publication::on)
        .min(LocalDate::compareTo);
  }
}
