package io.github.jiceng.governance;

import io.github.jiceng.governance.spi.GovernanceStore;
import java.lang.reflect.Proxy;

/**
 * A store for tests of argument checks: asking it anything fails the test with an {@link
 * AssertionError}, so a check that comes after the store call shows up.
 */
public final class RefusingStore {
  private RefusingStore() {}

  /** A store that fails if it is asked anything but its name. */
  public static GovernanceStore create() {
    return (GovernanceStore)
        Proxy.newProxyInstance(
            GovernanceStore.class.getClassLoader(),
            new Class<?>[] {GovernanceStore.class},
            (proxy, method, args) -> {
              if (method.getName().equals("toString")) {
                return "RefusingStore";
              }
              throw new AssertionError("the store was asked " + method.getName());
            });
  }
}
