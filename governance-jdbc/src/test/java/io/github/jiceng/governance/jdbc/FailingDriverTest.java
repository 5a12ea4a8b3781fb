package io.github.jiceng.governance.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.jiceng.governance.spi.GovernanceStore;
import io.github.jiceng.governance.testkit.SampleData;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Drivers quote the values of a failed statement in their messages ({@code Key
 * (identity_number)=(…)}). Whatever fails — the statement, then the rollback, then the close — none
 * of those messages may reach the caller: not as the message, not as a cause, not as a suppressed
 * exception.
 */
class FailingDriverTest {
  private static final String IDENTITY = "341802197705200027";
  private static final String PHONE = "13812395678";

  @ParameterizedTest(name = "statement fails, rollback fails: {0}, close fails: {1}")
  @CsvSource({"false, false", "true, false", "false, true", "true, true"})
  @DisplayName(
      "driver messages with identity numbers and phones never reach the caller, on any path of a failed write")
  void noDriverTextReachesTheCaller(boolean rollbackFails, boolean closeFails) {
    Faults faults = new Faults();
    GovernanceStore store =
        JdbcGovernanceStore.builder(faults.wrap(H2ContractTest.newH2())).build();
    faults.statements = true;
    faults.rollback = rollbackFails;
    faults.close = closeFails;

    Throwable thrown = catchThrowable(() -> store.divisions().insert(SampleData.district()));

    assertThat(thrown).isNotNull();
    String everything = everything(thrown);
    assertThat(everything)
        .doesNotContain(IDENTITY)
        .doesNotContain(PHONE)
        .contains("message withheld");
    if (rollbackFails || closeFails) {
      assertThat(thrown.getSuppressed())
          .as("the failed rollback or close is kept, redacted")
          .isNotEmpty();
    }
  }

  @org.junit.jupiter.api.Test
  @DisplayName(
      "a failed commit says its outcome is unknown (CommitOutcomeUnknownException), with the driver's text withheld")
  void failedCommitHasAnUnknownOutcome() {
    Faults faults = new Faults();
    GovernanceStore store =
        JdbcGovernanceStore.builder(faults.wrap(H2ContractTest.newH2())).build();
    faults.commit = true;
    faults.close = true;

    Throwable thrown = catchThrowable(() -> store.divisions().insert(SampleData.district()));

    assertThat(thrown)
        .isInstanceOf(io.github.jiceng.governance.base.CommitOutcomeUnknownException.class)
        .hasMessageContaining("whether the transaction took effect is unknown");
    assertThat(everything(thrown)).doesNotContain(IDENTITY).doesNotContain(PHONE);
  }

  /**
   * Messages, causes, suppressed exceptions and stack traces of the whole tree, as a log would
   * print them.
   */
  private static String everything(Throwable thrown) {
    StringWriter out = new StringWriter();
    thrown.printStackTrace(new PrintWriter(out));
    StringBuilder all = new StringBuilder(out.toString());
    collect(thrown, all, java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
    return all.toString();
  }

  private static void collect(Throwable t, StringBuilder all, Set<Throwable> seen) {
    if (t == null || !seen.add(t)) {
      return;
    }
    all.append(t).append('\n');
    if (t instanceof SQLException sql) {
      collect(sql.getNextException(), all, seen);
    }
    collect(t.getCause(), all, seen);
    for (Throwable s : t.getSuppressed()) {
      collect(s, all, seen);
    }
  }

  /**
   * Wraps a data source so that statements, rollbacks and closes fail with driver-like messages
   * once switched on.
   */
  static final class Faults {
    volatile boolean statements;
    volatile boolean rollback;
    volatile boolean close;
    volatile boolean commit;

    DataSource wrap(DataSource real) {
      return proxy(
          DataSource.class,
          real,
          (target, method, args) -> {
            Object result = method.invoke(target, args);
            return result instanceof Connection c ? connection(c) : result;
          });
    }

    private Connection connection(Connection real) {
      return proxy(
          Connection.class,
          real,
          (target, method, args) -> {
            String name = method.getName();
            if (commit && name.equals("commit")) {
              throw driverError(
                  "I/O error while committing row (" + IDENTITY + ", " + PHONE + ")", "08006");
            }
            if (rollback && name.equals("rollback")) {
              throw driverError(
                  "rollback failed for row (" + IDENTITY + ", " + PHONE + ")", "08006");
            }
            if (close && name.equals("close")) {
              method.invoke(target, args);
              throw driverError(
                  "close failed after Key (identity_number)=(" + IDENTITY + ")", "08003");
            }
            Object result = method.invoke(target, args);
            return result instanceof PreparedStatement p ? statement(p) : result;
          });
    }

    private PreparedStatement statement(PreparedStatement real) {
      return proxy(
          PreparedStatement.class,
          real,
          (target, method, args) -> {
            if (statements && method.getName().startsWith("execute")) {
              SQLException batch =
                  driverError(
                      "Batch entry 0 insert into gov_division values ('"
                          + IDENTITY
                          + "', '"
                          + PHONE
                          + "')",
                      null);
              batch.setNextException(
                  driverError(
                      "ERROR: duplicate key value violates unique constraint; Detail: Key (identity_number)=("
                          + IDENTITY
                          + ") already exists.",
                      "23505"));
              throw batch;
            }
            return method.invoke(target, args);
          });
    }

    private static SQLException driverError(String message, String state) {
      return new SQLException(message, state);
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, Handler<T> handler) {
      InvocationHandler invocation =
          (p, method, args) -> {
            try {
              return handler.handle(target, method, args);
            } catch (InvocationTargetException e) {
              throw e.getCause();
            }
          };
      return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, invocation);
    }

    interface Handler<T> {
      Object handle(T target, java.lang.reflect.Method method, Object[] args) throws Throwable;
    }
  }
}
