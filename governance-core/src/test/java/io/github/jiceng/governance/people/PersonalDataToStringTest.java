package io.github.jiceng.governance.people;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.committee.Committee;
import io.github.jiceng.governance.committee.CommitteeKind;
import io.github.jiceng.governance.committee.CommitteeRole;
import io.github.jiceng.governance.committee.Term;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.grid.Grid;
import io.github.jiceng.governance.grid.GridAssignment;
import io.github.jiceng.governance.grid.GridCode;
import io.github.jiceng.governance.grid.GridPost;
import io.github.jiceng.governance.grid.Household;
import io.github.jiceng.governance.party.LeaderRole;
import io.github.jiceng.governance.party.PartyMember;
import io.github.jiceng.governance.party.PartyOrganization;
import io.github.jiceng.governance.party.PartyOrganizationKind;
import io.github.jiceng.governance.party.PartyTree;
import io.github.jiceng.governance.party.PlacementKind;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The README promises that names, identity numbers, phones and addresses are masked in every {@code
 * toString}.
 */
class PersonalDataToStringTest {
  /** Components that hold a person's name, address or number wherever they appear. */
  private static final Set<String> PERSONAL =
      Set.of("name", "workerName", "partyContact", "address", "identityNumber", "phone");

  /** Records whose {@code name} is an organisation's or a place's, not a person's. */
  private static final Set<String> ORGANISATIONS =
      Set.of(
          "Committee",
          "ResidentsGroup",
          "AdministrativeDivision",
          "PartyOrganization",
          "Grid",
          "Building",
          "ParameterKey",
          "ApprovedForm",
          "Inspection",
          "ConsultationMatter",
          "ResidentsCouncil",
          "VoterGroup");

  private static final String NAME = "欧阳明月";
  private static final String PHONE = "13812395678";
  private static final String IDENTITY = "11010519491231002X";
  private static final String ADDRESS = "宣城市宣州区鳌峰路88号";

  @Test
  @DisplayName(
      "every public record holding a person's name, number or address declares its own toString (none relies on the record default)")
  void everyPersonRecordMasksItsToString() throws IOException {
    Set<String> unmasked = new TreeSet<>();
    List<Class<?>> records = publicRecords();
    assertThat(records)
        .as("the scan sees the compiled records")
        .contains(Resident.class, PartyMember.class, Committee.class);
    for (Class<?> type : records) {
      if (ORGANISATIONS.contains(type.getSimpleName())) {
        continue;
      }
      boolean personal =
          Stream.of(type.getRecordComponents())
              .map(RecordComponent::getName)
              .anyMatch(PERSONAL::contains);
      if (personal && !declaresToString(type)) {
        unmasked.add(type.getName());
      }
    }
    assertThat(unmasked).as("records that print personal data with the default toString").isEmpty();
  }

  @Test
  @DisplayName(
      "the toString of committees, party trees, grids, households and people shows no name, phone, identity number or address unmasked")
  void samplesPrintMasked() {
    LocalDate day = LocalDate.of(2021, 9, 1);
    Term term = Term.ofYears(day, 5);
    DivisionCode community = DivisionCode.of("341802001001");
    Committee committee =
        Committee.builder("RC-1", CommitteeKind.RESIDENTS)
            .division(community)
            .name("城东社区居民委员会")
            .households(900)
            .term(term)
            .member(NAME, CommitteeRole.DIRECTOR)
            .build();
    PartyOrganization branch =
        PartyOrganization.builder("B1", PartyOrganizationKind.BRANCH)
            .name("第一网格党支部")
            .placement(PlacementKind.GRID, "第一网格")
            .term(term)
            .replaceMembers(
                List.of(PartyMember.full("M1", NAME, day.minusYears(3), day.minusYears(2))))
            .leader(NAME, LeaderRole.SECRETARY)
            .build();
    PartyTree tree = PartyTree.of(community, branch);
    Grid grid =
        Grid.comprehensive(GridCode.of("123456", community, 1), community, "第一网格")
            .withPartyContact(NAME)
            .assign(GridAssignment.of("W-1", NAME, GridPost.PRIMARY, day));
    Household household = Household.house("H-1", community, null, ADDRESS);
    Resident resident =
        new Resident(
            "R-1",
            "H-1",
            NAME,
            IdentityNumber.of(IDENTITY),
            PhoneNumber.of(PHONE),
            Relation.HEAD,
            Set.of(),
            0);
    List<Object> samples =
        List.of(
            committee,
            committee.members().get(0),
            branch,
            branch.leaders().get(0),
            branch.members().get(0),
            tree,
            grid,
            household,
            resident);

    for (Object sample : samples) {
      assertThat(sample.toString())
          .as(sample.getClass().getSimpleName())
          .doesNotContain(NAME)
          .doesNotContain(PHONE)
          .doesNotContain(IDENTITY)
          .doesNotContain(ADDRESS);
    }
  }

  /**
   * Whether the record writes its own toString. javac implements a record's default toString as an
   * invokedynamic call named toString whose type takes the record and returns a String; its class
   * file then holds that descriptor, which a hand-written toString does not produce.
   */
  private static boolean declaresToString(Class<?> type) throws IOException {
    String internal = type.getName().replace('.', '/');
    byte[] bytes = Files.readAllBytes(Path.of("target/classes", internal + ".class"));
    String constants = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
    return !constants.contains("(L" + internal + ";)Ljava/lang/String;");
  }

  /** Every public record compiled into governance-core. */
  private static List<Class<?>> publicRecords() throws IOException {
    Path classes = Path.of("target/classes");
    try (Stream<Path> files = Files.walk(classes)) {
      return files
          .filter(f -> f.toString().endsWith(".class") && !f.getFileName().toString().contains("$"))
          .map(f -> classes.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", ""))
          .map(PersonalDataToStringTest::load)
          .filter(c -> c.isRecord() && java.lang.reflect.Modifier.isPublic(c.getModifiers()))
          .toList();
    }
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(name, e);
    }
  }
}
