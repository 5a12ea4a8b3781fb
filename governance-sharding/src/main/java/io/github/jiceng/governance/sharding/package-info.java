/**
 * The JDBC store sharded by county (区县) on Apache ShardingSphere-JDBC: {@link
 * io.github.jiceng.governance.sharding.GovernanceSharding} names the shards and their counties,
 * migrates each on its own and builds the store over ShardingSphere; {@link
 * io.github.jiceng.governance.sharding.CountyShardingAlgorithm} is the sharding algorithm
 * ShardingSphere loads by its type, {@code GOVERNANCE_COUNTY}. docs/province-scale.md describes the
 * layout and its limits.
 */
@NullMarked
package io.github.jiceng.governance.sharding;

import org.jspecify.annotations.NullMarked;
