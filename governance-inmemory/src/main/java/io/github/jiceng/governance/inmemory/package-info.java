/**
 * {@link io.github.jiceng.governance.inmemory.InMemoryGovernanceStore}: a real {@link
 * io.github.jiceng.governance.spi.GovernanceStore} kept in memory, for tests and small tools.
 */
@NullMarked
package io.github.jiceng.governance.inmemory;

import org.jspecify.annotations.NullMarked;
