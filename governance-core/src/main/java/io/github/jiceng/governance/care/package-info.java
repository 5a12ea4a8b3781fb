/**
 * People who need care (关爱服务对象): visits and talks recorded by grid workers and community workers,
 * and who is overdue for one on a day — per care tag, at least one contact in every round of the
 * months a policy sets (a county's "帮教对象每季度至少谈话一次", seed report 003), explained with the rule and
 * the days ({@link io.github.jiceng.governance.care.CareRules}).
 */
@NullMarked
package io.github.jiceng.governance.care;

import org.jspecify.annotations.NullMarked;
