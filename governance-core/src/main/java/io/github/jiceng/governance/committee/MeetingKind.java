package io.github.jiceng.governance.committee;

import io.github.jiceng.governance.policy.Text;
import java.util.Set;

/** The self-governance meetings the committee laws regulate. */
public enum MeetingKind {
  /** Residents' meeting (居民会议). */
  RESIDENTS_MEETING(
      Text.of("居民会议", "residents' meeting"),
      Set.of(AttendanceBasis.ADULTS, AttendanceBasis.HOUSEHOLDS, AttendanceBasis.GROUP_REPRESENTATIVES)),
  /** Villagers' meeting (村民会议). */
  VILLAGERS_MEETING(
      Text.of("村民会议", "villagers' meeting"),
      Set.of(AttendanceBasis.ADULTS, AttendanceBasis.HOUSEHOLDS)),
  /** Villagers' representative meeting (村民代表会议). */
  VILLAGERS_REPRESENTATIVE_MEETING(
      Text.of("村民代表会议", "villagers' representative meeting"),
      Set.of(AttendanceBasis.REPRESENTATIVES));

  private final Text label;
  private final Set<AttendanceBasis> bases;

  MeetingKind(Text label, Set<AttendanceBasis> bases) {
    this.label = label;
    this.bases = bases;
  }

  /** The meeting in words. */
  public Text label() {
    return label;
  }

  /** The ways attendance of this meeting may be counted. */
  public Set<AttendanceBasis> allowedBases() {
    return bases;
  }
}
