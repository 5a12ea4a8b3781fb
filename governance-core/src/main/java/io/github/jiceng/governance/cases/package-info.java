/**
 * Cases on the closed loop of grid management and the 12345 hotline (受理 → 立案 → 派遣 → 处置 → 反馈 → 核查 →
 * 结案): a problem a grid worker or a resident reports, its category and place, its states and every
 * transition, kept and never overwritten.
 */
@NullMarked
package io.github.jiceng.governance.cases;

import org.jspecify.annotations.NullMarked;
