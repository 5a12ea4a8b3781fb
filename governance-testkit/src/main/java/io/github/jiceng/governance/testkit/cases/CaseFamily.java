package io.github.jiceng.governance.testkit.cases;

import io.github.jiceng.governance.policy.Decision;
import io.github.jiceng.governance.testkit.cases.CaseNode.Mapping;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * A family of rules a case file can test — task access, committees, party organisations, grids,
 * service intake and timeliness — chosen by the file's top-level {@code family:} key ({@code
 * access} when absent). A family says which keys carry a case's input, reads them into the domain
 * object its rules take, loads the policy the file names and decides a case under it.
 */
interface CaseFamily {

  /** The families, by the name a case file uses. */
  static List<CaseFamily> all() {
    return List.of(
        new AccessCases(),
        new CommitteeCases(),
        new PartyCases(),
        new GridCases(),
        new FacilityCases(),
        new PointsCases(),
        new CareCases(),
        new PartyPointsCases(),
        new VolunteerCases(),
        new ConsultationCases(),
        new CouncilCases(),
        new CoBuildingCases(),
        new ElectionCases(),
        new ResidentsElectionCases(),
        new RecallCases(),
        new VoterCases(),
        new OpennessCases(),
        new AssessmentCases(),
        new OrganisationCases(),
        new ServiceCases(),
        new CaseCases());
  }

  /** The name used after {@code family:}. */
  String id();

  /** Whether a case file of this family must name a policy file (otherwise national defaults). */
  boolean needsPolicyFile();

  /**
   * The keys of a case (and of {@code defaults}) that carry its input, besides name, as-of, expect.
   */
  Set<String> inputKeys();

  /** The outcomes an {@code expect.outcome} may name. */
  Class<? extends Enum<?>> outcomes();

  /**
   * The case's input, read from its (defaults-merged) mapping.
   *
   * @param number the case's position in the file, from 1, for generated ids
   * @throws CaseFileException naming the line of what is wrong
   */
  Object readInput(Mapping c, String caseName, int number);

  /**
   * Loads the policy the case file names, or the national defaults when it names none.
   *
   * @throws io.github.jiceng.governance.policy.PolicyCheckException if the policy file has errors
   * @throws java.io.UncheckedIOException if it cannot be read
   */
  LoadedPolicy load(@Nullable Path policyFile);

  /**
   * Loads the policy and the routing table the case file names; only the {@code case} family reads
   * a routing table.
   */
  default LoadedPolicy load(@Nullable Path policyFile, @Nullable Path routingFile) {
    return load(policyFile);
  }

  /** Whether a case file of this family may name a routing table ({@code routing:}). */
  default boolean readsRouting() {
    return false;
  }

  /**
   * A policy ready to decide the cases of one family.
   *
   * @param name id and version, for example {@code xuanzhou-access 2026.1}
   * @param ruleIds every rule id the family's decisions can name, in rule order, for coverage
   * @param decider decides an input (as read by {@link #readInput}) as of a date
   */
  record LoadedPolicy(
      String name, List<String> ruleIds, BiFunction<Object, LocalDate, Decision<?>> decider) {

    /** Decides {@code input} as of {@code asOf}. */
    Decision<?> decide(Object input, LocalDate asOf) {
      return decider.apply(input, asOf);
    }
  }
}
