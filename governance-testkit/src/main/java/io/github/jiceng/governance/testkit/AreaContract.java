package io.github.jiceng.governance.testkit;

import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.spi.GovernanceStore;

/**
 * One area's part of the storage contract (cases, service requests, facilities, points, care
 * visits, organisations, assessments, consultations), run by {@link GovernanceStoreContract} as one
 * of its {@code @Nested} groups, on the contract's store.
 */
public abstract class AreaContract {

  /** The contract this group runs in: it holds the store and knows how to store a community. */
  protected abstract GovernanceStoreContract host();

  /** The store under test, empty. */
  protected GovernanceStore store() {
    return host().store;
  }

  /** Stores district, street and community {@code n}. */
  protected DivisionCode community(int n) {
    return host().storeCommunity(n).code();
  }
}
