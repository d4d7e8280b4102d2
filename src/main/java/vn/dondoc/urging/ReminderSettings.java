package vn.dondoc.urging;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When deadline reminders go out.
 *
 * @param daysBefore a task is in a person's digest this many days before its deadline
 * (and every day once it is overdue)
 * @param escalateAfterDays overdue longer than this, a task goes to leadership too
 * @param listLimit at most this many tasks are listed in one mail; the rest are counted
 */
@ConfigurationProperties("dondoc.reminders")
record ReminderSettings(@DefaultValue( {
		"3", "1", "0" }) List<Integer> daysBefore, @DefaultValue("7") int escalateAfterDays,
		@DefaultValue("50") int listLimit){
}
