/**
 * The storage SPI: what a store must do to keep the library's aggregates. Implemented by {@code
 * governance-inmemory} and {@code governance-jdbc}; every implementation passes the contract suite
 * in {@code governance-testkit}.
 *
 * <h2>Rules every store follows</h2>
 *
 * <ul>
 *   <li><b>Nulls.</b> No method accepts or returns {@code null}; absence is an empty {@link
 *       java.util.Optional} or list.
 *   <li><b>Versions.</b> Every aggregate carries a {@code long version}; 0 means "never stored".
 *       {@code insert} stores version 1; {@code update} succeeds only if the stored version equals
 *       the given one, and stores version + 1; otherwise it throws {@link
 *       io.github.jiceng.governance.base.WriteConflictException} and changes nothing.
 *   <li><b>Identity.</b> Inserting an id that exists throws {@link
 *       io.github.jiceng.governance.base.DuplicateKeyException}.
 *   <li><b>References.</b> A record that refers to another (a division to its parent, a committee
 *       to its division) can only be written while the other exists, and a record that others refer
 *       to cannot be deleted: {@link io.github.jiceng.governance.base.IntegrityViolationException}.
 *   <li><b>Transactions.</b> Each call is one transaction. {@link
 *       io.github.jiceng.governance.spi.GovernanceStore#inTransaction} runs several calls as one:
 *       all or nothing.
 *   <li><b>Threads.</b> Stores are thread-safe and may be shared by several application instances
 *       (for the JDBC store, through the same database).
 *   <li><b>Copies.</b> Aggregates are immutable values; what a store returns cannot change what it
 *       holds.
 *   <li><b>Personal data.</b> Exception messages name records by their keys, never by identity
 *       numbers, phones or addresses; the JDBC store does not attach the driver's messages, which
 *       quote the offending values.
 * </ul>
 */
@NullMarked
package io.github.jiceng.governance.spi;

import org.jspecify.annotations.NullMarked;
