package io.github.jiceng.governance.testkit.cases;

/**
 * A case file that cannot be read: its message names the problem, and {@link #line()} where it is.
 * {@link #getMessage()} is written for a policy author, not a Java developer.
 */
public final class CaseFileException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int line;
  private final String problem;
  private final String file;

  CaseFileException(String problem, int line) {
    this(problem, "", line);
  }

  private CaseFileException(String problem, String file, int line) {
    super(
        (file.isEmpty() ? "" : file + (line > 0 ? ":" + line : "") + ": ") + problem,
        null,
        false,
        false);
    this.problem = problem;
    this.file = file;
    this.line = line;
  }

  /** The same problem, naming the file it is in. */
  CaseFileException in(String fileName) {
    return new CaseFileException(problem, fileName, line);
  }

  /** The file, as named when it was read; empty if not known. */
  public String file() {
    return file;
  }

  /** The 1-based line, or 0 if the problem concerns the whole file. */
  public int line() {
    return line;
  }

  /** The problem, without the file and line. */
  public String problem() {
    return problem;
  }
}
