/**
 * Social organisations (社会组织) serving a community: registered with the civil affairs department
 * (登记, with a unified social credit code under GB 32100) or filed with the street or community
 * (备案); their annual inspections and evaluation grades, and the dated rules on when those are due
 * ({@link io.github.jiceng.governance.organisation.OrganisationRules}).
 */
@NullMarked
package io.github.jiceng.governance.organisation;

import org.jspecify.annotations.NullMarked;
