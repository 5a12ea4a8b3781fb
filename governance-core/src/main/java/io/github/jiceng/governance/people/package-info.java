/**
 * People of a community and their personal data: residents ({@link
 * io.github.jiceng.governance.people.Resident}, 居民) with identity numbers checked by GB 11643
 * ({@link io.github.jiceng.governance.people.IdentityNumber}), phones, tags for groups needing
 * care; organisations' unified social credit codes checked by GB 32100 ({@link
 * io.github.jiceng.governance.people.CreditCode}); community workers and volunteers.
 *
 * <p>Identity numbers, phones, addresses and names are personal information (PIPL, GB/T 35273):
 * every {@code toString}, log line and exception message of the library shows them masked ({@link
 * io.github.jiceng.governance.people.Masking}). The raw value is only returned by an explicit
 * accessor such as {@link io.github.jiceng.governance.people.IdentityNumber#value()}.
 */
@NullMarked
package io.github.jiceng.governance.people;

import org.jspecify.annotations.NullMarked;
