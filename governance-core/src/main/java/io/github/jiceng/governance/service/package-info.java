/**
 * Public service items and the one-window desk (公共服务事项, 一口受理): the catalogue of what a community's
 * service station does for residents, as dated, cited data, and the typed request attributes an
 * intake is checked against.
 *
 * <p>A {@link io.github.jiceng.governance.service.ServiceItem} carries the six base elements of a
 * government-service item (名称、编码、类型、主管部门、实施机关、依据), its window, whether it is settled on the spot
 * (即办件) or promised (承诺件) with a promised and a statutory time in working days, whether the
 * community handles it as proxy (代办), the materials a resident brings and its {@link
 * io.github.jiceng.governance.service.AttributeDefinition attributes}. Attribute types cover
 * Open311 GeoReport v2's service definitions and what a Chinese desk needs besides (boolean, date,
 * integer ranges, patterns, identity numbers, phones, division codes, attachments).
 */
@org.jspecify.annotations.NullMarked
package io.github.jiceng.governance.service;
