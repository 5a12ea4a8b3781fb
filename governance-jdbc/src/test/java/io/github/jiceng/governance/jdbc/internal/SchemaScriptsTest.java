package io.github.jiceng.governance.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.base.StorageException;
import io.github.jiceng.governance.jdbc.Dialect;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The schema scripts are written once and rendered per dialect, unless a dialect has its own. */
class SchemaScriptsTest {

  @Test
  @DisplayName("a shared script gets each dialect's tokens; a dialect's own script replaces it")
  void sharedScriptsAndOverrides() {
    List<SchemaMigrator.Script> h2 =
        new SchemaMigrator(Dialect.H2, "p_", "/schema-test/").scripts();
    List<SchemaMigrator.Script> mysql =
        new SchemaMigrator(Dialect.MYSQL, "p_", "/schema-test/").scripts();

    assertThat(h2.get(0).text()).contains("CREATE TABLE ${prefix}t_V001 (doc CLOB);");
    assertThat(mysql.get(0).text())
        .contains("(doc LONGTEXT) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;");
    assertThat(mysql.get(1).text())
        .isEqualTo("-- mysql only\nCREATE TABLE ${prefix}t_v002 (doc JSON);\n");
    assertThat(h2.get(1).text()).contains("(doc CLOB)");
    assertThat(h2.get(0).checksum()).isNotEqualTo(mysql.get(0).checksum());
    assertThat(h2)
        .extracting(SchemaMigrator.Script::version)
        .containsExactly(
            1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23);
  }

  @Test
  @DisplayName("the shipped scripts leave no token unreplaced in any dialect")
  void noTokenLeft() {
    for (Dialect dialect : Dialect.values()) {
      for (SchemaMigrator.Script script : new SchemaMigrator(dialect, "p_").scripts()) {
        assertThat(script.text().replace("${prefix}", ""))
            .as(dialect + " " + script.name())
            .doesNotContain("${");
      }
    }
  }

  @Test
  @DisplayName("a missing script is a storage error naming its path")
  void missingScript() {
    assertThatThrownBy(() -> new SchemaMigrator(Dialect.H2, "p_", "/no-such-folder/").scripts())
        .isInstanceOf(StorageException.class)
        .hasMessage("schema script /no-such-folder/V001__init.sql is missing from the classpath");
  }
}
