/**
 * Grids (网格) inside a community or village — comprehensive or dedicated (专属网格) — with their
 * buildings, households and grid workers; the grid-size and coverage rules as dated, cited rules
 * ({@link io.github.jiceng.governance.grid.GridStandards}, {@link
 * io.github.jiceng.governance.grid.GridRules}). The desk that stores grids, imports households and
 * residents in bulk, and reports a community's coverage is {@link
 * io.github.jiceng.governance.desk.GridDesk}.
 */
@NullMarked
package io.github.jiceng.governance.grid;

import org.jspecify.annotations.NullMarked;
