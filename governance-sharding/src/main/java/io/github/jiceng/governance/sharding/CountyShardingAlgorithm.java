package io.github.jiceng.governance.sharding;

import com.google.common.collect.Range;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import org.apache.shardingsphere.sharding.api.sharding.standard.PreciseShardingValue;
import org.apache.shardingsphere.sharding.api.sharding.standard.RangeShardingValue;
import org.apache.shardingsphere.sharding.api.sharding.standard.StandardShardingAlgorithm;

/**
 * ShardingSphere's sharding algorithm for the governance store: a row goes to the shard its county
 * (区县, the first six digits of its community's, street's or county's GB/T 2260 code) is assigned
 * to. Type {@value #TYPE}; one property, {@code counties}, assigns each county to a data source,
 * for example {@code 341802=ds_0, 340202=ds_1}.
 *
 * <p>Assignments are explicit rather than a hash, so that adding a shard for new districts moves no
 * stored row: give the new counties the new data source, and leave the others where they are. A
 * county nobody assigned is refused with a message naming it, rather than put somewhere silently. A
 * range or {@code LIKE} condition on the key is not a county, so it reaches every shard.
 */
public final class CountyShardingAlgorithm implements StandardShardingAlgorithm<String> {

  /** The type this algorithm registers under in ShardingSphere's configuration. */
  public static final String TYPE = "GOVERNANCE_COUNTY";

  /** The property that assigns counties to data sources. */
  public static final String COUNTIES = "counties";

  private static final Pattern COUNTY = Pattern.compile("\\d{6}");

  private Map<String, String> shardOf = Map.of();

  @Override
  public void init(Properties props) {
    shardOf = parse(props.getProperty(COUNTIES, ""));
  }

  /**
   * {@code text}'s assignments, {@code county=dataSource} separated by commas.
   *
   * @throws ShardingConfigurationException if an entry is not of that form or a county is assigned
   *     twice
   */
  static Map<String, String> parse(String text) {
    Map<String, String> parsed = new LinkedHashMap<>();
    for (String entry : text.split(",")) {
      if (entry.isBlank()) {
        continue;
      }
      String[] parts = entry.split("=", -1);
      String county = parts[0].strip();
      if (parts.length != 2 || !COUNTY.matcher(county).matches() || parts[1].isBlank()) {
        throw new ShardingConfigurationException(
            TYPE
                + " property "
                + COUNTIES
                + ": '"
                + entry.strip()
                + "' is not county=dataSource with a six-digit county code");
      }
      if (parsed.put(county, parts[1].strip()) != null) {
        throw new ShardingConfigurationException(
            TYPE + " property " + COUNTIES + ": county " + county + " is assigned twice");
      }
    }
    if (parsed.isEmpty()) {
      throw new ShardingConfigurationException(
          TYPE + " property " + COUNTIES + " must assign at least one county to a data source");
    }
    return Collections.unmodifiableMap(parsed);
  }

  @Override
  public String doSharding(
      Collection<String> availableTargetNames, PreciseShardingValue<String> shardingValue) {
    String value = shardingValue.getValue();
    String table = shardingValue.getLogicTableName() + "." + shardingValue.getColumnName();
    if (value == null || value.length() < 6) {
      throw new ShardingConfigurationException(
          table
              + " is '"
              + value
              + "': a sharded row needs a county; a task request must target communities of one"
              + " county");
    }
    String county = value.substring(0, 6);
    String shard = shardOf.get(county);
    if (shard == null) {
      throw new ShardingConfigurationException(
          table + ": county " + county + " is assigned to no shard; add it to " + COUNTIES);
    }
    if (!availableTargetNames.contains(shard)) {
      throw new ShardingConfigurationException(
          table
              + ": county "
              + county
              + " is assigned to "
              + shard
              + ", which is not among the table's data sources "
              + availableTargetNames);
    }
    return shard;
  }

  /**
   * A range within one county — a district's, street's or community's codes, as the store asks for
   * an area's records and figures — goes to that county's shard; any other range to every shard.
   */
  @Override
  public Collection<String> doSharding(
      Collection<String> availableTargetNames, RangeShardingValue<String> shardingValue) {
    Range<String> range = shardingValue.getValueRange();
    if (range.hasLowerBound()
        && range.hasUpperBound()
        && range.lowerEndpoint().length() >= 6
        && range.upperEndpoint().length() >= 6) {
      String county = range.lowerEndpoint().substring(0, 6);
      String shard = shardOf.get(county);
      if (within(county, range) && shard != null && availableTargetNames.contains(shard)) {
        return List.of(shard);
      }
    }
    return availableTargetNames;
  }

  /**
   * Whether every code in {@code range} lies in {@code county}: its upper end in the county too, or
   * the next county's first code left out — the half-open range {@code [341802000000,
   * 341803000000)} the store asks for a district's records.
   */
  private static boolean within(String county, Range<String> range) {
    String upper = range.upperEndpoint();
    if (upper.startsWith(county)) {
      return true;
    }
    String next = String.format("%06d", Integer.parseInt(county) + 1);
    return range.upperBoundType() == com.google.common.collect.BoundType.OPEN
        && upper.equals(next + "0".repeat(upper.length() - 6));
  }

  @Override
  public String getType() {
    return TYPE;
  }
}
