package io.github.jiceng.governance.committee;

import io.github.jiceng.governance.policy.Text;
import java.util.Set;

/** The self-governance meetings the committee laws regulate. */
public enum MeetingKind {
  /** Residents' meeting (居民会议). */
  RESIDENTS_MEETING(
      Text.of("居民会议", "residents' meeting"),
      Set.of(
          AttendanceBasis.ADULTS,
          AttendanceBasis.HOUSEHOLDS,
          AttendanceBasis.GROUP_REPRESENTATIVES)),
  /**
   * Residents' representative meeting (居民代表会议): from 2026-01-01 the residents' committee answers to
   * it as well as to the residents' meeting (2025 revision, art. 2). Attendance counts its
   * representatives.
   */
  RESIDENTS_REPRESENTATIVE_MEETING(
      Text.of("居民代表会议", "residents' representative meeting"),
      Set.of(AttendanceBasis.REPRESENTATIVES)),
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
