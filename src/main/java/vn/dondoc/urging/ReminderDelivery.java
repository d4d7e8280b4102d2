package vn.dondoc.urging;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.dondoc.account.UserDirectory;

/**
 * Delivers one reminder to one person: an in-app notification always, and the e-mail
 * unless the person turned that kind off or has no address. The key makes it happen once:
 * a second delivery with the same key, from a re-run or another node, does nothing.
 */
@Component
class ReminderDelivery {

	record Person(long id, String name, String email) {

		static Person of(UserDirectory.Contact contact) {
			return new Person(contact.id(), contact.fullName(), contact.email());
		}

		static List<Person> of(List<UserDirectory.Contact> contacts) {
			return contacts.stream().map(Person::of).toList();
		}

	}

	private final NotificationInbox notifications;

	private final MailOutbox outbox;

	private final MailPreferenceManagement preferences;

	ReminderDelivery(NotificationInbox notifications, MailOutbox outbox, MailPreferenceManagement preferences) {
		this.notifications = notifications;
		this.outbox = outbox;
		this.preferences = preferences;
	}

	/**
	 * @return whether the reminder was delivered now (false: it already had been)
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	boolean deliver(String key, Person person, MailKind kind, String template, Map<String, Object> variables,
			String title, String link) {
		boolean isNew = this.notifications.notify(key, person.id(), title, link);
		if (isNew && person.email() != null && !person.email().isBlank() && this.preferences.wants(person.id(), kind)) {
			this.outbox.enqueue(key, person.email(), template, variables);
		}
		return isNew;
	}

}
