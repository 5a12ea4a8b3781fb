/**
 * Party organisations (党组织) of a community or village, from the basic-level committee (基层党委) down
 * to the party group (党小组): one tree per community ({@link
 * io.github.jiceng.governance.party.PartyTree}), its members and leaders, and the setup rules of
 * the party's regulations as dated, cited rules ({@link
 * io.github.jiceng.governance.party.PartyRegulations}, {@link
 * io.github.jiceng.governance.party.PartyRules}).
 */
@NullMarked
package io.github.jiceng.governance.party;

import org.jspecify.annotations.NullMarked;
