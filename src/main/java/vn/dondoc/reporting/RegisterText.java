package vn.dondoc.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import vn.dondoc.directive.IncomingRegister;
import vn.dondoc.common.DayParameter;

/**
 * The words of the registers and the handling slip in one language, from the message
 * bundles: the screen uses the reader's language, the Word and PDF documents Vietnamese,
 * and all of them the same cells.
 */
final class RegisterText {

	private final MessageSource messages;

	private final Locale locale;

	RegisterText(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, this.locale);
	}

	List<String> list(String key) {
		return Arrays.asList(text(key).split("\\|"));
	}

	static String date(LocalDate date) {
		return (date != null) ? date.format(DayParameter.DMY) : "";
	}

	/** The seven cells of Appendix IV for one entry. */
	List<String> cells(IncomingRegister.Entry entry) {
		List<String> cells = new ArrayList<>(7);
		cells.add(entry.registerCode() + "\n" + text("register.received", date(entry.receivedDate())));
		cells.add(text("register.document", text("directiveKind." + entry.kind()), entry.numberSymbol(),
				date(entry.issueDate()), text("issuer." + entry.issuer())));
		cells.add((entry.units() != null) ? entry.units() : "");
		cells.add(deadlines(entry));
		cells.add(progress(entry));
		cells.add((entry.replies() != null) ? entry.replies() : "");
		cells.add(note(entry));
		return cells;
	}

	private String deadlines(IncomingRegister.Entry entry) {
		String dates = entry.deadlines().stream().map(RegisterText::date).collect(Collectors.joining("; "));
		if (entry.noDeadline() > 0
				|| (entry.tasks() > 0 && entry.deadlines().isEmpty() && entry.returnedTasks() < entry.tasks())) {
			return dates.isEmpty() ? text("register.noDeadline") : dates + "; " + text("register.noDeadline");
		}
		return dates;
	}

	String progress(IncomingRegister.Entry entry) {
		if (entry.tasks() == 0) {
			return text("register.progress.none");
		}
		List<String> parts = new ArrayList<>();
		int measured = entry.tasks() - entry.returnedTasks();
		if (measured > 0) {
			List<String> done = new ArrayList<>();
			if (entry.onTime() > 0) {
				done.add(text("register.progress.onTime", entry.onTime()));
			}
			if (entry.late() > 0) {
				done.add(text("register.progress.late", entry.late()));
			}
			parts.add(text("register.progress.done", entry.done(), measured)
					+ (done.isEmpty() ? "" : " (" + String.join(", ", done) + ")"));
		}
		if (entry.within() > 0) {
			parts.add(text("register.progress.within", entry.within()));
		}
		if (entry.overdue() > 0) {
			parts.add(text("register.progress.overdue", entry.overdue()));
		}
		if (entry.noDeadline() > 0) {
			parts.add(text("register.progress.noDeadline", entry.noDeadline()));
		}
		if (entry.returnedTasks() > 0) {
			parts.add(text("register.progress.returned", entry.returnedTasks()));
		}
		return String.join("; ", parts);
	}

	private String note(IncomingRegister.Entry entry) {
		List<String> notes = new ArrayList<>();
		if (entry.returned()) {
			notes.add(text("register.note.returned"));
		}
		if (entry.extended()) {
			notes.add(text("register.note.extended"));
		}
		return String.join("; ", notes);
	}

}
