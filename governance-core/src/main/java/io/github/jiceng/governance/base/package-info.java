/**
 * What every package of the library shares, at the bottom of its layers: the exceptions any call
 * can throw ({@link io.github.jiceng.governance.base.GovernanceException} and its subtypes, among
 * them the storage failures a store reports) and {@link
 * io.github.jiceng.governance.base.Versioned}, the optimistic-locking contract that stored records
 * implement. It depends on nothing else in the library, so the domain packages can use it without
 * knowing the storage SPI.
 */
@NullMarked
package io.github.jiceng.governance.base;

import org.jspecify.annotations.NullMarked;
