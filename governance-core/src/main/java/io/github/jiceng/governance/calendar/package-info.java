/**
 * The working calendar (工作日历): weekends, public holidays and make-up working days (调休), each year's
 * arrangement a dated, cited {@link io.github.jiceng.governance.calendar.HolidayNotice} held as an
 * ordinary policy parameter, so that "N working days" means the same thing in every rule and can be
 * overridden by a jurisdiction like any other number.
 */
@NullMarked
package io.github.jiceng.governance.calendar;

import org.jspecify.annotations.NullMarked;
