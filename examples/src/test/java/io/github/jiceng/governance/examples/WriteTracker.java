package io.github.jiceng.governance.examples;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Records which servers each unit of work wrote to: each shard's data source is wrapped so that its
 * connections note the tables their statements write, and the sharded data source so that its
 * commit collects what the shards' connections committed under it (ShardingSphere commits them in
 * the committing thread). One entry per commit that wrote anything: shard → tables.
 */
public final class WriteTracker {
  private static final Pattern WRITE =
      Pattern.compile(
          "^\\s*(?:INSERT\\s+INTO|UPDATE|DELETE\\s+FROM|COPY)\\s+(\\w+)", Pattern.CASE_INSENSITIVE);

  private final ThreadLocal<Map<String, Set<String>>> committing = new ThreadLocal<>();
  private final List<Map<String, Set<String>>> units =
      Collections.synchronizedList(new ArrayList<>());

  /** The units of work committed so far, each as the tables it wrote on each shard. */
  List<Map<String, Set<String>>> units() {
    return List.copyOf(units);
  }

  /**
   * {@code shard}'s data source, its writes noted. A class with the URL's getter, as ShardingSphere
   * reads a data source's URL by reflection to know its database.
   */
  Shard shard(String name, DataSource dataSource, String url) {
    return new Shard(dataSource(dataSource, connection -> physical(name, connection)), url);
  }

  /** A shard's tracked data source, with its URL for ShardingSphere. */
  public static final class Shard implements DataSource {
    private final DataSource target;
    private final String url;
    private java.io.PrintWriter log = new java.io.PrintWriter(java.io.Writer.nullWriter());

    Shard(DataSource target, String url) {
      this.target = target;
      this.url = url;
    }

    public String getUrl() {
      return url;
    }

    @Override
    public Connection getConnection() throws java.sql.SQLException {
      return target.getConnection();
    }

    @Override
    public Connection getConnection(String user, String password) throws java.sql.SQLException {
      return target.getConnection(user, password);
    }

    @Override
    public java.io.PrintWriter getLogWriter() {
      return log;
    }

    @Override
    public void setLogWriter(java.io.PrintWriter out) {
      log = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {}

    @Override
    public int getLoginTimeout() {
      return 0;
    }

    @Override
    public java.util.logging.Logger getParentLogger() {
      return java.util.logging.Logger.getLogger("governance.tracker");
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws java.sql.SQLException {
      throw new java.sql.SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
      return false;
    }
  }

  /** The sharded data source, its commits collecting the shards' writes. */
  DataSource logical(DataSource dataSource) {
    return dataSource(dataSource, this::logicalConnection);
  }

  private interface Wrap {
    Connection wrap(Connection connection);
  }

  private static DataSource dataSource(DataSource target, Wrap wrap) {
    return proxy(
        DataSource.class,
        (p, m, args) -> {
          Object result = invoke(target, m, args);
          return result instanceof Connection c ? wrap.wrap(c) : result;
        });
  }

  private Connection logicalConnection(Connection target) {
    return proxy(
        Connection.class,
        (p, m, args) -> {
          if (m.getName().equals("commit")) {
            committing.set(new LinkedHashMap<>());
            try {
              return invoke(target, m, args);
            } finally {
              Map<String, Set<String>> written = committing.get();
              committing.remove();
              if (!written.isEmpty()) {
                units.add(written);
              }
            }
          }
          return invoke(target, m, args);
        });
  }

  private Connection physical(String shard, Connection target) {
    Set<String> pending = new LinkedHashSet<>();
    return proxy(
        Connection.class,
        (p, m, args) -> {
          switch (m.getName()) {
            case "prepareStatement" -> note(pending, (String) args[0]);
            case "commit" -> {
              Map<String, Set<String>> unit = committing.get();
              if (unit != null && !pending.isEmpty()) {
                unit.computeIfAbsent(shard, k -> new LinkedHashSet<>()).addAll(pending);
              }
              pending.clear();
            }
            case "rollback" -> pending.clear();
            default -> {}
          }
          Object result = invoke(target, m, args);
          if (result instanceof Statement s && m.getName().equals("createStatement")) {
            return statement(s, pending);
          }
          return result;
        });
  }

  private static Statement statement(Statement target, Set<String> pending) {
    return proxy(
        Statement.class,
        (p, m, args) -> {
          if (args != null && args.length > 0 && args[0] instanceof String sql) {
            note(pending, sql);
          }
          return invoke(target, m, args);
        });
  }

  private static void note(Set<String> pending, String sql) {
    Matcher write = WRITE.matcher(sql);
    if (write.find()) {
      pending.add(write.group(1).toLowerCase(Locale.ROOT));
    }
  }

  private static Object invoke(Object target, Method m, Object[] args) throws Throwable {
    try {
      return m.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> T proxy(Class<T> type, InvocationHandler handler) {
    return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler);
  }
}
