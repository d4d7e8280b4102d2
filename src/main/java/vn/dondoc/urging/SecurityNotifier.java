package vn.dondoc.urging;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.dondoc.account.AccountLocked;
import vn.dondoc.account.UserDirectory;
import vn.dondoc.common.Vietnamese;

/**
 * The owner of an account that was locked after failed logins is told, in the app and by
 * e-mail, once per lock: if it was not them, they know someone tried.
 */
@Component
class SecurityNotifier {

	private final UserDirectory people;

	private final ReminderDelivery reminders;

	private final MessageSource messages;

	private final TransactionTemplate transactions;

	private final Clock clock;

	SecurityNotifier(UserDirectory people, ReminderDelivery reminders, MessageSource messages,
			TransactionTemplate transactions, Clock clock) {
		this.people = people;
		this.reminders = reminders;
		this.messages = messages;
		this.transactions = transactions;
		this.clock = clock;
	}

	@EventListener
	void on(AccountLocked locked) {
		this.people.contactNamed(locked.username()).ifPresent((contact) -> {
			ReminderDelivery.Person person = ReminderDelivery.Person.of(contact);
			String subject = text("security.locked.subject");
			Map<String, Object> variables = new LinkedHashMap<>();
			variables.put("subject", subject);
			variables.put("name", person.name());
			variables.put("body", text("security.locked.body"));
			variables.put("lines", List.of(text("security.locked.address",
					(locked.address() != null) ? locked.address() : text("security.locked.unknownAddress"))));
			variables.put("link", "/profile");
			long minute = this.clock.instant().getEpochSecond() / 60;
			this.transactions
				.executeWithoutResult((status) -> this.reminders.deliver("locked:" + person.id() + ":" + minute, person,
						MailKind.SECURITY, "notice", Map.copyOf(variables), subject, "/profile"));
		});
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, Vietnamese.LOCALE);
	}

}
