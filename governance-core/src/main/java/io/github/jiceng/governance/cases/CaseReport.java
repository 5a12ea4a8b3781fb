package io.github.jiceng.governance.cases;

import io.github.jiceng.governance.division.Coordinates;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.grid.GridCode;
import io.github.jiceng.governance.internal.Checks;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a grid worker, a resident or the hotline reports, before it is a case: what the desk's
 * {@code report} takes. The case's checks apply when it is made.
 *
 * @param id the case's key
 * @param category its category
 * @param kind immediate, promised or coordinated
 * @param urgency normal or urgent
 * @param source where it came from
 * @param community the community or village it is in
 * @param grid the grid it is in, or null
 * @param building the building, or null
 * @param coordinates where on the map, or null
 * @param description what is wrong (never printed by {@code toString})
 * @param attachments ids of photos or documents kept elsewhere
 * @param reporter who reported it, or null (masked in {@code toString})
 * @param receivedBy the body that received it (首接), e.g. the command centre
 */
public record CaseReport(
    String id,
    CaseCategory category,
    CaseKind kind,
    Urgency urgency,
    CaseSource source,
    DivisionCode community,
    @Nullable GridCode grid,
    @Nullable String building,
    @Nullable Coordinates coordinates,
    String description,
    List<String> attachments,
    @Nullable Reporter reporter,
    String receivedBy) {

  /** Checks the required fields are there; {@link Case} checks the rest. */
  public CaseReport {
    Checks.required(id, "CaseReport", "id");
    Checks.required(category, "CaseReport", "category");
    Checks.required(kind, "CaseReport", "kind");
    Checks.required(urgency, "CaseReport", "urgency");
    Checks.required(source, "CaseReport", "source");
    Checks.required(community, "CaseReport", "community");
    Checks.required(description, "CaseReport", "description");
    attachments = Checks.listOf(attachments, "CaseReport", "attachments");
    Checks.required(receivedBy, "CaseReport", "receivedBy");
  }

  /** A report without a building, coordinates or attachments. */
  public CaseReport(
      String id,
      CaseCategory category,
      CaseKind kind,
      Urgency urgency,
      CaseSource source,
      DivisionCode community,
      @Nullable GridCode grid,
      String description,
      @Nullable Reporter reporter,
      String receivedBy) {
    this(
        id,
        category,
        kind,
        urgency,
        source,
        community,
        grid,
        null,
        null,
        description,
        List.of(),
        reporter,
        receivedBy);
  }

  /** The id, category and place; never the description or the reporter. */
  @Override
  public String toString() {
    return "CaseReport[" + id + " " + category + " at " + community + "]";
  }
}
