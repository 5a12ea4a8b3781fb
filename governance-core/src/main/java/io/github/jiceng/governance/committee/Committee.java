package io.github.jiceng.governance.committee;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.base.Versioned;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.internal.Checks;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A residents' committee (居民委员会) or villagers' committee (村民委员会) governing one community or
 * village: its households, its term, its members and its residents' groups. Immutable; build one
 * with {@link #builder(String, CommitteeKind)} and change it with {@link #toBuilder()}.
 *
 * <p>Whether a committee satisfies the committee law on a date is asked of {@link
 * CommitteeRules#checkCommittee}, not of the committee itself: the answer depends on the law in
 * force.
 *
 * @param id a stable id chosen by the caller, for example {@code 341802001001-RC}
 * @param division the code of the community or village governed
 * @param kind residents' or villagers' committee
 * @param name the committee's name, for example "城东社区居民委员会"
 * @param households the number of households the committee covers
 * @param term the committee's current term (届期)
 * @param members the members, in the order they are listed
 * @param groups the residents' (or villagers') groups
 * @param version the storage version; 0 for a committee not stored yet
 */
public record Committee(
    @Pattern(
            regexp = "[A-Za-z0-9._-]{1,64}",
            message = "must be 1-64 letters, digits, '.', '_' or '-'")
        String id,
    DivisionCode division,
    CommitteeKind kind,
    @NotBlank @Size(max = 100) String name,
    @PositiveOrZero int households,
    Term term,
    @Valid List<CommitteeMember> members,
    @Valid List<ResidentsGroup> groups,
    long version)
    implements Versioned<Committee> {
  private static final String SUBJECT = "Committee";

  public Committee {
    Checks.key(id, SUBJECT, "id");
    Checks.required(division, SUBJECT, "division");
    Checks.required(kind, SUBJECT, "kind");
    Checks.required(name, SUBJECT, "name");
    Checks.required(term, SUBJECT, "term");
    members = Checks.listOf(members, SUBJECT, "members");
    groups = Checks.listOf(groups, SUBJECT, "groups");
    Checks.version(version, SUBJECT);
    if (division.tier() != DivisionCode.Tier.COMMUNITY) {
      throw InvalidInputException.of(
          SUBJECT,
          "division",
          "must be the code of a community or village (12 significant digits)");
    }
    Set<String> groupNames = new HashSet<>();
    for (int i = 0; i < groups.size(); i++) {
      if (!groupNames.add(groups.get(i).name())) {
        throw InvalidInputException.of(
            SUBJECT, "groups[" + i + "].name", "appears twice in the committee");
      }
    }
  }

  /** Starts building a committee. */
  public static Builder builder(String id, CommitteeKind kind) {
    return new Builder(id, kind);
  }

  /** A builder holding this committee's values, to make a changed copy. */
  public Builder toBuilder() {
    Builder builder = new Builder(id, kind);
    builder.division = division;
    builder.name = name;
    builder.households = households;
    builder.term = term;
    builder.members.addAll(members);
    builder.groups.addAll(groups);
    builder.version = version;
    return builder;
  }

  /** The members in office on {@code day}. */
  public List<CommitteeMember> membersInOffice(LocalDate day) {
    return members.stream().filter(m -> m.inOfficeOn(day)).toList();
  }

  @Override
  public Committee withVersion(long newVersion) {
    return new Committee(id, division, kind, name, households, term, members, groups, newVersion);
  }

  /** Builds a {@link Committee}. Not thread-safe. */
  public static final class Builder {
    private final String id;
    private final CommitteeKind kind;
    private @Nullable DivisionCode division;
    private @Nullable String name;
    private int households;
    private @Nullable Term term;
    private final List<CommitteeMember> members = new ArrayList<>();
    private final List<ResidentsGroup> groups = new ArrayList<>();
    private long version;

    private Builder(String id, CommitteeKind kind) {
      this.id = id;
      this.kind = kind;
    }

    /** The community or village governed. */
    public Builder division(DivisionCode value) {
      this.division = value;
      return this;
    }

    /** The community or village governed, by code. */
    public Builder division(String code) {
      return division(DivisionCode.of(code));
    }

    /** The committee's name. */
    public Builder name(String value) {
      this.name = value;
      return this;
    }

    /** The number of households covered. */
    public Builder households(int value) {
      this.households = value;
      return this;
    }

    /** The committee's current term. */
    public Builder term(Term value) {
      this.term = value;
      return this;
    }

    /** Adds a member. */
    public Builder member(String memberName, CommitteeRole role, Term memberTerm) {
      members.add(new CommitteeMember(memberName, role, memberTerm));
      return this;
    }

    /** Adds a member serving the committee's whole term (set the term first). */
    public Builder member(String memberName, CommitteeRole role) {
      return member(memberName, role, Checks.required(term, SUBJECT, "term"));
    }

    /** Replaces all members. */
    public Builder members(List<CommitteeMember> values) {
      List<CommitteeMember> checked =
          Checks.listOf(
              Checks.required(values, "Committee " + id, "members"), "Committee " + id, "members");
      members.clear();
      members.addAll(checked);
      return this;
    }

    /** Adds a residents' group. */
    public Builder group(String groupName, int groupHouseholds) {
      groups.add(new ResidentsGroup(groupName, groupHouseholds));
      return this;
    }

    /** The storage version (normally left alone: the store sets it). */
    public Builder version(long value) {
      this.version = value;
      return this;
    }

    /**
     * The committee.
     *
     * @throws InvalidInputException if a required value is missing or inconsistent
     */
    public Committee build() {
      return new Committee(
          id,
          Checks.required(division, SUBJECT, "division"),
          kind,
          Checks.required(name, SUBJECT, "name"),
          households,
          Checks.required(term, SUBJECT, "term"),
          members,
          groups,
          version);
    }
  }
}
