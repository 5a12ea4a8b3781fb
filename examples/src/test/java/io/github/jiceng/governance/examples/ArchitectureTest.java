package io.github.jiceng.governance.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaPackage;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Guards the structure that {@code docs/architecture.md} records, over the main classes of every
 * module: the modules ("Modules": governance-core — every package under {@code
 * io.github.jiceng.governance} that is not another module's — knows no store, no test kit and no
 * {@code java.sql}; its {@code internal} package and the JDBC store's stay private to their
 * modules), the layers of core's packages ("Packages of governance-core, in layers": every package
 * has a layer, and uses only packages of lower layers), and that every package is null-marked.
 */
class ArchitectureTest {
  private static final String BASE = "io.github.jiceng.governance";

  /** The packages of the modules built on core; everything else under {@link #BASE} is core. */
  private static final String[] OTHER_MODULES = {
    BASE + ".inmemory..",
    BASE + ".sharding..",
    BASE + ".jdbc..",
    BASE + ".testkit..",
    BASE + ".examples..",
    BASE + ".benchmarks.."
  };

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(BASE);
  }

  @Test
  void everyModuleIsImported() {
    assertThat(classes.stream().map(JavaClass::getPackageName).distinct())
        .contains(BASE, BASE + ".inmemory", BASE + ".jdbc", BASE + ".testkit", BASE + ".examples");
  }

  /**
   * The layers of docs/architecture.md, "Packages of governance-core, in layers": a package may use
   * packages of lower layers only. "" is the root package.
   */
  private static final Map<String, Integer> LAYERS =
      Map.ofEntries(
          Map.entry("base", 0),
          Map.entry("internal", 1),
          Map.entry("policy", 2),
          Map.entry("division", 3),
          Map.entry("calendar", 3),
          Map.entry("audit", 3),
          Map.entry("people", 4),
          Map.entry("committee", 5),
          Map.entry("grid", 5),
          Map.entry("service", 5),
          Map.entry("party", 6),
          Map.entry("scope", 6),
          Map.entry("cases", 6),
          Map.entry("facility", 6),
          Map.entry("points", 6),
          Map.entry("care", 6),
          Map.entry("assessment", 6),
          Map.entry("organisation", 6),
          Map.entry("consultation", 6),
          Map.entry("election", 6),
          Map.entry("openness", 6),
          Map.entry("defaults", 7),
          Map.entry("access", 8),
          Map.entry("spi", 9),
          Map.entry("report", 9),
          Map.entry("desk", 10),
          Map.entry("", 11));

  @Test
  @DisplayName(
      "every package of core has its layer in docs/architecture.md, and no other is listed")
  void everyCorePackageHasALayer() {
    Set<String> core = new TreeSet<>();
    classes.stream()
        .filter(c -> isCore(c.getPackageName()))
        .forEach(c -> core.add(corePackage(c.getPackageName())));
    assertThat(core).containsExactlyInAnyOrderElementsOf(LAYERS.keySet());
  }

  @Test
  @DisplayName(
      "arrows point down: a core package uses only packages of lower layers (docs/architecture.md)")
  void corePackagesUseOnlyLowerLayers() {
    Set<String> upward = new TreeSet<>();
    Set<String> seen = new TreeSet<>();
    for (JavaClass origin : classes) {
      if (!isCore(origin.getPackageName())) {
        continue;
      }
      String from = corePackage(origin.getPackageName());
      for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
        String target = dependency.getTargetClass().getPackageName();
        if (!target.startsWith(BASE) || !isCore(target)) {
          continue;
        }
        String to = corePackage(target);
        seen.add(label(from) + " -> " + label(to));
        if (!to.equals(from) && LAYERS.get(to) >= LAYERS.get(from)) {
          upward.add(
              label(from)
                  + " (layer "
                  + LAYERS.get(from)
                  + ") -> "
                  + label(to)
                  + " (layer "
                  + LAYERS.get(to)
                  + "): "
                  + origin.getSimpleName()
                  + " uses "
                  + dependency.getTargetClass().getSimpleName());
        }
      }
    }
    assertThat(seen) // the scan sees the arrows the layers are about
        .contains("desk -> spi", "spi -> access", "access -> policy", "party -> committee");
    assertThat(upward).as("dependencies that do not point down").isEmpty();
  }

  @Test
  @DisplayName("no domain package, nor a sub-package of one, uses the storage SPI")
  void domainDoesNotUseTheSpi() {
    noClasses()
        .that()
        .resideInAnyPackage(
            BASE + ".base..",
            BASE + ".internal..",
            BASE + ".policy..",
            BASE + ".division..",
            BASE + ".calendar..",
            BASE + ".people..",
            BASE + ".committee..",
            BASE + ".grid..",
            BASE + ".party..",
            BASE + ".defaults..",
            BASE + ".access..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(BASE + ".spi..")
        .check(classes);
  }

  /** The top-level core package a package belongs to: "" for the root, "policy" for policy. */
  private static String corePackage(String packageName) {
    if (packageName.equals(BASE)) {
      return "";
    }
    String rest = packageName.substring(BASE.length() + 1);
    int dot = rest.indexOf('.');
    return dot < 0 ? rest : rest.substring(0, dot);
  }

  private static String label(String corePackage) {
    return corePackage.isEmpty() ? "(root)" : corePackage;
  }

  @Test
  void coreDoesNotDependOnOtherModules() {
    noClasses()
        .that()
        .resideInAPackage(BASE + "..")
        .and()
        .resideOutsideOfPackages(OTHER_MODULES)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(OTHER_MODULES)
        .check(classes);
  }

  @Test
  void noJavaSqlInCore() {
    noClasses()
        .that()
        .resideInAPackage(BASE + "..")
        .and()
        .resideOutsideOfPackages(OTHER_MODULES)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("java.sql..", "javax.sql..")
        .check(classes);
  }

  @Test
  void coreInternalsStayInCore() {
    noClasses()
        .that()
        .resideInAnyPackage(OTHER_MODULES)
        .should()
        .dependOnClassesThat()
        .resideInAPackage(BASE + ".internal..")
        .check(classes);
  }

  @Test
  void jdbcInternalsStayInJdbc() {
    noClasses()
        .that()
        .resideOutsideOfPackage(BASE + ".jdbc..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(BASE + ".jdbc.internal..")
        .check(classes);
  }

  private static boolean isCore(String packageName) {
    for (String other : OTHER_MODULES) {
      String prefix = other.substring(0, other.length() - 2);
      if (packageName.equals(prefix) || packageName.startsWith(prefix + ".")) {
        return false;
      }
    }
    return true;
  }

  @Test
  void classesNamedAbstractAreAbstract() {
    classes()
        .that()
        .haveSimpleNameStartingWith("Abstract")
        .should()
        .haveModifier(JavaModifier.ABSTRACT)
        .allowEmptyShould(true)
        .check(classes);
  }

  @Test
  void everyPackageIsNullMarked() {
    Set<String> missing = new TreeSet<>();
    for (JavaPackage pkg : List.copyOf(classes.getPackage(BASE).getSubpackagesInTree())) {
      if (pkg.getClasses().isEmpty()) {
        continue;
      }
      boolean marked =
          pkg.tryGetPackageInfo().map(info -> info.isAnnotatedWith(NullMarked.class)).orElse(false);
      if (!marked) {
        missing.add(pkg.getName());
      }
    }
    if (!classes
        .getPackage(BASE)
        .tryGetPackageInfo()
        .map(i -> i.isAnnotatedWith(NullMarked.class))
        .orElse(false)) {
      missing.add(BASE);
    }
    assertThat(missing).as("packages without @NullMarked package-info").isEmpty();
  }
}
