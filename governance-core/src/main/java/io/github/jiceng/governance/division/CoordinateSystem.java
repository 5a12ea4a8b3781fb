package io.github.jiceng.governance.division;

import io.github.jiceng.governance.policy.Text;

/**
 * The geodetic system a point's latitude and longitude are given in. Chinese maps use several, and
 * a point in one lies up to several hundred metres from the same numbers read in another, so a
 * point always says which. The library stores and compares points only within one system: it does
 * not convert between them (the GCJ-02 offset is not a published algorithm).
 */
public enum CoordinateSystem {
  /**
   * China Geodetic Coordinate System 2000 (2000国家大地坐标系), the national system for surveying and
   * government geographic data since 2008; within centimetres of WGS 84 for a case's purposes.
   */
  CGCS2000(Text.of("2000国家大地坐标系", "CGCS2000")),
  /** World Geodetic System 1984, what a phone's GPS reports. */
  WGS84(Text.of("WGS 84", "WGS 84")),
  /** GCJ-02 (国测局坐标, "Mars coordinates"), what AMap (高德) and Tencent maps return. */
  GCJ02(Text.of("GCJ-02 国测局坐标", "GCJ-02")),
  /** BD-09, what Baidu maps (百度地图) return. */
  BD09(Text.of("BD-09 百度坐标", "BD-09"));

  private final Text label;

  CoordinateSystem(Text label) {
    this.label = label;
  }

  /** The name in Chinese and English. */
  public Text label() {
    return label;
  }
}
