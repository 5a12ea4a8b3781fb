package io.github.jiceng.governance.people;

import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.internal.Checks;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A community volunteer (志愿者) and the services they gave, one entry per service (several on one day
 * are allowed). {@link VolunteerRules} decides whether a year's services earn recognition.
 *
 * <p>{@link #toString()} masks the name and phone.
 *
 * @param id the volunteer's key; not personal data
 * @param name the volunteer's name
 * @param phone a phone number, if known
 * @param community the community the volunteer serves
 * @param services the day of each service given, in any order
 */
public record Volunteer(
    @NotBlank @Size(max = 64) String id,
    @NotBlank @Size(max = 50) String name,
    @Nullable PhoneNumber phone,
    DivisionCode community,
    List<LocalDate> services) {
  private static final String SUBJECT = "Volunteer";

  public Volunteer {
    Checks.key(id, SUBJECT, "id");
    Checks.required(name, SUBJECT, "name");
    Checks.required(community, SUBJECT, "community");
    services = Checks.listOf(services, SUBJECT, "services");
  }

  /** A copy with one more service on {@code day}. */
  public Volunteer served(LocalDate day) {
    List<LocalDate> more = new ArrayList<>(services);
    more.add(Checks.required(day, SUBJECT, "day"));
    return new Volunteer(id, name, phone, community, more);
  }

  /** The number of services given in {@code year}. */
  public int servicesIn(Year year) {
    return (int) services.stream().filter(day -> day.getYear() == year.getValue()).count();
  }

  @Override
  public String toString() {
    return "Volunteer[id="
        + id
        + ", name="
        + Masking.name(name)
        + ", phone="
        + phone
        + ", community="
        + community
        + ", services="
        + services.size()
        + "]";
  }
}
