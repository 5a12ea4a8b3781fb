/**
 * Test support for users and implementers of the library: the storage contract suite ({@link
 * io.github.jiceng.governance.testkit.GovernanceStoreContract}) that every {@link
 * io.github.jiceng.governance.spi.GovernanceStore} must pass, and small sample records ({@link
 * io.github.jiceng.governance.testkit.SampleData}).
 */
@NullMarked
package io.github.jiceng.governance.testkit;

import org.jspecify.annotations.NullMarked;
