package io.github.jiceng.governance.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.base.DuplicateKeyException;
import io.github.jiceng.governance.base.IntegrityViolationException;
import io.github.jiceng.governance.committee.Committee;
import io.github.jiceng.governance.openness.MajorMatter;
import io.github.jiceng.governance.openness.Publication;
import io.github.jiceng.governance.openness.PublicationKind;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The openness part of the storage contract, run by {@link GovernanceStoreContract} as its {@code
 * OpennessLogs} group: a committee's publication log and major matters round-trip in order, each
 * recorded once, for a stored committee only, and keep the committee from being deleted.
 */
public abstract class OpennessLogsContract extends AreaContract {
  private static final LocalDate JUNE = LocalDate.of(2026, 6, 30);

  private Committee committee() {
    community(1);
    return store().committees().insert(SampleData.residentsCommittee(1, "城南社区居民委员会", 2600));
  }

  @Test
  @DisplayName(
      "publications come back by day, then kind, a major one with its matter; the same one twice"
          + " is a duplicate")
  void publications() {
    Committee c = committee();
    store()
        .committees()
        .recordPublication(c.id(), new Publication(PublicationKind.FINANCES, JUNE, null));
    store()
        .committees()
        .recordPublication(
            c.id(), new Publication(PublicationKind.ORDINARY, JUNE.minusMonths(1), null));
    store()
        .committees()
        .recordPublication(c.id(), new Publication(PublicationKind.MAJOR, JUNE, "road"));
    store()
        .committees()
        .recordPublication(c.id(), new Publication(PublicationKind.ORDINARY, JUNE, null));

    assertThat(store().committees().publicationsOf(c.id()))
        .containsExactly(
            new Publication(PublicationKind.ORDINARY, JUNE.minusMonths(1), null),
            new Publication(PublicationKind.ORDINARY, JUNE, null),
            new Publication(PublicationKind.FINANCES, JUNE, null),
            new Publication(PublicationKind.MAJOR, JUNE, "road"));
    assertThatThrownBy(
            () ->
                store()
                    .committees()
                    .recordPublication(
                        c.id(), new Publication(PublicationKind.FINANCES, JUNE, null)))
        .isInstanceOf(DuplicateKeyException.class);
    assertThat(store().committees().publicationsOf("nobody")).isEmpty();
  }

  @Test
  @DisplayName(
      "major matters come back by day decided, each key once; a log needs its committee, and a"
          + " committee with a log is not deleted")
  void majorsAndReferences() {
    Committee c = committee();
    store().committees().recordMajorMatter(c.id(), new MajorMatter("road", JUNE));
    store().committees().recordMajorMatter(c.id(), new MajorMatter("land", JUNE.minusDays(3)));

    assertThat(store().committees().majorMattersOf(c.id()))
        .containsExactly(new MajorMatter("land", JUNE.minusDays(3)), new MajorMatter("road", JUNE));
    assertThatThrownBy(
            () -> store().committees().recordMajorMatter(c.id(), new MajorMatter("road", JUNE)))
        .isInstanceOf(DuplicateKeyException.class);
    assertThatThrownBy(
            () ->
                store()
                    .committees()
                    .recordPublication(
                        "nobody", new Publication(PublicationKind.ORDINARY, JUNE, null)))
        .isInstanceOf(IntegrityViolationException.class);
    assertThatThrownBy(() -> store().committees().delete(c.id(), c.version()))
        .isInstanceOf(IntegrityViolationException.class);
    assertThat(store().committees().find(c.id())).isPresent();
  }
}
