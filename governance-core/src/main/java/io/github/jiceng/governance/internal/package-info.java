/**
 * Implementation details of governance-core. Not part of the API: may change in any release, and
 * must not be used from other modules (an architecture test enforces this).
 */
@NullMarked
package io.github.jiceng.governance.internal;

import org.jspecify.annotations.NullMarked;
