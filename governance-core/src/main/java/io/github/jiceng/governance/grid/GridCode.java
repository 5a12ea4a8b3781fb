package io.github.jiceng.governance.grid;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * A grid code in the 20-digit form of CJ/T 349-2010 (数字社区管理与服务 网格划分与编码规则):
 *
 * <ul>
 *   <li>digits 1-6: the code of the managed or served object (管理或服务对象代码, CJ/T 348-2010);
 *   <li>digits 7-12: the county-level division (GB/T 2260);
 *   <li>digits 13-15: the street or town (GB/T 10114);
 *   <li>digits 16-18: the community (CJ/T 213), or 601 and up for a grid made of merged
 *       communities;
 *   <li>digits 19-20: the grid's sequence within the community, {@code 00} if the community is not
 *       divided.
 * </ul>
 *
 * <p>Validated on creation: twenty digits, a non-zero object code, and digits 7-18 forming a
 * community-tier division code. {@link Grid} also checks that the code fits the grid's community.
 *
 * @param value the twenty digits, for example {@code 10010034180200100301}
 */
public record GridCode(String value) implements Comparable<GridCode> {
  private static final String SUBJECT = "GridCode";

  /** The first community part that numbers merged communities rather than one (CJ/T 349 §5.6). */
  static final int FIRST_MERGED_COMMUNITY = 601;

  public GridCode {
    String problem = problemWith(value);
    if (problem != null) {
      throw InvalidInputException.of(SUBJECT, "code", problem);
    }
  }

  /**
   * Parses a grid code.
   *
   * @throws InvalidInputException if it is not a valid 20-digit grid code
   */
  public static GridCode of(String value) {
    return new GridCode(value);
  }

  /**
   * The code of grid number {@code sequence} (0-99) of {@code community}, for objects of {@code
   * objectCode}.
   */
  public static GridCode of(String objectCode, DivisionCode community, int sequence) {
    Checks.required(objectCode, SUBJECT, "objectCode");
    Checks.required(community, SUBJECT, "community");
    if (sequence < 0 || sequence > 99) {
      throw InvalidInputException.of(SUBJECT, "sequence", "must be between 0 and 99");
    }
    return new GridCode(objectCode + community.value() + String.format("%02d", sequence));
  }

  private static @Nullable String problemWith(@Nullable String value) {
    if (value == null) {
      return "must not be null";
    }
    if (value.length() != 20) {
      return "must have 20 digits, has " + value.length() + " characters";
    }
    for (int i = 0; i < 20; i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        return "must contain only digits 0-9 (position " + (i + 1) + " is not)";
      }
    }
    if (value.startsWith("000000")) {
      return "the object code (digits 1-6) must not be 000000";
    }
    if (value.startsWith("000000", 6)) {
      return "the county part (digits 7-12) must not be 000000";
    }
    if (value.startsWith("000", 12) || value.startsWith("000", 15)) {
      return "the street and community parts (digits 13-18) must not be 000";
    }
    return null;
  }

  /** The six-digit object code (CJ/T 348-2010). */
  public String objectCode() {
    return value.substring(0, 6);
  }

  /**
   * The twelve-digit community part (digits 7-18). It is the community's division code, unless the
   * grid spans merged communities (see {@link #spansMergedCommunities()}).
   */
  public DivisionCode communityPart() {
    return DivisionCode.of(value.substring(6, 18));
  }

  /** Whether digits 16-18 number merged communities (601 and up) rather than one community. */
  public boolean spansMergedCommunities() {
    return Integer.parseInt(value.substring(15, 18)) >= FIRST_MERGED_COMMUNITY;
  }

  /** The grid's sequence within its community (digits 19-20); 0 if the community is not divided. */
  public int sequence() {
    return Integer.parseInt(value.substring(18));
  }

  /**
   * Whether a grid with this code may belong to {@code community}: the county and street parts must
   * be the community's, and the community part either the community's own or a merged one.
   */
  public boolean fits(DivisionCode community) {
    Checks.required(community, "GridCode.fits", "community");
    String own = community.value();
    return value.startsWith(own.substring(0, 9), 6)
        && (value.startsWith(own.substring(9), 15) || spansMergedCommunities());
  }

  @Override
  public int compareTo(GridCode other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
