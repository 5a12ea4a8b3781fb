package io.github.jiceng.governance.consultation;

import io.github.jiceng.governance.committee.MeetingKind;
import io.github.jiceng.governance.policy.Text;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How a matter is consulted on. The first four are the self-governance meetings of the committee
 * laws, whose vote the meeting rules decide; the council is seed report 002's residents' council;
 * talks, hearings and online deliberation are the forms seed report 004 lists (听证、评议会、网上议事厅、社区论坛)
 * and the forms commonly cited from 《关于加强城乡社区协商的意见》 (2015; its text was not read here).
 */
public enum ConsultationForm {
  /** Residents' meeting (居民会议). */
  RESIDENTS_MEETING(Text.of("居民会议", "residents' meeting"), MeetingKind.RESIDENTS_MEETING),
  /** Residents' representative meeting (居民代表会议). */
  RESIDENTS_REPRESENTATIVE_MEETING(
      Text.of("居民代表会议", "residents' representative meeting"),
      MeetingKind.RESIDENTS_REPRESENTATIVE_MEETING),
  /** Villagers' meeting (村民会议). */
  VILLAGERS_MEETING(Text.of("村民会议", "villagers' meeting"), MeetingKind.VILLAGERS_MEETING),
  /** Villagers' representative meeting (村民代表会议). */
  VILLAGERS_REPRESENTATIVE_MEETING(
      Text.of("村民代表会议", "villagers' representative meeting"),
      MeetingKind.VILLAGERS_REPRESENTATIVE_MEETING),
  /** A residents' council's deliberation (居民理事会议事). */
  COUNCIL(Text.of("居民理事会议事", "residents' council"), null),
  /** A consultation talk (民主恳谈会). */
  TALK(Text.of("民主恳谈会", "consultation talk"), null),
  /** A hearing (听证会). */
  HEARING(Text.of("听证会", "hearing"), null),
  /** Online deliberation (网上议事厅、社区论坛). */
  ONLINE(Text.of("网上议事", "online deliberation"), null);

  private final Text label;
  private final @Nullable MeetingKind meeting;

  ConsultationForm(Text label, @Nullable MeetingKind meeting) {
    this.label = label;
    this.meeting = meeting;
  }

  /** The form in words. */
  public Text label() {
    return label;
  }

  /** The self-governance meeting this form is, if it is one: its vote follows the meeting rules. */
  public Optional<MeetingKind> meeting() {
    return Optional.ofNullable(meeting);
  }
}
