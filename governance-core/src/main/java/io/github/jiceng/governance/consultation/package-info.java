/**
 * Consultation in the community (城乡社区协商): the catalogue of matters a community consults on (协商事项目录,
 * seed report 002) with the forms allowed, who may raise a matter and who must be consulted, as
 * dated policy data; the consultations held, with the vote of a meeting counted per voter group and
 * decided by the meeting rules of the committee laws; and residents' councils (居民理事会),
 * self-governing units of about a thousand households under the committee, with their projects from
 * approval to acceptance (立项 → 实施 → 结项 → 验收). {@link
 * io.github.jiceng.governance.consultation.ConsultationRules} decides them, explained rule by rule.
 */
@NullMarked
package io.github.jiceng.governance.consultation;

import org.jspecify.annotations.NullMarked;
