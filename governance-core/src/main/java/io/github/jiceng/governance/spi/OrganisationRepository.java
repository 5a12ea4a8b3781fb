package io.github.jiceng.governance.spi;

import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.organisation.SocialOrganisation;
import java.util.List;

/**
 * Storage of social organisations, keyed by id. An organisation refers to its community, which must
 * be stored ({@code IntegrityViolationException} otherwise).
 */
public interface OrganisationRepository extends Repository<String, SocialOrganisation> {

  /** The organisations serving {@code community}, ordered by id. */
  List<SocialOrganisation> findByCommunity(DivisionCode community);
}
