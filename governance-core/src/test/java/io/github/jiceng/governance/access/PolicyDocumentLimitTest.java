package io.github.jiceng.governance.access;

import static io.github.jiceng.governance.access.AccessFixture.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.policy.YamlInput;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What a store accepts must read back: one document limit at publish and at read. */
class PolicyDocumentLimitTest {
  private static final int ITEMS = 1_000;

  private static AccessPolicy policy(int titleLength) {
    AccessPolicy.Builder builder = AccessPolicy.builder("big", "1");
    for (int i = 0; i < ITEMS; i++) {
      builder.item(
          item(AccessList.DUTY, String.format("D-%05d", i), "a".repeat(titleLength)).build());
    }
    return builder.build();
  }

  /** The title length whose policy document has {@code target} characters. */
  private static int titleFor(long target) {
    int base = AccessPolicyFile.write(policy(1_000)).length();
    return (int) (1_000 + (target - base) / ITEMS);
  }

  @Test
  @DisplayName(
      "a policy just under the limit is stored and reads back whole; just over it is refused when stored, naming the limit")
  void publishedPoliciesReadBack() {
    AccessPolicy under = policy(titleFor(YamlInput.MAX_CHARACTERS - 10_000));
    AccessPolicy over = policy(titleFor(YamlInput.MAX_CHARACTERS + 10_000));
    LocalDate day = LocalDate.of(2026, 12, 1);

    StoredPolicy stored = StoredPolicy.of(under, day);
    assertThat(stored.document().length()).isLessThanOrEqualTo(YamlInput.MAX_CHARACTERS);
    assertThat(stored.policy().items()).isEqualTo(under.items());
    assertThat(AccessPolicyFile.write(over).length()).isGreaterThan(YamlInput.MAX_CHARACTERS);
    assertThatThrownBy(() -> StoredPolicy.of(over, day))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("document")
        .hasMessageContaining(String.valueOf(YamlInput.MAX_CHARACTERS));
  }
}
