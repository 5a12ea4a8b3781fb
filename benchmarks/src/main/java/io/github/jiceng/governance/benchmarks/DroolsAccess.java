package io.github.jiceng.governance.benchmarks;

import io.github.jiceng.governance.access.AccessCase;
import io.github.jiceng.governance.access.AccessPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.runtime.StatelessKieSession;

/**
 * The peer in Drools: {@code access.drl} (rules A1–A10, one rule per verdict that matters) compiled
 * to Drools' executable model, one stateless session per policy, one {@link Claim} per decision.
 * The policy's data is the session's global {@code catalogue}, not facts: inserting 1,000 items on
 * every decision would measure the insertion, not the rules.
 */
public final class DroolsAccess implements EveryRule {
  private static final String DRL = "io/github/jiceng/governance/benchmarks/access.drl";

  private final Catalogue catalogue;
  private final StatelessKieSession session;

  public DroolsAccess(AccessPolicy policy, LocalDate asOf) {
    this.catalogue = new Catalogue(policy, asOf);
    this.session = kieBase().newStatelessKieSession();
    session.setGlobal("catalogue", catalogue);
  }

  @Override
  public Claim decide(AccessCase c, LocalDate asOf) {
    Claim claim = new Claim(c, catalogue, asOf);
    session.execute(claim);
    return claim;
  }

  private static KieBase kieBase() {
    KieServices services = KieServices.Factory.get();
    KieFileSystem files = services.newKieFileSystem();
    files.write("src/main/resources/" + DRL, services.getResources().newByteArrayResource(drl()));
    KieBuilder builder = services.newKieBuilder(files).buildAll(ExecutableModelProject.class);
    if (builder.getResults().hasMessages(Message.Level.ERROR)) {
      throw new IllegalStateException(
          "access.drl does not compile: " + builder.getResults().getMessages());
    }
    return services.newKieContainer(services.getRepository().getDefaultReleaseId()).getKieBase();
  }

  private static byte[] drl() {
    try (InputStream in = DroolsAccess.class.getClassLoader().getResourceAsStream(DRL)) {
      if (in == null) {
        throw new IllegalStateException(DRL + " is not on the class path");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
