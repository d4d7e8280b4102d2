package vn.dondoc.urging;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.dondoc.account.Role;
import vn.dondoc.account.UserDirectory;
import vn.dondoc.common.Vietnamese;

/**
 * Tells the people who must act next of a {@link HandOff}: one notification and one
 * e-mail each, keyed by the hand-off, so that a repeated event tells no one twice. Runs
 * inside the transaction of the change: the mail is queued exactly when it is saved.
 */
@Component
class HandOffNotifier {

	private final UserDirectory people;

	private final ReminderDelivery reminders;

	private final MessageSource messages;

	private final AggregatorDirectory aggregators;

	HandOffNotifier(UserDirectory people, ReminderDelivery reminders, MessageSource messages,
			AggregatorDirectory aggregators) {
		this.people = people;
		this.reminders = reminders;
		this.messages = messages;
		this.aggregators = aggregators;
	}

	/**
	 * A request for more time goes to leadership; the decision to the unit's head and the
	 * person doing the task.
	 */
	@EventListener
	void on(vn.dondoc.directive.ExtensionChanged change) {
		String title = (change.title().length() > 120) ? change.title().substring(0, 119) + "…" : change.title();
		List<HandOff.Audience> to = (change.stage() == vn.dondoc.directive.ExtensionChanged.Stage.REQUESTED)
				? List.of(HandOff.Audience.leadership())
				: (change.assigneeId() != null)
						? List.of(HandOff.Audience.headsOf(List.of(change.leadUnitId())),
								HandOff.Audience.people(List.of(change.assigneeId())))
						: List.of(HandOff.Audience.headsOf(List.of(change.leadUnitId())));
		on(new HandOff(
				"extension" + change.stage().name().charAt(0)
						+ change.stage().name().substring(1).toLowerCase(java.util.Locale.ROOT),
				String.valueOf(change.taskId()), to,
				List.of(title, change.by(), date(change.previousDeadline()), date(change.requestedDeadline()),
						(change.note() != null) ? change.note() : ""),
				"/tasks/" + change.taskId(), change.byUserId(), change.at()));
	}

	private static String date(java.time.LocalDate day) {
		return (day != null) ? vn.dondoc.common.DayParameter.DMY.format(day) : "";
	}

	@EventListener
	void on(HandOff handOff) {
		Object[] arguments = handOff.arguments().toArray();
		String subject = text("handoff." + handOff.kind() + ".subject", arguments);
		String body = text("handoff." + handOff.kind() + ".body", arguments);
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put("subject", subject);
		variables.put("body", body);
		variables.put("lines", List.of());
		variables.put("link", handOff.link());
		for (ReminderDelivery.Person person : recipients(handOff)) {
			variables.put("name", person.name());
			this.reminders.deliver(
					"handoff:" + handOff.kind() + ":" + handOff.about() + ":" + handOff.at().toEpochMilli() + ":"
							+ person.id(),
					person, MailKind.HAND_OFF, "notice", Map.copyOf(variables), subject, handOff.link());
		}
	}

	/** Everyone in the hand-off's groups, once each, but not the one who made it. */
	private List<ReminderDelivery.Person> recipients(HandOff handOff) {
		Map<Long, ReminderDelivery.Person> people = new TreeMap<>();
		for (HandOff.Audience audience : handOff.to()) {
			List<ReminderDelivery.Person> group = switch (audience.group()) {
				case LEADERSHIP -> ReminderDelivery.Person.of(this.people.holding(Role.LEADER, null));
				case AGGREGATORS -> this.aggregators.all();
				case UNIT_HEADS -> ReminderDelivery.Person.of(this.people.holding(Role.UNIT_HEAD, audience.ids()));
				case PEOPLE -> audience.ids()
					.stream()
					.map(this.people::contact)
					.flatMap(java.util.Optional::stream)
					.map(ReminderDelivery.Person::of)
					.toList();
			};
			for (ReminderDelivery.Person person : group) {
				people.putIfAbsent(person.id(), person);
			}
		}
		people.remove(handOff.byUserId());
		return List.copyOf(people.values());
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, Vietnamese.LOCALE);
	}

}
