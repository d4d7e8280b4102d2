package vn.dondoc.urging;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Published, inside the transaction of the change, when work passes to other people: a
 * unit's report sent to the office or returned to the unit, the Department's report
 * submitted to leadership, returned or approved, issued. Those who must act next are told
 * once, in the app and by e-mail (through the outbox); the one who made the change is not
 * told of it.
 *
 * @param kind what happened: names the messages {@code handoff.KIND.subject} and
 * {@code handoff.KIND.body}, which are given {@code arguments}
 * @param about what it concerns ({@code 2026-12:17}): with {@code kind} and {@code at},
 * the hand-off's identity
 * @param link the page where the next step is taken
 * @param byUserId who made the change
 */
public record HandOff(String kind, String about, List<Audience> to, List<String> arguments, String link, long byUserId,
		Instant at) {

	public HandOff {
		to = List.copyOf(to);
		arguments = List.copyOf(arguments);
	}

	/** A group of people to tell. */
	public record Audience(Group group, Collection<Long> ids) {

		/** Leadership of the Department. */
		public static Audience leadership() {
			return new Audience(Group.LEADERSHIP, null);
		}

		/**
		 * The office and the heads of the two aggregating units (Điều 10.1), who collect
		 * the units' reports and write the Department's.
		 */
		public static Audience aggregators() {
			return new Audience(Group.AGGREGATORS, null);
		}

		/** These people, by their account's id. */
		public static Audience people(Collection<Long> userIds) {
			return new Audience(Group.PEOPLE, List.copyOf(userIds));
		}

		/** The heads of these units ({@code null}: of every unit). */
		public static Audience headsOf(Collection<Long> unitIds) {
			return new Audience(Group.UNIT_HEADS, (unitIds != null) ? List.copyOf(unitIds) : null);
		}

	}

	public enum Group {

		LEADERSHIP, AGGREGATORS, UNIT_HEADS,
		/** The ids are people's, not units'. */
		PEOPLE

	}

}
