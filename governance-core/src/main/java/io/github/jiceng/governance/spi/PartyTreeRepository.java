package io.github.jiceng.governance.spi;

import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.party.PartyTree;
import java.util.List;

/**
 * Storage of {@link PartyTree}s — the party organisations of a community, with their leaders,
 * members and points — keyed by the root organisation's id. A tree is written and versioned whole.
 * The tree's community must be stored before it, and cannot be deleted while the tree refers to it.
 */
public interface PartyTreeRepository extends Repository<String, PartyTree> {

  /** The trees of one community or village, ordered by id. */
  List<PartyTree> findByCommunity(DivisionCode community);

  /** The trees of every community and village within {@code ancestor} (or of it), ordered by id. */
  List<PartyTree> findWithin(DivisionCode ancestor);
}
