package io.github.jiceng.governance.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.division.DivisionCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MaskingTest {
  private static final String NUMBER = IdentityNumberTest.withCheck("34180219900101123");
  private static final String PHONE = "13812345678";

  @Test
  @DisplayName(
      "masks keep the shape, never the person: 4+4 of an identity number, 3+4 of a phone, the family name, the district of an address")
  void masks() {
    assertThat(Masking.identityNumber(NUMBER))
        .isEqualTo(NUMBER.substring(0, 4) + "**********" + NUMBER.substring(14));
    assertThat(Masking.phone(PHONE)).isEqualTo("138****5678");
    assertThat(Masking.phone("0563-2345678".replace("-", ""))).isEqualTo("056****5678");
    assertThat(Masking.name("张三丰")).isEqualTo("张**");
    assertThat(Masking.name("李")).isEqualTo("*");
    assertThat(Masking.address("宣城市宣州区锦绣苑3栋2单元501")).isEqualTo("宣城市宣州区***");
    assertThat(Masking.address("锦绣苑")).isEqualTo("锦***");
  }

  @Test
  @DisplayName("a value too short for the usual mask still is never shown whole")
  void shortValues() {
    assertThat(Masking.identityNumber("123456")).doesNotContain("123456").hasSize(6);
    assertThat(Masking.phone("12345")).doesNotContain("12345").hasSize(5);
    assertThat(Masking.identityNumber("")).isEmpty();
    assertThat(Masking.phone(null)).isEqualTo("null");
  }

  @Test
  @DisplayName("toString of every record holding personal data shows it masked")
  void toStrings() {
    PhoneNumber phone = PhoneNumber.of("138-1234-5678");
    Resident resident =
        Resident.of("R1", "H1", "张三丰", NUMBER, Relation.HEAD)
            .withPhone(phone)
            .tagged(CareTag.DISABLED);
    CommunityWorker worker =
        new CommunityWorker(
            "W1",
            "王网格",
            phone,
            DivisionCode.of("341802001003"),
            Set.of(Qualification.SOCIAL_WORKER));
    Volunteer volunteer =
        new Volunteer(
            "V1", "赵志愿", phone, DivisionCode.of("341802001003"), List.of(LocalDate.of(2026, 1, 2)));

    for (Object record : List.of(resident, worker, volunteer, phone, resident.identityNumber())) {
      assertThat(record.toString()).doesNotContain(NUMBER, PHONE, "张三丰", "王网格", "赵志愿");
    }
    assertThat(resident.toString())
        .contains(Masking.identityNumber(NUMBER), "138****5678", "张**", "DISABLED");
    assertThat(worker.isLicensedSocialWorker()).isTrue();
    assertThat(phone.value()).isEqualTo(PHONE);
  }

  @Test
  @DisplayName(
      "phones: mobile and landline accepted, anything else refused by field without the value; ids must not be identity numbers")
  void phonesAndIds() {
    assertThat(PhoneNumber.of("0563 2345678").isMobile()).isFalse();
    assertThatThrownBy(() -> PhoneNumber.of("12812345678", "residents[2].phone"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("residents[2].phone")
        .hasMessageNotContaining("12812345678");
    assertThatThrownBy(() -> Resident.of(NUMBER, "H1", "张三", NUMBER, Relation.HEAD))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("id: must not contain an identity number")
        .hasMessageNotContaining(NUMBER);
  }
}
