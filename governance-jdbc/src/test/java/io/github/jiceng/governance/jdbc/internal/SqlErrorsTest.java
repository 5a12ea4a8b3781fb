package io.github.jiceng.governance.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.base.DuplicateKeyException;
import io.github.jiceng.governance.base.IntegrityViolationException;
import io.github.jiceng.governance.base.StorageException;
import java.sql.SQLException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The driver's errors as the SPI's exceptions, their text withheld. */
class SqlErrorsTest {

  @Test
  @DisplayName(
      "ShardingSphere's refusal to update a sharding value (SQL state 44000) is an integrity"
          + " violation naming the operation, not a bare storage failure")
  void shardKeyRewrite() {
    SQLException refused =
        new SQLException("Can not update sharding value for table `gov_committee`.", "44000");

    StorageException e = SqlErrors.translate(refused, "update committee 341802001001-RC");

    assertThat(e)
        .isInstanceOf(IntegrityViolationException.class)
        .hasMessageContaining("update committee 341802001001-RC")
        .hasMessageContaining("shard key");
    assertThat(e.getCause().getMessage()).doesNotContain("gov_committee");
  }

  @Test
  @DisplayName(
      "a unique violation is a duplicate key, and the driver's text, which may quote values, is withheld")
  void duplicateWithheld() {
    SQLException driver =
        new SQLException("Key (identity_number)=(341802198001010011) already exists", "23505");

    StorageException e = SqlErrors.translate(driver, "insert resident R-1");

    assertThat(e).isInstanceOf(DuplicateKeyException.class);
    assertThat(e.getMessage() + e.getCause().getMessage()).doesNotContain("341802198001010011");
  }
}
