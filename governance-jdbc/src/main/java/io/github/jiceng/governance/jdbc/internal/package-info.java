/** Implementation of the JDBC store. Not part of the API; not to be used from other modules. */
@NullMarked
package io.github.jiceng.governance.jdbc.internal;

import org.jspecify.annotations.NullMarked;
