package vn.dondoc.common;

import java.text.Normalizer;

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

}
