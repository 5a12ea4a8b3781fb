package io.github.jiceng.governance.facility;

import io.github.jiceng.governance.policy.Text;

/** What a facility is for. */
public enum FacilityKind {
  /** The community's comprehensive service centre or station (社区综合服务站, 党群服务中心). */
  SERVICE_CENTRE(Text.of("综合服务站", "service centre")),
  /** Office space of the committee and the community workers (办公用房). */
  OFFICE(Text.of("办公用房", "office")),
  /** Rooms for residents' activities (活动用房, 活动室). */
  ACTIVITY_ROOM(Text.of("活动用房", "activity room")),
  /** Outdoor grounds for activities and sport (室外活动场地); not counted as floor area. */
  OUTDOOR(Text.of("室外活动场地", "outdoor ground"));

  private final Text label;

  FacilityKind(Text label) {
    this.label = label;
  }

  /** The name in Chinese and English. */
  public Text label() {
    return label;
  }

  /** Whether its area is building floor area (建筑面积), counted for the service area rules. */
  public boolean isIndoor() {
    return this != OUTDOOR;
  }
}
