package vn.dondoc.common;

import java.text.Normalizer;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A search box's text becomes the words the database indexes, without diacritics, and
 * nothing that could escape the SQL literal it is written into.
 */
class SearchWordsTests {

	@Test
	void vietnameseIsFoldedAsUnaccentFoldsIt() {
		assertThat(SearchWords.of("Quyết định ĐÔN ĐỐC")).containsExactly("quyet", "dinh", "don", "doc");
		assertThat(SearchWords.of("ưu tiên, ơn huệ; Đường")).containsExactly("uu", "tien", "on", "hue", "duong");
		assertThat(SearchWords.of(Normalizer.normalize("chuyển đổi số", Normalizer.Form.NFD))).containsExactly("chuyen",
				"doi", "so");
	}

	@Test
	void numbersAndSymbolsSplitIntoTheirParts() {
		assertThat(SearchWords.tsquery("1234/UBND-KTTH")).isEqualTo("1234 & ubnd & ktth:*");
	}

	@Test
	void nothingButLettersDigitsAndOperatorsReachesTheQuery() {
		String query = SearchWords.tsquery("x'); DROP TABLE task; -- \\ % _ :* & | !");
		assertThat(query).matches("[a-z0-9&:* ]+");
		assertThat(SearchWords.tsquery(" ... !! ")).isNull();
		assertThat(SearchWords.tsquery(null)).isNull();
		assertThat(SearchWords.of("a b c d e f g h i j k")).hasSize(8);
	}

	@Test
	void aResultMarksTheWordsThatMatchedInTheTextAsWritten() {
		List<SearchWords.Part> parts = SearchWords.marks("Đôn đốc việc chuyển đổi số, báo cáo ĐÔN ĐỐC", "don doc");
		assertThat(parts.stream().filter(SearchWords.Part::marked).map(SearchWords.Part::text)).containsExactly("Đôn",
				"đốc", "ĐÔN", "ĐỐC");
		assertThat(String.join("", parts.stream().map(SearchWords.Part::text).toList()))
			.isEqualTo("Đôn đốc việc chuyển đổi số, báo cáo ĐÔN ĐỐC");
		// At the start of a word only: "so" marks "sơ" and "số" (both fold to it), not
		// the end of "xso".
		assertThat(SearchWords.marks("hồ sơ xso số", "so").stream().filter(SearchWords.Part::marked).toList())
			.containsExactly(new SearchWords.Part("sơ", true), new SearchWords.Part("số", true));
		assertThat(SearchWords.matches("Kế hoạch", "quyet")).isFalse();
		assertThat(SearchWords.matches("Hồ", "ho chua")).isTrue();
		assertThat(SearchWords.matches("kế hoạch", "ho chua")).as("a word typed whole is matched whole").isFalse();
		assertThat(SearchWords.marks("Kế hoạch", null)).containsExactly(new SearchWords.Part("Kế hoạch", false));
	}

}
