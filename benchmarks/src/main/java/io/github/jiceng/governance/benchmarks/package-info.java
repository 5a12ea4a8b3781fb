/**
 * JMH benchmarks of the library against hand-written code, Drools and Easy Rules, and of bulk
 * imports against PostgreSQL's {@code COPY}. Not published. Run with the command in the README's
 * benchmark section; {@link io.github.jiceng.governance.benchmarks.Workload} builds the policies
 * and request streams, and the access benchmark checks before timing that each implementation
 * decides every request as the library does ({@link
 * io.github.jiceng.governance.benchmarks.Agreement}).
 */
@NullMarked
package io.github.jiceng.governance.benchmarks;

import org.jspecify.annotations.NullMarked;
