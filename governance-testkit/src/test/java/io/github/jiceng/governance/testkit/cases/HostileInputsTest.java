package io.github.jiceng.governance.testkit.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Hostile policy and case files are refused with typed errors, in bounded time and memory. */
class HostileInputsTest {

  @Test
  @DisplayName(
      "every hostile policy and case file ends in the loader's typed error, in a JVM with -Xmx256m, within two minutes")
  void hostileInputsAreRefusedWithinLimits() throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    ProcessBuilder builder =
        new ProcessBuilder(
            java.toString(),
            "-Xmx256m",
            "-Xss512k",
            "-cp",
            System.getProperty("java.class.path"),
            HostileInputs.class.getName());
    builder.redirectErrorStream(true);
    Process process = builder.start();
    boolean finished = process.waitFor(120, TimeUnit.SECONDS);
    if (!finished) {
      process.destroyForcibly();
    }
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    System.out.print(output); // one line per input, with its time and the error it got

    assertThat(finished).as("finished within 120 s; output so far:%n%s", output).isTrue();
    assertThat(output).doesNotContain("FAIL").contains("all hostile inputs refused");
    assertThat(process.exitValue()).as(output).isZero();
    assertThat(output.lines().filter(l -> l.startsWith("OK")))
        .hasSize(HostileInputs.policies().size() + HostileInputs.cases().size());
  }
}
