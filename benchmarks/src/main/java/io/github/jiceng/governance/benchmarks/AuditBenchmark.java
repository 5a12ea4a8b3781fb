package io.github.jiceng.governance.benchmarks;

import io.github.jiceng.governance.Governance;
import io.github.jiceng.governance.access.AccessDecision;
import io.github.jiceng.governance.access.AccessOutcome;
import io.github.jiceng.governance.access.AccessPolicy;
import io.github.jiceng.governance.access.TaskRequest;
import io.github.jiceng.governance.audit.AuditAction;
import io.github.jiceng.governance.audit.AuditEntry;
import io.github.jiceng.governance.audit.AuditLink;
import io.github.jiceng.governance.audit.AuditRecord;
import io.github.jiceng.governance.audit.ChainPosition;
import io.github.jiceng.governance.audit.ChainVerification;
import io.github.jiceng.governance.audit.HashAlgorithm;
import io.github.jiceng.governance.inmemory.InMemoryGovernanceStore;
import io.github.jiceng.governance.jdbc.JdbcGovernanceStore;
import io.github.jiceng.governance.policy.Decision;
import io.github.jiceng.governance.spi.GovernanceStore;
import io.github.jiceng.governance.testkit.SampleData;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/** What the audit trail costs: an append per decision, and verification of a long trail. */
public class AuditBenchmark {
  private AuditBenchmark() {}

  private static final Clock CLOCK = Clock.system(ZoneId.of("Asia/Shanghai"));

  private static AuditLink link(String subject) {
    return AuditLink.of(
        AuditEntry.of(
            "clerk-17",
            AuditAction.ACCESS_DECISION,
            subject,
            subject + " ADMITTED",
            HashAlgorithm.SHA_256),
        CLOCK,
        HashAlgorithm.SHA_256);
  }

  /**
   * One access decision stored in its own transaction on embedded PostgreSQL, without and with its
   * audit record (the head row locked, the record inserted, the head moved): the difference is the
   * audit trail's cost per decision. One open connection, as from a pool.
   */
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  @Warmup(iterations = 3, time = 2)
  @Measurement(iterations = 5, time = 2)
  @Fork(1)
  @State(Scope.Benchmark)
  public static class Append {
    private EmbeddedDatabase database;
    private JdbcGovernanceStore store;
    private TaskRequest request;
    private Decision<AccessOutcome> decision;
    private int sequence;

    @Setup(Level.Trial)
    public void start() throws IOException, SQLException {
      database = EmbeddedDatabase.start();
      store = database.store;
      store.divisions().insert(SampleData.district());
      store.divisions().insert(SampleData.street());
      store.divisions().insert(SampleData.community(1, "社区1"));
      request = store.taskRequests().insert(SampleData.taskRequest("R-1", 1));
      AccessPolicy policy = SampleData.accessPolicy("2026.1");
      decision = policy.decide(request, SampleData.communityCode(1), LocalDate.of(2026, 3, 3));
    }

    private AccessDecision next() {
      return new AccessDecision(
          request.id(), SampleData.communityCode(1), ++sequence, request.department(), decision);
    }

    @Benchmark
    public AccessDecision decisionOnly() {
      AccessDecision d = next();
      return store.inTransaction(tx -> tx.accessDecisions().insert(d));
    }

    @Benchmark
    public AuditRecord decisionWithAuditRecord() {
      AccessDecision d = next();
      return store.inTransaction(
          tx -> {
            tx.accessDecisions().insert(d);
            return tx.audit().append(link(d.id()));
          });
    }

    @TearDown(Level.Trial)
    public void stop() throws IOException, SQLException {
      database.close();
    }
  }

  /**
   * Sixteen writers appending at once on embedded PostgreSQL — two application instances (two
   * stores over the same tables) of eight threads each, every thread on its own connection — as
   * throughput: appends per second for all of them together. The head row's lock makes them take
   * turns; after the run the whole chain must verify, or the benchmark fails.
   */
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @Warmup(iterations = 2, time = 2)
  @Measurement(iterations = 3, time = 2)
  @Fork(1)
  @org.openjdk.jmh.annotations.Threads(16)
  @State(Scope.Benchmark)
  public static class Contended {
    private EmbeddedDatabase database;
    private final java.util.concurrent.atomic.AtomicInteger threads =
        new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.List<Connection> connections =
        java.util.Collections.synchronizedList(new java.util.ArrayList<>());

    @Setup(Level.Trial)
    public void start() throws SQLException {
      database = EmbeddedDatabase.start();
    }

    /** One writer: its instance (by thread number, 8 per instance) and its connection. */
    @State(Scope.Thread)
    public static class Writer {
      JdbcGovernanceStore store;
      String name;
      int count;

      @Setup(Level.Trial)
      public void open(Contended shared) throws SQLException {
        int number = shared.threads.getAndIncrement();
        Connection connection = shared.database.newConnection();
        shared.connections.add(connection);
        store = JdbcGovernanceStore.builder(() -> connection).build();
        name = "instance-" + (number % 2) + "-thread-" + number;
      }
    }

    @Benchmark
    public AuditRecord append(Writer writer) {
      return writer.store.audit().append(link(writer.name + "/" + writer.count++));
    }

    @TearDown(Level.Trial)
    public void stop() throws IOException, SQLException {
      var audit = database.store.audit();
      ChainVerification result =
          io.github.jiceng.governance.audit.AuditChain.verify(
              audit::read, audit.anchor(), Long.MAX_VALUE, audit.head(), true);
      for (Connection connection : connections) {
        connection.close();
      }
      database.close();
      if (!result.intact()) {
        throw new IllegalStateException("concurrent appends forked the chain: " + result);
      }
      System.out.println("chain of " + result.checked() + " records, intact");
    }
  }

  /**
   * {@code AuditDesk.verify()} over a trail of {@code records} records, on embedded PostgreSQL
   * (written by {@code COPY} before timing: the records are built and chained by the library, then
   * loaded) and in memory. Records per second = records ÷ time.
   */
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 1)
  @Measurement(iterations = 3)
  @Fork(1)
  @State(Scope.Benchmark)
  public static class Verify {
    @Param({"1000000"})
    int records;

    private EmbeddedDatabase database;
    private Governance postgres;
    private Governance memory;

    @Setup(Level.Trial)
    public void load() throws IOException, SQLException {
      database = EmbeddedDatabase.start();
      postgres = Governance.builder().store(database.store).build().asSystem();
      GovernanceStore inMemory = new InMemoryGovernanceStore();
      memory = Governance.builder().store(inMemory).build().asSystem();
      StringBuilder rows = new StringBuilder(records * 260);
      ChainPosition head = ChainPosition.GENESIS;
      for (int i = 1; i <= records; i++) {
        AuditRecord r = inMemory.audit().append(link("R-" + i + "/341802001001/1"));
        rows.append(r.sequence())
            .append('\t')
            .append(r.time().toEpochMilli())
            .append('\t')
            .append(r.actor())
            .append('\t')
            .append(r.action().name())
            .append('\t')
            .append(r.subject())
            .append('\t')
            .append(r.entry().payloadDigest())
            .append('\t')
            .append(r.algorithm().id())
            .append('\t')
            .append(r.previousHash())
            .append('\t')
            .append(r.hash())
            .append('\n');
        head = ChainPosition.of(r);
      }
      database.load(
          "COPY gov_audit_record (seq, recorded_at, actor, action, subject, payload_digest,"
              + " algorithm, previous_hash, record_hash) FROM STDIN",
          rows.toString(),
          "UPDATE gov_audit_chain SET head_seq = "
              + head.sequence()
              + ", head_hash = '"
              + head.hash()
              + "' WHERE id = 1");
      for (Governance g : new Governance[] {postgres, memory}) {
        ChainVerification result = g.audit().verify();
        if (!result.intact() || result.checked() != records) {
          throw new IllegalStateException("the loaded trail does not verify: " + result);
        }
      }
    }

    @Benchmark
    public ChainVerification postgres() {
      return postgres.audit().verify();
    }

    @Benchmark
    public ChainVerification inMemory() {
      return memory.audit().verify();
    }

    @TearDown(Level.Trial)
    public void stop() throws IOException, SQLException {
      database.close();
    }
  }
}
