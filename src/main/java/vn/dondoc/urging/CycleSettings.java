package vn.dondoc.urging;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * The days of the monthly reporting cycle (Điều 10 of the regulation). Each is a day of
 * the month, at the latest: when it falls on a weekend or a public holiday its reminder
 * goes out on the working day before it. In the last month of a quarter the units' report
 * is also the quarterly one.
 *
 * @param unitReminderDays units are reminded of their report on these days
 * @param unitReportDay unit reports are due on this day; the office is told who is
 * missing
 * @param draftDay the Department draft is built and the aggregators told
 * @param submitDay the draft goes to leadership by this day
 * @param issueReminderDay leadership is reminded to issue the report
 * @param issueBeforeDay the report is issued before this day
 * @param confidentialDaysBefore the lead unit is reminded of a written confidential
 * report this many days before it is due
 */
@Validated
@ConfigurationProperties("dondoc.cycle")
record CycleSettings(@DefaultValue( {
		"5", "8" }) List<@Min(1) @Max(28) Integer> unitReminderDays,
		@DefaultValue("10") @Min(1) @Max(28) int unitReportDay, @DefaultValue("11") @Min(1) @Max(28) int draftDay,
		@DefaultValue("12") @Min(1) @Max(28) int submitDay, @DefaultValue("14") @Min(1) @Max(28) int issueReminderDay,
		@DefaultValue("15") @Min(1) @Max(28) int issueBeforeDay,
		@DefaultValue({ "5", "1", "0" }) List<@Min(0) @Max(60) Integer> confidentialDaysBefore){
}
