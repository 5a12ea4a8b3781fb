package io.github.jiceng.governance.consultation;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.base.Versioned;
import io.github.jiceng.governance.internal.Checks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A residents' council's project, moved through its stages in order, each with its day: approved
 * (立项), under way (实施), closed (结项), accepted (验收). It never skips or goes back a stage.
 *
 * @param id its key, at most 64 characters
 * @param councilId the council it belongs to
 * @param title what it is, 1 to 100 characters
 * @param days the day of each stage reached, in stage order: its size says the current stage
 * @param version the stored version; 0 before it is stored
 */
public record CouncilProject(
    String id, String councilId, String title, List<LocalDate> days, long version)
    implements Versioned<CouncilProject> {
  private static final String SUBJECT = "CouncilProject";

  /**
   * Checks the fields.
   *
   * @throws InvalidInputException naming the field that is wrong
   */
  public CouncilProject {
    Checks.key(id, SUBJECT, "id");
    if (id.length() > 64) {
      throw InvalidInputException.of(SUBJECT, "id", "must be at most 64 characters");
    }
    Checks.key(councilId, SUBJECT, "councilId");
    Checks.required(title, SUBJECT, "title");
    if (title.isBlank() || title.length() > 100) {
      throw InvalidInputException.of(SUBJECT, "title", "must be 1 to 100 characters");
    }
    days = Checks.listOf(days, SUBJECT, "days");
    if (days.isEmpty() || days.size() > ProjectStage.values().length) {
      throw InvalidInputException.of(SUBJECT, "days", "must give 1 to 4 stage days");
    }
    for (int i = 1; i < days.size(); i++) {
      if (days.get(i).isBefore(days.get(i - 1))) {
        throw InvalidInputException.of(
            SUBJECT,
            "days",
            ProjectStage.values()[i].label().en() + " is dated before the stage before it");
      }
    }
    Checks.version(version, SUBJECT);
  }

  /** A project approved (立项) on {@code day}, not yet stored. */
  public static CouncilProject approve(String id, String councilId, String title, LocalDate day) {
    return new CouncilProject(
        id, councilId, title, List.of(Checks.required(day, SUBJECT, "day")), 0);
  }

  /** The stage it has reached. */
  public ProjectStage stage() {
    return ProjectStage.values()[days.size() - 1];
  }

  /** The day it reached {@code stage}, if it has. */
  public java.util.Optional<LocalDate> reached(ProjectStage stage) {
    Checks.required(stage, SUBJECT, "stage");
    return stage.ordinal() < days.size()
        ? java.util.Optional.of(days.get(stage.ordinal()))
        : java.util.Optional.empty();
  }

  /**
   * This project moved to its next stage on {@code day}.
   *
   * @throws InvalidInputException if it has been accepted already, or {@code day} is before the
   *     current stage's
   */
  public CouncilProject advance(LocalDate day) {
    Checks.required(day, SUBJECT, "day");
    ProjectStage next =
        stage()
            .next()
            .orElseThrow(
                () ->
                    InvalidInputException.of(
                        SUBJECT, "stage", "an accepted project has no next stage"));
    List<LocalDate> more = new ArrayList<>(days);
    more.add(day);
    if (day.isBefore(days.get(days.size() - 1))) {
      throw InvalidInputException.of(
          SUBJECT, "days", next.label().en() + " on " + day + " is before " + stage().label().en());
    }
    return new CouncilProject(id, councilId, title, more, version);
  }

  @Override
  public CouncilProject withVersion(long newVersion) {
    return new CouncilProject(id, councilId, title, days, newVersion);
  }
}
