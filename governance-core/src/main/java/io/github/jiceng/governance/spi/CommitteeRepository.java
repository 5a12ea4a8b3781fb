package io.github.jiceng.governance.spi;

import io.github.jiceng.governance.committee.Committee;
import io.github.jiceng.governance.division.DivisionCode;
import java.util.List;

/**
 * Storage of {@link Committee}s (with their members and residents' groups), keyed by id. The
 * committee's division must be stored before it.
 */
public interface CommitteeRepository extends Repository<String, Committee> {

  /** The committees of one community or village, ordered by id. */
  List<Committee> findByDivision(DivisionCode division);

  /** The committees of every division within {@code ancestor} (and of it), ordered by id. */
  List<Committee> findWithin(DivisionCode ancestor);
}
