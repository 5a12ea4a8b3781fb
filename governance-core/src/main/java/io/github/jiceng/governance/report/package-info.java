/**
 * Reports people look at (报表): the burden report, a community's grid coverage, the one-window's
 * service figures and the case figures, each as one self-contained HTML page — tables and SVG
 * charts, Chinese and English, printable, with nothing fetched from the network ({@link
 * io.github.jiceng.governance.report.HtmlReport}).
 */
@NullMarked
package io.github.jiceng.governance.report;

import org.jspecify.annotations.NullMarked;
