/**
 * Community service facilities (社区综合服务设施): a community's service centre, offices, activity rooms
 * and outdoor grounds with their floor areas and the rooms and functions they hold, and the
 * standards a city sets for them — floor area per household, the minimum activity room and office,
 * a rural centre's range, checklists such as "三室三站一栏一校一场" — as dated, cited parameters ({@link
 * io.github.jiceng.governance.facility.FacilityStandards}) checked by explainable rules ({@link
 * io.github.jiceng.governance.facility.FacilityRules}).
 */
@NullMarked
package io.github.jiceng.governance.facility;

import org.jspecify.annotations.NullMarked;
