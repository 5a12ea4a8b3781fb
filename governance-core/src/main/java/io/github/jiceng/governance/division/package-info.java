/**
 * Administrative divisions (行政区划): districts (区/县), streets (街道) and towns (乡镇), communities (社区)
 * and villages (村), identified by the 12-digit statistical division code (统计用区划代码).
 */
@NullMarked
package io.github.jiceng.governance.division;

import org.jspecify.annotations.NullMarked;
