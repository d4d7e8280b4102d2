package vn.dondoc.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.dondoc.common.RuleViolation;

/**
 * What a password may not be, beside too short: one of the 10,000 most common passwords
 * (shipped in the jar, nothing asked of the internet), the account's name, or the
 * person's name — each refused with its reason beside the field.
 */
@Component
class PasswordPolicy {

	private static final String LIST = "/security/common-passwords.txt";

	private final Set<String> common;

	PasswordPolicy() {
		this.common = load();
	}

	/**
	 * @throws RuleViolation on {@code field} when the password is not acceptable
	 */
	void check(String password, String username, String fullName, String field) {
		if (password == null) {
			return;
		}
		String plain = fold(password);
		if (this.common.contains(password.toLowerCase(Locale.ROOT)) || this.common.contains(plain)) {
			throw new RuleViolation(field, "password.common");
		}
		if (username != null && !username.isBlank() && plain.contains(fold(username))) {
			throw new RuleViolation(field, "password.username");
		}
		if (fullName != null && !fullName.isBlank()) {
			String name = fold(fullName);
			boolean wholeName = plain.equals(name);
			boolean lastWord = false;
			String[] words = fullName.trim().split("\\s+");
			String given = fold(words[words.length - 1]);
			if (given.length() >= 3 && plain.replaceAll("[^a-z]", "").equals(given)) {
				lastWord = true;
			}
			if (wholeName || lastWord || (name.length() >= 6 && plain.contains(name))) {
				throw new RuleViolation(field, "password.name");
			}
		}
	}

	boolean isCommon(String password) {
		return this.common.contains(password.toLowerCase(Locale.ROOT));
	}

	/**
	 * Lower case, without diacritics (đ → d) or spaces: how a name is typed as a
	 * password.
	 */
	static String fold(String text) {
		String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.replace('đ', 'd');
		return decomposed.replaceAll("\\s+", "");
	}

	private static Set<String> load() {
		Set<String> passwords = new HashSet<>(16_384);
		try (InputStream in = PasswordPolicy.class.getResourceAsStream(LIST)) {
			if (in == null) {
				throw new IllegalStateException(LIST + " is missing from the jar");
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			String line;
			while ((line = reader.readLine()) != null) {
				if (!line.isEmpty() && !line.startsWith("#")) {
					passwords.add(line.toLowerCase(Locale.ROOT));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Set.copyOf(passwords);
	}

}
