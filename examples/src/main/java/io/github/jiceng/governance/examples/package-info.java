/** The runnable demo and small usage examples. Not published. */
@NullMarked
package io.github.jiceng.governance.examples;

import org.jspecify.annotations.NullMarked;
