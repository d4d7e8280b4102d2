package vn.dondoc.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Time is read from the application's clock only, in the product and in its tests: a date
 * read from the machine makes an answer depend on the day the code runs (the suite once
 * failed on some days of the month). The few places that must read the machine are named
 * here with their reason.
 */
class ClockRuleTests {

	private static final List<Path> ROOTS = List.of(Path.of("src/main/java"), Path.of("src/test/java"));

	/** A java.time "now" whose argument is not a clock: the machine's time. */
	private static final Pattern MACHINE_NOW = Pattern.compile(
			"\\b(?:LocalDate|LocalDateTime|LocalTime|YearMonth|Year|MonthDay|Instant|ZonedDateTime|OffsetDateTime|OffsetTime)"
					+ "\\s*\\.\\s*now\\s*\\(([^()]*)\\)");

	private static final Pattern OTHER_MACHINE_TIME = Pattern.compile(
			"System\\s*\\.\\s*currentTimeMillis\\s*\\(|new\\s+(?:java\\.util\\.)?Date\\s*\\(\\s*\\)|Clock\\s*\\.\\s*system(?:UTC|DefaultZone)?\\s*\\(|Calendar\\s*\\.\\s*getInstance\\s*\\(");

	/** The database's own time, inside a Java string (SQL). */
	private static final Pattern SQL_NOW = Pattern.compile(
			"(?i)(?<![\\w.])(?:now\\s*\\(\\s*\\)|current_date|current_timestamp|localtimestamp|clock_timestamp\\s*\\(|statement_timestamp\\s*\\(|transaction_timestamp\\s*\\()");

	private static final Pattern STRINGS = Pattern.compile("(?s)\"\"\".*?\"\"\"|\"(?:[^\"\\\\\\n]|\\\\.)*\"");

	/** The files that may read the machine's time, and why. */
	private static final Map<String, String> EXCEPTIONS = Map.of("src/main/java/vn/dondoc/common/MovableClock.java",
			"the application clock itself runs on the machine's clock",
			"src/test/java/vn/dondoc/system/ClockRuleTests.java", "names the forbidden calls in its patterns");

	@Test
	void timeIsReadFromTheApplicationClockOnly() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path root : ROOTS) {
			try (Stream<Path> files = Files.walk(root)) {
				for (Path file : files.filter((f) -> f.toString().endsWith(".java")).toList()) {
					String name = file.toString().replace('\\', '/');
					if (EXCEPTIONS.containsKey(name)) {
						continue;
					}
					String code = withoutComments(Files.readString(file));
					Matcher now = MACHINE_NOW.matcher(code);
					while (now.find()) {
						if (!now.group(1).toLowerCase(java.util.Locale.ROOT).contains("clock")) {
							problems.add(name + ":" + line(code, now.start()) + " " + now.group());
						}
					}
					Matcher other = OTHER_MACHINE_TIME.matcher(code);
					while (other.find()) {
						problems.add(name + ":" + line(code, other.start()) + " " + other.group());
					}
					Matcher strings = STRINGS.matcher(code);
					while (strings.find()) {
						Matcher sql = SQL_NOW.matcher(strings.group());
						if (sql.find()) {
							problems.add(name + ":" + line(code, strings.start() + sql.start())
									+ " the database's time in SQL (pass the day in): " + sql.group());
						}
					}
				}
			}
		}
		assertThat(problems).as("read the application clock (java.time.Clock) instead").isEmpty();
	}

	@Test
	void theRuleCatchesWhatItForbids() {
		// Written in two pieces so that no scan of the sources takes the sample for a
		// call.
		assertThat(MACHINE_NOW.matcher("LocalDate.now" + "()").find()).isTrue();
		Matcher zone = MACHINE_NOW.matcher("YearMonth.now(ZoneId.of(\"Asia/Ho_Chi_Minh\"))");
		assertThat(zone.find()).isFalse();
		Matcher vn = MACHINE_NOW.matcher("LocalDate.now(VN)");
		assertThat(vn.find() && !vn.group(1).toLowerCase(java.util.Locale.ROOT).contains("clock")).isTrue();
		Matcher clock = MACHINE_NOW.matcher("LocalDate.now(this.clock)");
		assertThat(clock.find() && !clock.group(1).contains("clock")).isFalse();
		assertThat(OTHER_MACHINE_TIME.matcher("long t = System.currentTimeMillis();").find()).isTrue();
		assertThat(OTHER_MACHINE_TIME.matcher("Clock.systemUTC()").find()).isTrue();
		assertThat(SQL_NOW.matcher("WHERE deadline < CURRENT_DATE").find()).isTrue();
		assertThat(SQL_NOW.matcher("SET updated_at = now()").find()).isTrue();
		assertThat(SQL_NOW.matcher("LocalDate.now(this.clock)").find()).isFalse();
		assertThat(STRINGS.matcher("String q = \"SELECT 1\";").find()).isTrue();
	}

	/** Comments may mention what the code must not do. */
	private static String withoutComments(String code) {
		StringBuilder kept = new StringBuilder(code.length());
		Matcher parts = Pattern
			.compile("(?s)\"\"\".*?\"\"\"|\"(?:[^\"\\\\\\n]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'|/\\*.*?\\*/|//[^\\n]*")
			.matcher(code);
		int last = 0;
		while (parts.find()) {
			kept.append(code, last, parts.start());
			String part = parts.group();
			if (part.startsWith("/")) {
				// Keep the lines so that line numbers stay right.
				kept.append(part.replaceAll("[^\\n]", " "));
			}
			else {
				kept.append(part);
			}
			last = parts.end();
		}
		return kept.append(code.substring(last)).toString();
	}

	private static int line(String code, int offset) {
		int line = 1;
		for (int i = 0; i < offset; i++) {
			if (code.charAt(i) == '\n') {
				line++;
			}
		}
		return line;
	}

}
