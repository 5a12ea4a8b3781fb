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

  /**
   * Stores a new co-building agreement (共驻共建协议), with its commitments, as version 1.
   *
   * @throws io.github.jiceng.governance.base.DuplicateKeyException if the id is taken
   * @throws io.github.jiceng.governance.base.IntegrityViolationException if its community is not
   *     stored
   */
  io.github.jiceng.governance.organisation.CoBuildingAgreement insertAgreement(
      io.github.jiceng.governance.organisation.CoBuildingAgreement agreement);

  /**
   * Stores a changed agreement (renewed, its commitments or reporting changed) if the stored one is
   * at {@code agreement.version()}; its community is never changed.
   *
   * @throws io.github.jiceng.governance.base.WriteConflictException if it changed since, or is not
   *     stored
   * @throws io.github.jiceng.governance.base.IntegrityViolationException if it names another
   *     community than the stored one
   */
  io.github.jiceng.governance.organisation.CoBuildingAgreement updateAgreement(
      io.github.jiceng.governance.organisation.CoBuildingAgreement agreement);

  /** The agreement stored under {@code id}. */
  java.util.Optional<io.github.jiceng.governance.organisation.CoBuildingAgreement> findAgreement(
      String id);

  /** The agreements of {@code community}, by id. */
  java.util.List<io.github.jiceng.governance.organisation.CoBuildingAgreement> agreementsOf(
      io.github.jiceng.governance.division.DivisionCode community);
}
