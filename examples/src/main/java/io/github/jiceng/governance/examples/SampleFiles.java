package io.github.jiceng.governance.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The demo's sample files, which the build copies from {@code policies/} onto the classpath. */
final class SampleFiles {
  private SampleFiles() {}

  /** The text of sample file {@code name} (UTF-8). */
  static String text(String name) {
    try (InputStream in = SampleFiles.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
