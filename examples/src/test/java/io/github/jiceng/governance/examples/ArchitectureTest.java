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

/** Guards the architecture of ARCHITECTURE.md over the main classes of every module. */
class ArchitectureTest {
  private static final String BASE = "io.github.jiceng.governance";
  private static final String[] STORE_MODULES = {BASE + ".inmemory..", BASE + ".jdbc..", BASE + ".testkit..", BASE + ".examples.."};
  private static final String[] CORE_PACKAGES = {
    BASE, BASE + ".division..", BASE + ".committee..", BASE + ".policy..", BASE + ".spi..", BASE + ".internal.."
  };
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages(BASE);
  }

  @Test
  void everyModuleIsImported() {
    assertThat(classes.stream().map(JavaClass::getPackageName).distinct())
        .contains(BASE, BASE + ".inmemory", BASE + ".jdbc", BASE + ".testkit", BASE + ".examples");
  }

  @Test
  void coreDoesNotDependOnStoreModules() {
    noClasses().that().resideInAnyPackage(CORE_PACKAGES)
        .should().dependOnClassesThat().resideInAnyPackage(STORE_MODULES)
        .check(classes);
  }

  @Test
  void noJavaSqlInCore() {
    noClasses().that().resideInAnyPackage(CORE_PACKAGES)
        .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..")
        .check(classes);
  }

  @Test
  void coreInternalsStayInCore() {
    noClasses().that().resideInAnyPackage(STORE_MODULES)
        .should().dependOnClassesThat().resideInAPackage(BASE + ".internal..")
        .check(classes);
  }

  @Test
  void jdbcInternalsStayInJdbc() {
    noClasses().that().resideOutsideOfPackage(BASE + ".jdbc..")
        .should().dependOnClassesThat().resideInAPackage(BASE + ".jdbc.internal..")
        .check(classes);
  }

  @Test
  void classesNamedAbstractAreAbstract() {
    classes().that().haveSimpleNameStartingWith("Abstract")
        .should().haveModifier(JavaModifier.ABSTRACT)
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
      boolean marked = pkg.tryGetPackageInfo().map(info -> info.isAnnotatedWith(NullMarked.class)).orElse(false);
      if (!marked) {
        missing.add(pkg.getName());
      }
    }
    if (!classes.getPackage(BASE).tryGetPackageInfo().map(i -> i.isAnnotatedWith(NullMarked.class)).orElse(false)) {
      missing.add(BASE);
    }
    assertThat(missing).as("packages without @NullMarked package-info").isEmpty();
  }
}
