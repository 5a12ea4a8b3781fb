/**
 * Entry point of the governance library: the {@link io.github.jiceng.governance.Governance} facade,
 * its builder, and the {@link io.github.jiceng.governance.base.GovernanceException} hierarchy that
 * every part of the library throws.
 *
 * <p>Sub-packages are organised by domain area: {@code division} (administrative divisions), {@code
 * committee} (residents' and villagers' committees and the committee laws), {@code policy} (the
 * engine for dated, cited rules and the decisions they produce) and {@code spi} (the storage
 * interface every store implements).
 */
@NullMarked
package io.github.jiceng.governance;

import org.jspecify.annotations.NullMarked;
