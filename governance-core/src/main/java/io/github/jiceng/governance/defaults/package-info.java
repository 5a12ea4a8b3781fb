/**
 * The national default policy ({@link io.github.jiceng.governance.defaults.NationalDefaults}):
 * every parameter the national laws set, from every area, with its dates and citation. It sits
 * above the areas whose parameters it gathers (committees, party, grids, people, calendar) and
 * below task access, whose policy files name it as their base.
 */
@NullMarked
package io.github.jiceng.governance.defaults;

import org.jspecify.annotations.NullMarked;
