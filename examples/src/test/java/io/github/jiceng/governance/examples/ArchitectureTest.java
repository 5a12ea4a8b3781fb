package io.github.jiceng.governance.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaPackage;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Guards the module structure the README's "Modules" section describes, over the main classes of
 * every module: governance-core (every package under {@code io.github.jiceng.governance} that is
 * not another module's) knows no store, no test kit and no {@code java.sql}; its {@code internal}
 * package and the JDBC store's stay private to their modules; every package is null-marked.
 */
class ArchitectureTest {
  private static final String BASE = "io.github.jiceng.governance";

  /** The packages of the modules built on core; everything else under {@link #BASE} is core. */
  private static final String[] OTHER_MODULES = {
    BASE + ".inmemory..",
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

  @Test
  void everyCorePackageIsGuarded() {
    Set<String> core = new TreeSet<>();
    classes.stream()
        .filter(c -> c.getPackageName().startsWith(BASE) && isCore(c.getPackageName()))
        .forEach(c -> core.add(c.getPackageName().substring(BASE.length())));
    assertThat(core)
        .contains(
            "",
            ".access",
            ".calendar",
            ".committee",
            ".division",
            ".grid",
            ".internal",
            ".party",
            ".people",
            ".policy",
            ".spi");
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
