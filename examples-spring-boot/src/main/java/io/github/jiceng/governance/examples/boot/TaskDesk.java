package io.github.jiceng.governance.examples.boot;

import io.github.jiceng.governance.Governance;
import io.github.jiceng.governance.access.AccessDecision;
import io.github.jiceng.governance.access.AccessPolicy;
import io.github.jiceng.governance.access.TaskRequest;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The street office's task desk: takes a department's request and decides it under the policy. */
@Service
public class TaskDesk {
  private final Governance governance;
  private final AccessPolicy policy;

  /** The desk over the starter's facade and the policy of {@code governance.policy.location}. */
  public TaskDesk(Governance governance, AccessPolicy policy) {
    this.governance = governance;
    this.policy = policy;
  }

  /**
   * Stores {@code request} and decides it for each community it targets, as the clerk {@code
   * actor}: both writes commit together or not at all.
   */
  @Transactional
  public List<AccessDecision> submitAndDecide(String actor, TaskRequest request) {
    Governance clerk = governance.as(actor);
    clerk.access().submit(request);
    return clerk.access().decide(request.id(), policy, request.appliedOn());
  }
}
