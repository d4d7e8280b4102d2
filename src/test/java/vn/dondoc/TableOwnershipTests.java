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
 * Each table belongs to the module whose migration creates it, and a module's SQL names
 * only its own tables (issue 32): another module's data is read through its owner's
 * published queries. The scan reads every Java source with comments removed, so SQL in
 * text blocks, string concatenations and JPQL all count.
 */
class TableOwnershipTests {

	private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

	private static final Path SOURCES = Path.of("src/main/java/vn/dondoc");

	/** Migration names whose first word is not the module's name. */
	private static final Map<String, String> ALIASES = Map.of("import", "importing", "report", "reporting",
			"department", "reporting");

	@Test
	void everyModuleNamesOnlyItsOwnTables() throws IOException {
		Map<String, String> owners = owners();
		assertThat(owners).containsEntry("task", "directive")
			.containsEntry("incoming_document", "intake")
			.containsEntry("read_file", "reading");
		Map<String, TreeSet<String>> found = new TreeMap<>();
		Map<String, TreeSet<String>> own = new TreeMap<>();
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
					if (owner != null && owner.equals(module)) {
						own.computeIfAbsent(module, (k) -> new TreeSet<>()).add(table);
					}
					else if (owner != null && !owner.equals("system")) {
						found.computeIfAbsent(module, (k) -> new TreeSet<>()).add(table + " (" + owner + ")");
					}
				}
			}
		}
		// The scan sees SQL where it is: each owner's own reads are found.
		assertThat(own.get("directive")).contains("task", "task_part", "directive", "confidential_report");
		assertThat(own.get("organisation")).contains("unit");
		assertThat(own.get("account")).contains("app_user", "app_user_role");
		assertThat(found).as("tables named outside the module that owns them").isEmpty();
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
