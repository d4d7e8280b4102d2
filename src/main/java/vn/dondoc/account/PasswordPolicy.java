package vn.dondoc.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.DictionaryBuilder;
import me.gosimple.nbvcxz.scoring.Result;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

import vn.dondoc.common.RuleViolation;

/**
 * What a password may not be, beside too short: one of the 10,000 most common passwords
 * (shipped in the jar, nothing asked of the internet), the account's name, the person's
 * name, the product's or the organisation's name in any form, or easy to guess — a
 * strength estimate (zxcvbn's, nbvcxz, with Vietnamese words people build passwords from)
 * below 3 of 4, as "Matkhau@123" or "Hanoi@2026" — each refused with its reason beside
 * the field.
 */
@Component
class PasswordPolicy {

	private static final String LIST = "/security/common-passwords.txt";

	private static final String WORDS = "/security/vietnamese-words.txt";

	/** The product's names, folded. */
	private static final List<String> PRODUCT = List.of("dondoc", "theodoinhiemvu");

	/** The lowest estimate (0 to 4) accepted. */
	static final int MIN_SCORE = 3;

	private final Set<String> common;

	private final List<String> organisation;

	private final SingletonSupplier<Nbvcxz> estimator = SingletonSupplier.of(this::newEstimator);

	PasswordPolicy(@Value("${dondoc.organisation.name:}") String organisation,
			@Value("${dondoc.organisation.province:}") String province) {
		this.common = load();
		List<String> names = new ArrayList<>(PRODUCT);
		for (String name : List.of(organisation, province)) {
			String folded = fold(name);
			if (folded.length() >= 4) {
				names.add(folded);
			}
		}
		this.organisation = List.copyOf(names);
	}

	/**
	 * The estimator with its dictionaries, made at the first password checked rather than
	 * at start-up (loading the dictionaries takes a while).
	 */
	private Nbvcxz newEstimator() {
		List<me.gosimple.nbvcxz.resources.Dictionary> dictionaries = new ArrayList<>(
				ConfigurationBuilder.getDefaultDictionaries());
		DictionaryBuilder words = new DictionaryBuilder().setDictionaryName("vi").setExclusion(false);
		int rank = 1;
		for (String word : lines(WORDS)) {
			words.addWord(word, rank++);
		}
		for (String name : this.organisation) {
			words.addWord(name, rank++);
		}
		dictionaries.add(words.createDictionary());
		return new Nbvcxz(new ConfigurationBuilder().setDictionaries(dictionaries).createConfiguration());
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
		String letters = unleet(plain).replaceAll("[^a-z]", "");
		if (this.organisation.stream().anyMatch(letters::contains)) {
			throw new RuleViolation(field, "password.organisation");
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
		checkStrength(password, field);
	}

	/**
	 * Refuses a password estimated easy to guess: checked last, after the reasons that
	 * can be named (the person's own names among them).
	 */
	private void checkStrength(String password, String field) {
		Result result = this.estimator.obtain().estimate(password);
		if (result.getBasicScore() < MIN_SCORE) {
			throw new RuleViolation(field, "password.weak");
		}
	}

	/** Digits and symbols read as the letters they stand for: P@ssw0rd as password. */
	static String unleet(String text) {
		return text.replace('@', 'a')
			.replace('4', 'a')
			.replace('0', 'o')
			.replace('1', 'i')
			.replace('3', 'e')
			.replace('$', 's')
			.replace('5', 's')
			.replace('7', 't');
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
		for (String line : lines(LIST)) {
			passwords.add(line.toLowerCase(Locale.ROOT));
		}
		return Set.copyOf(passwords);
	}

	/** The lines of a list in the jar, without blank lines and comments. */
	private static List<String> lines(String resource) {
		List<String> lines = new ArrayList<>();
		try (InputStream in = PasswordPolicy.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException(resource + " is missing from the jar");
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			String line;
			while ((line = reader.readLine()) != null) {
				if (!line.isEmpty() && !line.startsWith("#")) {
					lines.add(line.strip());
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return lines;
	}

}
