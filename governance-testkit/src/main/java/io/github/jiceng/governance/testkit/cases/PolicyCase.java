package io.github.jiceng.governance.testkit.cases;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * One test case of a policy, read from a case file: decide {@code input} as of {@code asOf} and
 * compare with {@code expected}.
 *
 * @param name the case's name, shown as the test's name
 * @param file the case file
 * @param line the line the case (or, for a table row, the row) starts on
 * @param asOf the date the question is asked as of
 * @param input what the rules decide, by family: an {@link
 *     io.github.jiceng.governance.access.AccessCase} (a task request for one community, with its
 *     history), a {@link io.github.jiceng.governance.committee.Committee} or a {@link
 *     io.github.jiceng.governance.party.PartyOrganization}
 * @param expected what the decision must be
 */
public record PolicyCase(
    String name, Path file, int line, LocalDate asOf, Object input, Expectation expected) {

  /** {@code file:line}, as editors and terminals link it. */
  public String location() {
    return file.getFileName() + ":" + line;
  }

  @Override
  public String toString() {
    return "case \"" + name + "\" (" + location() + ")";
  }
}
