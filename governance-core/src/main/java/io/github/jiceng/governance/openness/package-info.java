/**
 * Openness of a committee's affairs (村务公开、居务公开): what a villagers' committee must publish and how
 * often — ordinary matters at least every quarter, finances every month where collective finances
 * are busy, matters touching villagers' interests at once (《村民委员会组织法》第三十条) — and party affairs as a
 * city sets them (党务公开, the seeds' "三公开"); for a committee's publication log and a day, what is
 * overdue, by how many days, under which rule ({@link
 * io.github.jiceng.governance.openness.OpennessRules}).
 */
@NullMarked
package io.github.jiceng.governance.openness;

import org.jspecify.annotations.NullMarked;
