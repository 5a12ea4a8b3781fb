package io.github.jiceng.governance.spi;

import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.facility.Facility;
import java.util.List;

/**
 * Storage of communities' facilities (社区服务设施), keyed by id. A facility refers to its community,
 * which must be stored ({@code IntegrityViolationException} otherwise); a community with facilities
 * cannot be deleted.
 */
public interface FacilityRepository extends Repository<String, Facility> {

  /** The facilities of {@code community}, ordered by id. */
  List<Facility> findByCommunity(DivisionCode community);

  /** The facilities of every community within {@code area} (a district or street), by id. */
  List<Facility> findWithin(DivisionCode area);
}
