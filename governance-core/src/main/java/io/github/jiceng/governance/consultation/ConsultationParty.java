package io.github.jiceng.governance.consultation;

import io.github.jiceng.governance.policy.Text;

/**
 * Who raises a matter for consultation, or takes part in it (协商主体). The Ministry of Civil Affairs'
 * 《关于深入推进城乡社区协商工作的通知》 (2016, as quoted in public commentary; the text was not read here) names
 * 村（居）民小组、驻村（社区）单位、社区社会组织、业主委员会 besides the community's party organisation and committee; the
 * residents' council is seed report 002's; the property service company and "those directly
 * concerned" are the library's, for catalogues that name them.
 */
public enum ConsultationParty {
  /** The community's party organisation (社区党组织). */
  PARTY_ORGANISATION(Text.of("社区党组织", "the community's party organisation")),
  /** The residents' or villagers' committee (居（村）民委员会). */
  COMMITTEE(Text.of("居（村）民委员会", "the residents' or villagers' committee")),
  /** Residents raising a matter jointly (居民联名). */
  RESIDENTS(Text.of("居（村）民", "residents")),
  /** A residents' or villagers' group (居（村）民小组). */
  RESIDENTS_GROUP(Text.of("居（村）民小组", "a residents' group")),
  /** A residents' council (居民理事会). */
  COUNCIL(Text.of("居民理事会", "a residents' council")),
  /** The owners' committee (业主委员会). */
  OWNERS_COMMITTEE(Text.of("业主委员会", "the owners' committee")),
  /** The property service company (物业服务企业). */
  PROPERTY_SERVICE(Text.of("物业服务企业", "the property service company")),
  /** Units resident in the community (驻区单位). */
  RESIDENT_UNITS(Text.of("驻区单位", "resident units")),
  /** Community social organisations (社区社会组织). */
  SOCIAL_ORGANISATIONS(Text.of("社区社会组织", "community social organisations")),
  /** Those the matter directly concerns (利益相关方). */
  STAKEHOLDERS(Text.of("利益相关方", "those directly concerned"));

  private final Text label;

  ConsultationParty(Text label) {
    this.label = label;
  }

  /** The party in words. */
  public Text label() {
    return label;
  }
}
