package vn.dondoc.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import vn.dondoc.account.Role;
import vn.dondoc.organisation.UnitKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text a person reads comes from the message bundles, in Vietnamese and in English:
 * no key missing from either file, no key used that does not exist, and no hard-coded
 * label in a template.
 */
class I18nTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Path SOURCES = Path.of("src/main/java");

	/** Attributes that a person reads or hears; they need their th: twin. */
	private static final List<String> READABLE_ATTRIBUTES = List.of("placeholder", "title", "aria-label", "alt");

	@Test
	void bothLanguagesHaveTheSameKeys() throws IOException {
		assertThat(load("messages_en.properties").stringPropertyNames())
			.containsExactlyInAnyOrderElementsOf(load("messages.properties").stringPropertyNames());
	}

	@Test
	void everyKeyUsedInTemplatesAndCodeExists() throws IOException {
		Set<String> used = new TreeSet<>();
		for (Path template : files(TEMPLATES, ".html")) {
			collect(Pattern.compile("#\\{([a-zA-Z0-9_.]+)[}(]"), Files.readString(template), used);
		}
		for (Path source : files(SOURCES, ".java")) {
			String code = Files.readString(source);
			collect(Pattern.compile("RuleViolation\\([^,]+,\\s*\"([^\"]+)\""), code, used);
			collect(Pattern.compile("addFlashAttribute\\(\"(?:success|error)\",\\s*\"([^\"]+)\""), code, used);
			collect(Pattern.compile("(?:reject|rejectValue)\\(\"([^\"]+)\"\\)"), code, used);
			collect(Pattern.compile("act\\([^;]*\"([a-z]+\\.[a-zA-Z.]+)\""), code, used);
			collect(Pattern.compile("messageKey\\(\\)\\s*\\{\\s*return\\s*\"([^\"]+)\""), code, used);
			// Audit actions are shown by their key.
			Matcher actions = Pattern.compile("record(?:Change|Event)\\((?:[^,\"]+,\\s*)?\"([A-Z_]+)\"").matcher(code);
			while (actions.find()) {
				used.add("audit.action." + actions.group(1));
			}
		}
		for (Role role : Role.values()) {
			used.add("role." + role);
		}
		for (UnitKind kind : UnitKind.values()) {
			used.add("unitKind." + kind);
		}
		assertThat(used).contains("unit.code.taken", "audit.action.LOGIN_FAILED", "user.deactivated");
		assertThat(load("messages.properties").stringPropertyNames()).containsAll(used);
	}

	@Test
	void templatesHaveNoHardCodedText() throws IOException {
		List<String> problems = new ArrayList<>();
		Pattern element = Pattern.compile("<([a-zA-Z][a-zA-Z0-9:-]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>([^<]*)");
		for (Path template : files(TEMPLATES, ".html")) {
			String html = Files.readString(template).replaceAll("(?s)<!--.*?-->", "");
			Matcher matcher = element.matcher(html);
			while (matcher.find()) {
				String tag = matcher.group(1);
				String attributes = matcher.group(2);
				String text = matcher.group(3).strip();
				// Text inside an element whose content Thymeleaf replaces is only a
				// design-time sample;
				// a language name written in its own language (lang="..") is meant to
				// stay as it is.
				boolean replaced = attributes.contains("th:text") || attributes.contains("th:utext")
						|| attributes.contains("th:errors") || attributes.contains("th:replace")
						|| attributes.contains(" lang=\"");
				if (!text.isEmpty() && text.codePoints().anyMatch(Character::isLetter) && !replaced
						&& !tag.equals("script") && !tag.equals("style")) {
					problems.add(template + ": <" + tag + "> " + text);
				}
				for (String attribute : READABLE_ATTRIBUTES) {
					if (Pattern.compile("(?<![:\\w-])" + attribute + "=\"").matcher(attributes).find()) {
						problems.add(template + ": <" + tag + "> " + attribute + " without th:" + attribute);
					}
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	private static void collect(Pattern pattern, String text, Set<String> into) {
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			into.add(matcher.group(1));
		}
	}

	private static List<Path> files(Path root, String suffix) throws IOException {
		try (Stream<Path> walk = Files.walk(root)) {
			return walk.filter((path) -> path.toString().endsWith(suffix)).toList();
		}
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(Path.of("src/main/resources", name))) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
