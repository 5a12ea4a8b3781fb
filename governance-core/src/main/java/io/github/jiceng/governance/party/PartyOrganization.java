package io.github.jiceng.governance.party;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.committee.Term;
import io.github.jiceng.governance.internal.Checks;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A party organisation (党组织) and the organisations beneath it: a basic-level committee, general
 * branch, branch, joint branch or party group, where it is built, its current term, its leaders,
 * its own members and its sub-organisations. Immutable; build one with {@link #builder(String,
 * PartyOrganizationKind)}.
 *
 * <p>A member is listed once, in the organisation he or she belongs to: a branch's members are its
 * own and those of its party groups. Counts are therefore taken over the whole subtree ({@link
 * #membersOn}, {@link #fullMembersOn}). Ids of organisations and of members are unique within the
 * subtree.
 *
 * <p>Whether the organisation is set up as the regulations require is asked of {@link
 * PartyRules#checkSetup}, as of a date.
 *
 * @param id a stable id, unique within the community's party tree
 * @param kind committee, general branch, branch, joint branch or group
 * @param name the organisation's name, for example "中共城东社区第三网格支部委员会"
 * @param placement where it is built and what it covers
 * @param term the current term of its committee or secretary (届期), or {@code null} if none is
 *     recorded (party groups have none)
 * @param electionApproval the higher level's approval of holding the election that began {@code
 *     term} early or late, or {@code null}
 * @param setupApproval the higher level's approval of setting the organisation up (needed for a
 *     general branch or a committee), or {@code null}
 * @param leaders its leadership, current and past
 * @param members the members who belong directly to it (not to one of its sub-organisations)
 * @param children its sub-organisations
 */
public record PartyOrganization(
    @Pattern(
            regexp = "[A-Za-z0-9._-]{1,64}",
            message = "must be 1-64 letters, digits, '.', '_' or '-'")
        String id,
    PartyOrganizationKind kind,
    @NotBlank @Size(max = 100) String name,
    @Valid Placement placement,
    @Nullable Term term,
    @Valid @Nullable Approval electionApproval,
    @Valid @Nullable Approval setupApproval,
    List<PartyLeader> leaders,
    List<PartyMember> members,
    List<PartyOrganization> children) {
  private static final String SUBJECT = "PartyOrganization";

  public PartyOrganization {
    Checks.key(id, SUBJECT, "id");
    Checks.required(kind, SUBJECT, "kind");
    Checks.required(name, SUBJECT, "name");
    Checks.required(placement, SUBJECT, "placement");
    leaders = Checks.listOf(leaders, SUBJECT, "leaders");
    members = Checks.listOf(members, SUBJECT, "members");
    children = Checks.listOf(children, SUBJECT, "children");
    checkLeaderPosts(kind, leaders);
    checkChildKinds(kind, children);
    checkUniqueIds(id, members, children);
  }

  private static void checkLeaderPosts(PartyOrganizationKind kind, List<PartyLeader> leaders) {
    for (int i = 0; i < leaders.size(); i++) {
      boolean groupPost = leaders.get(i).role() == LeaderRole.GROUP_LEADER;
      if (groupPost != (kind == PartyOrganizationKind.GROUP)) {
        throw InvalidInputException.of(
            SUBJECT,
            "leaders[" + i + "].role",
            groupPost
                ? "a group leader leads a party group only"
                : "a party group has only a group leader");
      }
    }
  }

  private static void checkChildKinds(
      PartyOrganizationKind kind, List<PartyOrganization> children) {
    for (int i = 0; i < children.size(); i++) {
      PartyOrganizationKind child = children.get(i).kind();
      if (!kind.mayContain(child)) {
        throw InvalidInputException.of(
            SUBJECT,
            "children[" + i + "].kind",
            "a " + kind.label().en() + " cannot contain a " + child.label().en());
      }
    }
  }

  private static void checkUniqueIds(
      String id, List<PartyMember> members, List<PartyOrganization> children) {
    Map<String, String> organizations = new HashMap<>();
    Map<String, String> memberships = new HashMap<>();
    organizations.put(id, id);
    members.forEach(m -> memberships.put(m.id(), id));
    for (int i = 0; i < children.size(); i++) {
      for (PartyOrganization organization : children.get(i).organizations()) {
        if (organizations.put(organization.id(), organization.id()) != null) {
          throw InvalidInputException.of(
              SUBJECT,
              "children[" + i + "].id",
              "organisation id " + organization.id() + " appears twice");
        }
        for (PartyMember member : organization.members()) {
          String other = memberships.put(member.id(), organization.id());
          if (other != null) {
            throw InvalidInputException.of(
                SUBJECT,
                "children[" + i + "].members",
                "member "
                    + member.id()
                    + " belongs to both "
                    + other
                    + " and "
                    + organization.id()
                    + " (a member belongs to one branch)");
          }
        }
      }
    }
    if (memberships.size() < members.size()) {
      throw InvalidInputException.of(SUBJECT, "members", "lists a member id twice");
    }
  }

  /** Starts building an organisation. */
  public static Builder builder(String id, PartyOrganizationKind kind) {
    return new Builder(id, kind);
  }

  /** A builder holding this organisation's values, to make a changed copy. */
  public Builder toBuilder() {
    Builder builder = new Builder(id, kind);
    builder.name = name;
    builder.placement = placement;
    builder.term = term;
    builder.electionApproval = electionApproval;
    builder.setupApproval = setupApproval;
    builder.leaders.addAll(leaders);
    builder.members.addAll(members);
    builder.children.addAll(children);
    return builder;
  }

  /** This organisation and every organisation beneath it, parents before children. */
  public List<PartyOrganization> organizations() {
    List<PartyOrganization> all = new ArrayList<>();
    collect(all);
    return all;
  }

  private void collect(List<PartyOrganization> into) {
    into.add(this);
    children.forEach(child -> child.collect(into));
  }

  /** The organisation with this id in the subtree. */
  public Optional<PartyOrganization> find(String organizationId) {
    return organizations().stream().filter(o -> o.id().equals(organizationId)).findFirst();
  }

  /** Every member of this organisation and of the organisations beneath it. */
  public List<PartyMember> allMembers() {
    return organizations().stream().flatMap(o -> o.members().stream()).toList();
  }

  /**
   * The number of the subtree's own members (full and probationary) on {@code day}: the members
   * whose membership is held here. In-service members reporting to the community (在职党员报到) keep
   * their membership with their employer's organisation and are not counted; see {@link
   * #reportingMembersOn}.
   */
  public int membersOn(LocalDate day) {
    return (int) allMembers().stream().filter(m -> m.isOwnMember() && m.isMemberOn(day)).count();
  }

  /** The number of the subtree's own full members on {@code day}; see {@link #membersOn}. */
  public int fullMembersOn(LocalDate day) {
    return (int) allMembers().stream().filter(m -> m.isOwnMember() && m.isFullOn(day)).count();
  }

  /**
   * The number of in-service members reporting to the community (在职党员到社区报到) listed in the subtree
   * on {@code day}. They take part in the community's activities but their membership stays with
   * their employer, so no setup threshold counts them.
   */
  public int reportingMembersOn(LocalDate day) {
    return (int) allMembers().stream().filter(m -> !m.isOwnMember() && m.isMemberOn(day)).count();
  }

  /** The leaders holding their post on {@code day}. */
  public List<PartyLeader> leadersOn(LocalDate day) {
    return leaders.stream().filter(l -> l.inOfficeOn(day)).toList();
  }

  /** The current term, if recorded. */
  public Optional<Term> currentTerm() {
    return Optional.ofNullable(term);
  }

  /** Builds a {@link PartyOrganization}. Not thread-safe. */
  public static final class Builder {
    private final String id;
    private final PartyOrganizationKind kind;
    private @Nullable String name;
    private @Nullable Placement placement;
    private @Nullable Term term;
    private @Nullable Approval electionApproval;
    private @Nullable Approval setupApproval;
    private final List<PartyLeader> leaders = new ArrayList<>();
    private final List<PartyMember> members = new ArrayList<>();
    private final List<PartyOrganization> children = new ArrayList<>();

    private Builder(String id, PartyOrganizationKind kind) {
      this.id = id;
      this.kind = kind;
    }

    /** The organisation's name. */
    public Builder name(String value) {
      this.name = value;
      return this;
    }

    /** Where it is built and what it covers. */
    public Builder placement(PlacementKind placementKind, String... places) {
      this.placement = Placement.of(placementKind, places);
      return this;
    }

    /** Where it is built and what it covers. */
    public Builder placement(Placement value) {
      this.placement = value;
      return this;
    }

    /** The current term. */
    public Builder term(Term value) {
      this.term = value;
      return this;
    }

    /** The approval of an election held early or late. */
    public Builder electionApproval(Approval value) {
      this.electionApproval = value;
      return this;
    }

    /** The approval of setting the organisation up. */
    public Builder setupApproval(Approval value) {
      this.setupApproval = value;
      return this;
    }

    /** Adds a leader serving the organisation's whole term (set the term first). */
    public Builder leader(String leaderName, LeaderRole role) {
      return leader(PartyLeader.of(leaderName, role, Checks.required(term, SUBJECT, "term")));
    }

    /** Adds a leader. */
    public Builder leader(PartyLeader value) {
      leaders.add(value);
      return this;
    }

    /** Adds members. */
    public Builder members(PartyMember... values) {
      members.addAll(Checks.values(SUBJECT, "members", values));
      return this;
    }

    /** Replaces the members. */
    public Builder replaceMembers(List<PartyMember> values) {
      List<PartyMember> checked =
          Checks.listOf(Checks.required(values, SUBJECT, "members"), SUBJECT, "members");
      members.clear();
      members.addAll(checked);
      return this;
    }

    /** Adds a sub-organisation. */
    public Builder child(PartyOrganization value) {
      children.add(value);
      return this;
    }

    /** Replaces the sub-organisations. */
    public Builder replaceChildren(List<PartyOrganization> values) {
      List<PartyOrganization> checked =
          Checks.listOf(Checks.required(values, SUBJECT, "children"), SUBJECT, "children");
      children.clear();
      children.addAll(checked);
      return this;
    }

    /**
     * The organisation.
     *
     * @throws InvalidInputException if a required value is missing or the tree is inconsistent
     */
    public PartyOrganization build() {
      return new PartyOrganization(
          id,
          kind,
          Checks.required(name, SUBJECT, "name"),
          Checks.required(placement, SUBJECT, "placement"),
          term,
          electionApproval,
          setupApproval,
          leaders,
          members,
          children);
    }
  }

  /**
   * The organisation in one line, with counts rather than its members and leaders: a tree may hold
   * thousands of members, and their names are personal data (leaders and members print their names
   * masked).
   */
  @Override
  public String toString() {
    return "PartyOrganization[id="
        + id
        + ", kind="
        + kind
        + ", name="
        + name
        + ", placement="
        + placement
        + ", term="
        + term
        + ", leaders="
        + leaders.size()
        + ", members="
        + members.size()
        + ", children="
        + children.size()
        + "]";
  }
}
