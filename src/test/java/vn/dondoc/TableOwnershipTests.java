package vn.dondoc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 32, a ratchet: each table belongs to the module whose migration creates it, and a
 * module's SQL names only its own tables. The reads across modules that exist today are
 * listed here to be moved behind their owners' published queries one by one: a new one
 * fails this test, and one that is gone must leave the list.
 */
class TableOwnershipTests {

	private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

	private static final Path SOURCES = Path.of("src/main/java/vn/dondoc");

	/** Migration names whose first word is not the module's name. */
	private static final Map<String, String> ALIASES = Map.of("import", "importing", "report", "reporting",
			"department", "reporting");

	/** Module → tables of other modules its SQL names today (issue 32 moves them). */
	private static final Map<String, String> KNOWN = new TreeMap<>();

	static {
		KNOWN.put("urging", "app_user app_user_role task task_part");
	}

	@Test
	void modulesNameOnlyTheirOwnTablesBeyondTheKnownOnes() throws IOException {
		Map<String, String> owners = owners();
		assertThat(owners).containsEntry("task", "directive")
			.containsEntry("incoming_document", "intake")
			.containsEntry("read_file", "reading");
		Map<String, TreeSet<String>> found = new TreeMap<>();
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".java")).toList()) {
				Path relative = SOURCES.relativize(file);
				if (relative.getNameCount() < 2) {
					continue;
				}
				String module = relative.getName(0).toString();
				String code = Files.readString(file).replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)//.*$", "");
				Matcher m = Pattern.compile("(?i)\\b(?:from|join|into|update)\\s+([a-z_][a-z0-9_]*)").matcher(code);
				while (m.find()) {
					String table = m.group(1).toLowerCase(java.util.Locale.ROOT);
					String owner = owners.get(table);
					if (owner != null && !owner.equals(module) && !owner.equals("system")) {
						found.computeIfAbsent(module, (k) -> new TreeSet<>()).add(table);
					}
				}
			}
		}
		Map<String, String> actual = new TreeMap<>();
		found.forEach((module, tables) -> actual.put(module, String.join(" ", tables)));
		Map<String, String> known = new TreeMap<>();
		KNOWN.forEach(known::put);
		// Printed so that the list can be brought up to date as reads move.
		System.out.println("Tables named across modules: " + actual);
		assertThat(actual).as("tables named across modules (new ones are not allowed; fixed ones leave KNOWN)")
			.isEqualTo(known);
	}

	/** Each table's module: the first word of the migration that creates it. */
	static Map<String, String> owners() throws IOException {
		Map<String, String> owners = new TreeMap<>();
		try (Stream<Path> files = Files.list(MIGRATIONS)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".sql")).toList()) {
				String word = file.getFileName().toString().replaceFirst("^V\\d+__", "").split("_")[0];
				String module = ALIASES.getOrDefault(word, word);
				Matcher m = Pattern.compile("(?i)create table (?:if not exists )?([a-z_][a-z0-9_]*)")
					.matcher(Files.readString(file));
				while (m.find()) {
					owners.putIfAbsent(m.group(1).toLowerCase(java.util.Locale.ROOT), module);
				}
			}
		}
		return owners;
	}

}
