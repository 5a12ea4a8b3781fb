package io.github.jiceng.governance;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.access.AccessList;
import io.github.jiceng.governance.access.AccessPolicy;
import io.github.jiceng.governance.access.Inspection;
import io.github.jiceng.governance.access.TaskRequest;
import io.github.jiceng.governance.access.WorkItem;
import io.github.jiceng.governance.base.GovernanceException;
import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.committee.Committee;
import io.github.jiceng.governance.committee.CommitteeKind;
import io.github.jiceng.governance.committee.Term;
import io.github.jiceng.governance.defaults.NationalDefaults;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.grid.GridCode;
import io.github.jiceng.governance.party.PartyMember;
import io.github.jiceng.governance.party.PartyOrganization;
import io.github.jiceng.governance.party.PartyOrganizationKind;
import io.github.jiceng.governance.party.PlacementKind;
import io.github.jiceng.governance.policy.Citation;
import io.github.jiceng.governance.policy.EffectivePeriod;
import io.github.jiceng.governance.policy.Policy;
import io.github.jiceng.governance.spi.GovernanceStore;
import java.io.IOException;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every public method and constructor of every public type of governance-core, called with null for
 * each reference argument in turn (the others given sample values where the test has one), must
 * answer with the library's typed error — never a NullPointerException or another raw exception. (A
 * method may also take null as "absent" or "empty", and a builder may keep it for {@code build()}
 * to report; neither is a crash.) Receivers of instance methods come from the same samples; the
 * facade runs over a store that fails if it is asked anything, so every check has to come before
 * the store.
 */
class NullArgumentsTest {
  private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
  private static final DivisionCode COMMUNITY = DivisionCode.of("341802001001");

  /** Methods whose documented exception for a missing argument is not the library's own. */
  private static final Set<String> DOCUMENTED_OTHERWISE =
      Set.of(
          "CreditCode.checkCharacter",
          "IdentityNumber.checkCharacter"); // IllegalArgumentException, as documented

  private final Map<Class<?>, Supplier<Object>> samples = new HashMap<>();

  NullArgumentsTest() {
    sample(String.class, () -> "x");
    sample(CharSequence.class, () -> "x");
    sample(LocalDate.class, () -> DAY);
    sample(DivisionCode.class, () -> COMMUNITY);
    sample(Term.class, () -> Term.ofYears(DAY, 5));
    sample(EffectivePeriod.class, EffectivePeriod::always);
    sample(Citation.class, () -> Citation.of("某文件"));
    sample(Policy.class, NationalDefaults::policy);
    sample(Clock.class, Clock::systemUTC);
    sample(GovernanceStore.class, RefusingStore::create);
    sample(Governance.class, () -> Governance.builder().store(RefusingStore.create()).build());
    sample(Governance.Builder.class, Governance::builder);
    sample(AccessPolicy.Builder.class, () -> AccessPolicy.builder("p", "1"));
    sample(WorkItem.Builder.class, () -> WorkItem.builder(AccessList.DUTY, "D-01", "选举"));
    sample(TaskRequest.Builder.class, () -> TaskRequest.builder("R-1"));
    sample(Committee.Builder.class, () -> Committee.builder("C-1", CommitteeKind.RESIDENTS));
    sample(
        PartyOrganization.Builder.class,
        () -> PartyOrganization.builder("O-1", PartyOrganizationKind.BRANCH));
    sample(Policy.Builder.class, () -> Policy.builder("p", "1"));
    sample(
        AccessPolicy.class,
        () ->
            AccessPolicy.builder("p", "1")
                .item(
                    WorkItem.builder(AccessList.DUTY, "D-01", "选举")
                        .departments("区民政局")
                        .basis(Citation.of("法"))
                        .build())
                .build());
    sample(
        TaskRequest.class,
        () ->
            TaskRequest.builder("R-1")
                .department("区民政局")
                .title("任务")
                .communities(COMMUNITY)
                .appliedOn(DAY)
                .period(DAY.plusMonths(2), null)
                .build());
    sample(
        PartyMember.class,
        () -> PartyMember.full("M-1", "党员", DAY.minusYears(2), DAY.minusYears(1)));
    sample(Inspection.class, () -> Inspection.unified("检查"));
    sample(GridCode.class, () -> GridCode.of("100100", COMMUNITY, 1));
    sample(PlacementKind.class, () -> PlacementKind.GRID);
    Supplier<Governance> facade =
        () -> Governance.builder().store(RefusingStore.create()).build().asSystem();
    sample(
        io.github.jiceng.governance.desk.DeskSetup.class,
        () ->
            io.github.jiceng.governance.desk.DeskSetup.of(
                RefusingStore.create(), NationalDefaults.policy(), Clock.systemUTC()));
    sample(io.github.jiceng.governance.desk.DivisionDesk.class, () -> facade.get().divisions());
    sample(io.github.jiceng.governance.desk.CommitteeDesk.class, () -> facade.get().committees());
    sample(io.github.jiceng.governance.desk.PartyDesk.class, () -> facade.get().party());
    sample(io.github.jiceng.governance.desk.AccessDesk.class, () -> facade.get().access());
    sample(io.github.jiceng.governance.desk.GridDesk.class, () -> facade.get().grids());
    sample(io.github.jiceng.governance.desk.ScopeDesk.class, () -> facade.get().scopes());
    sample(io.github.jiceng.governance.desk.AuditDesk.class, () -> facade.get().audit());
    sample(io.github.jiceng.governance.desk.ServiceDesk.class, () -> facade.get().services());
    sample(io.github.jiceng.governance.desk.CaseDesk.class, () -> facade.get().cases());
    sample(
        io.github.jiceng.governance.calendar.WorkingTime.class,
        () -> io.github.jiceng.governance.calendar.WorkingTime.of(NationalDefaults.policy()));
    sample(
        io.github.jiceng.governance.cases.RoutingTable.class,
        () -> io.github.jiceng.governance.cases.RoutingTable.builder("t", "1").build());
    sample(
        io.github.jiceng.governance.calendar.WorkingCalendar.class,
        () -> io.github.jiceng.governance.calendar.WorkingCalendar.of(NationalDefaults.policy()));
  }

  private void sample(Class<?> type, Supplier<Object> supplier) {
    samples.put(type, supplier);
  }

  @Test
  @DisplayName(
      "null for any reference argument of any public method of core gets the library's typed error, naming what is missing")
  void nullArgumentsGetTypedErrors() throws IOException {
    List<String> failures = new ArrayList<>();
    int calls = 0;
    for (Class<?> type : publicTypes()) {
      for (Executable executable : executables(type)) {
        Parameter[] parameters = executable.getParameters();
        for (int i = 0; i < parameters.length; i++) {
          if (parameters[i].getType().isPrimitive() || nullable(executable, i)) {
            continue;
          }
          Object receiver = null;
          if (executable instanceof Method m && !Modifier.isStatic(m.getModifiers())) {
            Supplier<Object> supplier = samples.get(type);
            if (supplier == null) {
              continue; // no receiver to call it on
            }
            receiver = supplier.get();
          }
          Object[] arguments = arguments(parameters, i);
          calls++;
          String failure =
              call(executable, receiver, arguments, type.getSimpleName() + "." + name(executable));
          if (failure != null) {
            failures.add(
                type.getSimpleName()
                    + "."
                    + name(executable)
                    + signature(executable)
                    + " with null #"
                    + (i + 1)
                    + ": "
                    + failure);
          }
        }
      }
    }
    assertThat(calls).as("calls made").isGreaterThan(300);
    assertThat(failures)
        .as("methods answering null with something else than the library's typed error")
        .isEmpty();
  }

  @Test
  @DisplayName(
      "absurd dates and counts get typed errors too: a term from LocalDate.MAX, a term of no years")
  void absurdArguments() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Term.ofYears(LocalDate.MAX, 5))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("start");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Term.ofYears(DAY, 0))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("years");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> GridCode.of("100100", COMMUNITY, 100))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("sequence");
  }

  private Object[] arguments(Parameter[] parameters, int nullAt) {
    Object[] arguments = new Object[parameters.length];
    for (int j = 0; j < parameters.length; j++) {
      Class<?> type = parameters[j].getType();
      if (j == nullAt) {
        arguments[j] = null;
      } else if (type.isPrimitive()) {
        arguments[j] = primitive(type);
      } else if (type.isArray()) {
        arguments[j] = java.lang.reflect.Array.newInstance(type.getComponentType(), 0);
      } else if (type.isEnum()) {
        arguments[j] = type.getEnumConstants()[0];
      } else if (type == List.class) {
        arguments[j] = List.of();
      } else if (type == Set.class) {
        arguments[j] = Set.of();
      } else {
        Supplier<Object> supplier = samples.get(type);
        arguments[j] = supplier == null ? null : supplier.get();
      }
    }
    return arguments;
  }

  /** Null if the call ended as it should; else what went wrong. */
  private static @Nullable String call(
      Executable executable, @Nullable Object receiver, Object[] arguments, String name) {
    try {
      if (executable instanceof Method method) {
        method.invoke(receiver, arguments);
      } else {
        ((java.lang.reflect.Constructor<?>) executable).newInstance(arguments);
      }
      return null; // taken as absent or empty, or kept for build() to report: not a crash
    } catch (InvocationTargetException e) {
      Throwable thrown = e.getCause();
      if (thrown instanceof GovernanceException) {
        return null;
      }
      if (thrown instanceof IllegalArgumentException && DOCUMENTED_OTHERWISE.contains(name)) {
        return null;
      }
      if (thrown instanceof AssertionError) {
        return "asked the store before checking its arguments";
      }
      StackTraceElement where =
          thrown.getStackTrace().length == 0 ? null : thrown.getStackTrace()[0];
      return thrown.getClass().getSimpleName() + " at " + where;
    } catch (ReflectiveOperationException | IllegalArgumentException e) {
      return "could not be called: " + e;
    }
  }

  private static boolean nullable(Executable executable, int index) {
    return executable.getAnnotatedParameterTypes()[index].isAnnotationPresent(Nullable.class)
        || executable.getParameters()[index].isAnnotationPresent(Nullable.class);
  }

  private static List<Executable> executables(Class<?> type) {
    List<Executable> all = new ArrayList<>();
    for (Method method : type.getDeclaredMethods()) {
      if (Modifier.isPublic(method.getModifiers())
          && !method.isSynthetic()
          && !method.isBridge()
          && !isObjectMethod(method)
          && !(type.isEnum() && method.getName().equals("valueOf"))) {
        all.add(method);
      }
    }
    if (!Modifier.isAbstract(type.getModifiers()) && !type.isEnum() && !type.isInterface()) {
      for (var constructor : type.getConstructors()) {
        all.add(constructor);
      }
    }
    return all;
  }

  private static boolean isObjectMethod(Method method) {
    // compareTo(null) throws NullPointerException by the contract of Comparable
    return (method.getName().equals("equals") && method.getParameterCount() == 1)
        || method.getName().equals("hashCode")
        || method.getName().equals("toString")
        || (method.getName().equals("compareTo") && method.getParameterCount() == 1);
  }

  /**
   * The public classes of core, top-level and nested, but neither internal ones nor the SPI's
   * interfaces.
   */
  private static List<Class<?>> publicTypes() throws IOException {
    Path classes = Path.of("target/classes");
    try (Stream<Path> files = Files.walk(classes)) {
      List<Class<?>> types = new ArrayList<>();
      for (Path file :
          (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
        String name =
            classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
        if (name.contains(".internal.")
            || name.matches(".*\\$\\d.*")
            || name.endsWith("package-info")) {
          continue;
        }
        Class<?> type = load(name);
        if (Modifier.isPublic(type.getModifiers())
            && !type.isInterface()
            && !type.isAnnotation()
            && !Throwable.class.isAssignableFrom(type)
            && (type.getEnclosingClass() == null
                || Modifier.isPublic(type.getEnclosingClass().getModifiers()))) {
          types.add(type);
        }
      }
      types.sort(java.util.Comparator.comparing(Class::getName));
      return types;
    }
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(name, e);
    }
  }

  private static Object primitive(Class<?> type) {
    if (type == boolean.class) {
      return false;
    }
    if (type == long.class) {
      return 1L;
    }
    if (type == double.class) {
      return 1.0;
    }
    if (type == char.class) {
      return 'x';
    }
    return 1;
  }

  private static String name(Executable executable) {
    return executable instanceof Method ? executable.getName() : "new";
  }

  private static String signature(Executable executable) {
    return Stream.of(executable.getParameterTypes()).map(Class::getSimpleName).toList().toString();
  }
}
