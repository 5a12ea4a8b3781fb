package io.github.jiceng.governance.party;

import io.github.jiceng.governance.policy.Text;

/** Where a party organisation is built: the seeds' pattern is "党委建在社区、党支部建在网格、党小组建在楼栋". */
public enum PlacementKind {
  /** The whole community or village (社区、村). */
  COMMUNITY(Text.of("社区", "community")),
  /** A grid (网格). */
  GRID(Text.of("网格", "grid")),
  /** A building or courtyard (楼栋、楼院). */
  BUILDING(Text.of("楼栋", "building")),
  /** One or more resident units (驻区单位): schools, firms, hospitals in the area. */
  RESIDENT_UNITS(Text.of("驻区单位", "resident units"));

  private final Text label;

  PlacementKind(Text label) {
    this.label = label;
  }

  /** The kind in words. */
  public Text label() {
    return label;
  }
}
