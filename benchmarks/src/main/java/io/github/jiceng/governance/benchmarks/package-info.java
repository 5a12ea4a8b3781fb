/**
 * JMH benchmarks of the library against hand-written code. Not published. Run with the command in
 * the README's benchmark section; {@link io.github.jiceng.governance.benchmarks.Workload} builds the
 * policies and request streams, and every benchmark checks before timing that each implementation
 * decides every request the same way.
 */
@NullMarked
package io.github.jiceng.governance.benchmarks;

import org.jspecify.annotations.NullMarked;
