/**
 * The desks of the {@link io.github.jiceng.governance.Governance} facade, one per area: {@link
 * io.github.jiceng.governance.desk.DivisionDesk divisions}, {@link
 * io.github.jiceng.governance.desk.CommitteeDesk committees}, {@link
 * io.github.jiceng.governance.desk.PartyDesk party}, {@link
 * io.github.jiceng.governance.desk.GridDesk grids} and {@link
 * io.github.jiceng.governance.desk.AccessDesk task access}.
 *
 * <p>A desk is where a caller's request meets both the domain and the store: it validates the
 * input, asks the domain's rules, and reads or writes records through the storage SPI in one
 * transaction. So desks live here, above the domain packages, which know nothing of storage. Every
 * desk gets the store, the policy, the clock and the validator one way, from a {@link
 * io.github.jiceng.governance.desk.DeskSetup}.
 */
@NullMarked
package io.github.jiceng.governance.desk;

import org.jspecify.annotations.NullMarked;
