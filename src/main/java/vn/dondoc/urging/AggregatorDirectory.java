package vn.dondoc.urging;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Component;

import vn.dondoc.account.Role;
import vn.dondoc.account.UserDirectory;
import vn.dondoc.organisation.UnitKind;
import vn.dondoc.organisation.UnitManagement;
import vn.dondoc.organisation.UnitNode;

/**
 * The people who collect the units' reports and write the Department's (Điều 10.1): the
 * office, and the heads of the office and of the planning and finance unit.
 */
@Component
class AggregatorDirectory {

	private final UserDirectory people;

	private final UnitManagement units;

	AggregatorDirectory(UserDirectory people, UnitManagement units) {
		this.people = people;
		this.units = units;
	}

	List<ReminderDelivery.Person> all() {
		List<Long> aggregating = this.units.tree()
			.stream()
			.filter((unit) -> unit.kind() == UnitKind.OFFICE || unit.kind() == UnitKind.PLANNING_FINANCE)
			.map(UnitNode::id)
			.toList();
		Map<Long, ReminderDelivery.Person> people = new TreeMap<>();
		for (UserDirectory.Contact contact : this.people.holding(Role.OFFICE, null)) {
			people.put(contact.id(), ReminderDelivery.Person.of(contact));
		}
		for (UserDirectory.Contact contact : this.people.holding(Role.UNIT_HEAD, aggregating)) {
			people.put(contact.id(), ReminderDelivery.Person.of(contact));
		}
		return List.copyOf(people.values());
	}

}
