/**
 * Data scope (数据权限): which part of the hierarchy a caller may see and change.
 *
 * <p>A {@link io.github.jiceng.governance.scope.Caller} is an actor id with the {@link
 * io.github.jiceng.governance.scope.DataScope scopes} granted to it (one per role, combined by
 * union). The kinds are those Chinese government applications know from RuoYi's data scope — all,
 * custom, one division, a division and everything under it, self — plus the grids a worker is
 * posted to. On a given day a caller's scopes resolve to a {@link
 * io.github.jiceng.governance.scope.Reach}: the divisions, sub-trees and grids it covers, which the
 * desks turn into the predicates of their queries (a division sub-tree is a range of 12-digit
 * codes, so no recursive query is needed).
 *
 * <p>Scopes are granted by {@link io.github.jiceng.governance.scope.ScopeGrant}s, which only an
 * actor whose own reach covers the scope may make; every grant and revocation is audited.
 */
@org.jspecify.annotations.NullMarked
package io.github.jiceng.governance.scope;
