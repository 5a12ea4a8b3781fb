package io.github.jiceng.governance.inmemory;

import io.github.jiceng.governance.base.IntegrityViolationException;
import io.github.jiceng.governance.division.AdministrativeDivision;
import io.github.jiceng.governance.division.DivisionChange;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.spi.DivisionRepository;
import java.util.List;
import java.util.Optional;

/**
 * The in-memory repository of divisions, over the store's tables; writes go through {@link Writes}.
 */
final class InMemoryDivisions implements DivisionRepository {
  private final StoreTables tables;
  private final Writes view;

  InMemoryDivisions(StoreTables tables, Writes view) {
    this.tables = tables;
    this.view = view;
  }

  @Override
  public AdministrativeDivision insert(AdministrativeDivision division) {
    return view.write(undo -> tables.divisionTable.insert(division, undo, this::requireParent));
  }

  @Override
  public AdministrativeDivision update(AdministrativeDivision division) {
    return view.write(undo -> tables.divisionTable.update(division, undo));
  }

  @Override
  public boolean delete(DivisionCode code, long expectedVersion) {
    return view.write(
        undo -> {
          if (tables.divisionTable.contains(code)) {
            if (tables.divisionTable.any(d -> d.parent().filter(code::equals).isPresent())) {
              throw new IntegrityViolationException(
                  "division " + code + " cannot be deleted: divisions lie within it");
            }
            if (tables.committeeTable.any(c -> c.division().equals(code))) {
              throw new IntegrityViolationException(
                  "division " + code + " cannot be deleted: a committee governs it");
            }
            if (tables.partyTable.any(t -> t.community().equals(code))) {
              throw new IntegrityViolationException(
                  "division " + code + " cannot be deleted: party organisations belong to it");
            }
            if (tables.gridTable.any(g -> g.community().equals(code))
                || tables.householdTable.any(h -> h.community().equals(code))) {
              throw new IntegrityViolationException(
                  "division " + code + " cannot be deleted: grids or households belong to it");
            }
            if (tables.facilityTable.any(f -> f.community().equals(code))
                || tables.pointsTable.any(a -> a.community().equals(code))
                || tables.careVisitTable.any(v -> v.community().equals(code))
                || tables.organisationTable.any(o -> o.community().equals(code))
                || tables.assessmentTable.any(a -> a.community().equals(code))
                || tables.consultationTable.any(c -> c.community().equals(code))
                || tables.councilTable.any(c -> c.community().equals(code))
                || tables.agreementTable.any(a -> a.community().equals(code))) {
              throw new IntegrityViolationException(
                  "division "
                      + code
                      + " cannot be deleted: facilities, accounts, visits, organisations,"
                      + " agreements, consultations or councils belong to it");
            }
            if (tables.changeTable.any(
                c -> c.predecessors().contains(code) || c.successors().contains(code))) {
              throw new IntegrityViolationException(
                  "division " + code + " cannot be deleted: a change of divisions names it");
            }
            if (tables.serviceRequestTable.any(r -> r.community().equals(code))) {
              throw new IntegrityViolationException(
                  "division " + code + " cannot be deleted: service requests were taken there");
            }
          }
          return tables.divisionTable.delete(code, expectedVersion, undo);
        });
  }

  @Override
  public Optional<AdministrativeDivision> find(DivisionCode code) {
    return tables.read(() -> tables.divisionTable.find(code));
  }

  @Override
  public List<AdministrativeDivision> findChildren(DivisionCode parent) {
    return tables.read(
        () -> tables.divisionTable.where(d -> d.parent().filter(parent::equals).isPresent()));
  }

  @Override
  public DivisionChange recordChange(DivisionChange change) {
    return view.write(
        undo ->
            tables.changeTable.insert(
                change,
                undo,
                c -> {
                  for (DivisionCode code : c.predecessors()) {
                    requireStored(c, code);
                  }
                  for (DivisionCode code : c.successors()) {
                    requireStored(c, code);
                  }
                }));
  }

  private void requireStored(DivisionChange change, DivisionCode code) {
    if (!tables.divisionTable.contains(code)) {
      throw new IntegrityViolationException(
          "division change " + change.id() + ": division " + code + " does not exist");
    }
  }

  @Override
  public Optional<DivisionChange> findChange(String id) {
    return tables.read(() -> tables.changeTable.find(id));
  }

  @Override
  public List<DivisionChange> changesIn(String countyCode) {
    return tables.read(
        () ->
            tables.changeTable.where(c -> c.countyCode().equals(countyCode)).stream()
                .sorted(
                    java.util.Comparator.comparing(DivisionChange::effective)
                        .thenComparing(DivisionChange::id))
                .toList());
  }

  @Override
  public List<AdministrativeDivision> findWithin(DivisionCode ancestor) {
    return tables.read(() -> tables.divisionTable.where(d -> d.code().isWithin(ancestor)));
  }

  private void requireParent(AdministrativeDivision division) {
    division
        .parent()
        .filter(parent -> !tables.divisionTable.contains(parent))
        .ifPresent(
            parent -> {
              throw new IntegrityViolationException(
                  "division " + division.code() + ": parent " + parent + " does not exist");
            });
  }
}
