package io.github.jiceng.governance.sharding;

import io.github.jiceng.governance.base.StorageException;

/**
 * The sharded store's configuration does not fit what it is asked to store: a county assigned to no
 * shard, a malformed assignment, a row without a county.
 */
public final class ShardingConfigurationException extends StorageException {
  private static final long serialVersionUID = 1L;

  /** With a message that names the table, the county or the property at fault. */
  public ShardingConfigurationException(String message) {
    super(message);
  }
}
