package io.github.jiceng.governance.scope;

/** The kinds of data scope (数据权限范围), as RuoYi's data scope names them, plus grids. */
public enum ScopeKind {
  /** Every record (全部数据权限). */
  ALL,
  /** A chosen set of divisions and grids, each exactly (自定数据权限). */
  CUSTOM,
  /** The records of exactly one division (本部门数据权限). */
  DIVISION,
  /** A division and everything under it, by code prefix (本部门及以下数据权限). */
  DIVISION_AND_BELOW,
  /** The grids the actor is posted to as a grid worker on the day asked (网格员所在网格). */
  GRID,
  /**
   * Only the records the actor made (仅本人数据权限): its service requests (which it may take at any
   * community) and its own audit records; the records of the other areas built so far name no
   * creator.
   */
  SELF
}
