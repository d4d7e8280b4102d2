package vn.dondoc.urging;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.dondoc.account.Role;
import vn.dondoc.account.UserDirectory;
import vn.dondoc.directive.TaskAssigned;
import vn.dondoc.common.DayParameter;
import vn.dondoc.common.Vietnamese;

/**
 * Tells the heads of a unit, or the person, that a task has reached them. Runs inside the
 * transaction of the assignment, so the mail is queued exactly when the change is saved.
 * These mails cannot be turned off.
 */
@Component
class AssignmentNotifier {

	private final UserDirectory people;

	private final ReminderDelivery reminders;

	private final MessageSource messages;

	AssignmentNotifier(UserDirectory people, ReminderDelivery reminders, MessageSource messages) {
		this.people = people;
		this.reminders = reminders;
		this.messages = messages;
	}

	@EventListener
	void on(TaskAssigned assigned) {
		String title = assigned.title().length() > 200 ? assigned.title().substring(0, 199) + "…" : assigned.title();
		String subject = text("assignment.subject." + assigned.target(),
				title.length() > 80 ? title.substring(0, 79) + "…" : title);
		String link = "/tasks/" + assigned.taskId();
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put("subject", subject);
		variables.put("body", title);
		variables.put("lines",
				List.of((assigned.deadline() != null)
						? text("assignment.deadline", DayParameter.DMY.format(assigned.deadline()))
						: text("assignment.noDeadline")));
		variables.put("link", link);
		for (ReminderDelivery.Person person : recipients(assigned)) {
			variables.put("name", person.name());
			this.reminders.deliver(
					"assignment:" + assigned.taskId() + ":"
							+ assigned.target().name().toLowerCase(java.util.Locale.ROOT) + ":" + assigned.targetId()
							+ ":" + assigned.at().toEpochMilli() + ":" + person.id(),
					person, MailKind.ASSIGNMENT, "notice", Map.copyOf(variables), subject, link);
		}
	}

	private List<ReminderDelivery.Person> recipients(TaskAssigned assigned) {
		return (assigned.target() == TaskAssigned.Target.PERSON)
				? this.people.contact(assigned.targetId()).map(ReminderDelivery.Person::of).stream().toList()
				: ReminderDelivery.Person.of(this.people.holding(Role.UNIT_HEAD, List.of(assigned.targetId())));
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, Vietnamese.LOCALE);
	}

}
