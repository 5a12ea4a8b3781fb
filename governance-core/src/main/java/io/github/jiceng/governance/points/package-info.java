/**
 * Points and time banks (积分与时间银行): a moral points bank (道德积分银行) whose deeds and points are policy
 * data, scored monthly and redeemed quarterly where the village's rules say so; a time bank (时间银行)
 * of volunteers' hours for elderly care. Every account is a ledger that never loses or
 * double-spends: each entry is appended under the account's version, so of two redemptions of one
 * balance at once exactly one succeeds.
 */
@NullMarked
package io.github.jiceng.governance.points;

import org.jspecify.annotations.NullMarked;
