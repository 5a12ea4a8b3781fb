package io.github.jiceng.governance.spring;

import io.github.jiceng.governance.access.AccessPolicy;
import io.github.jiceng.governance.access.AccessPolicyFile;
import io.github.jiceng.governance.policy.PolicyCheckException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternUtils;

/**
 * Reads the access policy {@code governance.policy.location} names — a YAML file, or a folder
 * holding exactly one policy file — through Spring's resource loading, so that {@code classpath:}
 * and {@code file:} locations both work, inside a jar too.
 */
final class PolicyLocation {
  /** The most a policy file may have, as {@link AccessPolicyFile} reads it. */
  private static final int MAX_BYTES =
      4 * io.github.jiceng.governance.policy.YamlInput.MAX_CHARACTERS;

  /** A policy file's first key, after comments and blank lines. */
  private static final Pattern POLICY_FIRST =
      Pattern.compile("\\A(?:\\s*#[^\\n]*\\n|\\s*\\n)*policy\\s*:", Pattern.MULTILINE);

  private PolicyLocation() {}

  /**
   * The policy at {@code location}, checked as loaded on {@code day}.
   *
   * @throws PolicyCheckException naming the file and line of every problem
   * @throws IllegalStateException if the location holds no policy file, or more than one, or cannot
   *     be read
   */
  static AccessPolicy read(ResourceLoader loader, String location, LocalDate day) {
    String where = location.strip();
    Resource file = policyFile(loader, where);
    String text = text(file, where);
    // problems cite the location as configured, so that the message points at the file to fix
    String cited = isFile(where) ? where : (where.endsWith("/") ? where : where + "/") + name(file);
    return AccessPolicyFile.read(text, cited, day);
  }

  private static boolean isFile(String location) {
    String lower = location.toLowerCase(Locale.ROOT);
    return lower.endsWith(".yaml") || lower.endsWith(".yml");
  }

  private static Resource policyFile(ResourceLoader loader, String location) {
    if (isFile(location)) {
      Resource file = loader.getResource(location);
      if (!file.exists()) {
        throw new IllegalStateException(
            "governance.policy.location: no policy file at " + location);
      }
      return file;
    }
    ResourcePatternResolver resolver = ResourcePatternUtils.getResourcePatternResolver(loader);
    String folder = location.endsWith("/") ? location : location + "/";
    List<Resource> policies = new ArrayList<>();
    try {
      for (String pattern : List.of("*.yaml", "*.yml")) {
        for (Resource candidate : resolver.getResources(folder + pattern)) {
          if (POLICY_FIRST.matcher(text(candidate, location)).lookingAt()) {
            policies.add(candidate);
          }
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException(
          "governance.policy.location: the folder " + location + " cannot be listed", e);
    }
    policies.sort(Comparator.comparing(PolicyLocation::name));
    if (policies.size() != 1) {
      throw new IllegalStateException(
          "governance.policy.location: the folder "
              + location
              + " must hold exactly one policy file (a YAML file whose first key is 'policy'),"
              + " holds "
              + (policies.isEmpty()
                  ? "none"
                  : policies.size()
                      + ": "
                      + String.join(", ", policies.stream().map(PolicyLocation::name).toList())));
    }
    return policies.get(0);
  }

  private static String text(Resource file, String location) {
    try (InputStream in = file.getInputStream()) {
      byte[] bytes = in.readNBytes(MAX_BYTES + 1);
      if (bytes.length > MAX_BYTES) {
        throw new IllegalStateException(
            "governance.policy.location: " + name(file) + " is larger than a policy file may be");
      }
      return new String(bytes, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(
          "governance.policy.location: " + name(file) + " in " + location + " cannot be read", e);
    }
  }

  /** The file's name as problems cite it: its file name, else its description. */
  private static String name(Resource file) {
    String name = file.getFilename();
    return name != null ? name : file.getDescription();
  }
}
