package io.github.jiceng.governance.inmemory;

import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.organisation.CoBuildingAgreement;
import io.github.jiceng.governance.organisation.SocialOrganisation;
import io.github.jiceng.governance.spi.OrganisationRepository;
import java.util.List;
import java.util.Optional;

/** The in-memory repository of social organisations. */
final class InMemoryOrganisations implements OrganisationRepository {
  private final StoreTables tables;
  private final Writes view;

  InMemoryOrganisations(StoreTables tables, Writes view) {
    this.tables = tables;
    this.view = view;
  }

  @Override
  public SocialOrganisation insert(SocialOrganisation o) {
    return view.write(undo -> tables.organisationTable.insert(o, undo, this::requireCommunity));
  }

  @Override
  public SocialOrganisation update(SocialOrganisation o) {
    return view.write(undo -> tables.organisationTable.update(o, undo, this::requireCommunity));
  }

  @Override
  public boolean delete(String id, long expectedVersion) {
    return view.write(undo -> tables.organisationTable.delete(id, expectedVersion, undo));
  }

  @Override
  public Optional<SocialOrganisation> find(String id) {
    return tables.read(() -> tables.organisationTable.find(id));
  }

  @Override
  public List<SocialOrganisation> findByCommunity(DivisionCode community) {
    return tables.read(() -> tables.organisationTable.where(o -> o.community().equals(community)));
  }

  private void requireCommunity(SocialOrganisation o) {
    tables.requireCommunity("social organisation " + o.id(), o.community());
  }

  @Override
  public CoBuildingAgreement insertAgreement(CoBuildingAgreement a) {
    return view.write(
        undo ->
            tables.agreementTable.insert(
                a,
                undo,
                x -> tables.requireCommunity("co-building agreement " + x.id(), x.community())));
  }

  @Override
  public CoBuildingAgreement updateAgreement(CoBuildingAgreement a) {
    return view.write(undo -> tables.agreementTable.update(a, undo));
  }

  @Override
  public Optional<CoBuildingAgreement> findAgreement(String id) {
    return tables.read(() -> tables.agreementTable.find(id));
  }

  @Override
  public List<CoBuildingAgreement> agreementsOf(DivisionCode community) {
    return tables.read(() -> tables.agreementTable.where(a -> a.community().equals(community)));
  }
}
