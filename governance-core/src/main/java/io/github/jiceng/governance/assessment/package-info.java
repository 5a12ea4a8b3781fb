/**
 * Assessing community workers (社区工作者考核): a scheme of items and weights as policy data, in which
 * residents' satisfaction is the main content (seed report 002: "把群众满意度作为考核的主要内容"), and each
 * worker's score for a period explained item by item ({@link
 * io.github.jiceng.governance.assessment.AssessmentRules}).
 */
@NullMarked
package io.github.jiceng.governance.assessment;

import org.jspecify.annotations.NullMarked;
