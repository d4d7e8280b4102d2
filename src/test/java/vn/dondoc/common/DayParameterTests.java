package vn.dondoc.common;

import java.time.DateTimeException;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class DayParameterTests {

	@Test
	void readsADayWrittenTheVietnameseWay() {
		assertThat(DayParameter.parse(" 29/02/2028 ")).isEqualTo(LocalDate.of(2028, 2, 29));
		assertThat(DayParameter.parse("")).isNull();
		assertThat(DayParameter.parse(null)).isNull();
	}

	@Test
	void refusesWhatIsNotADayOrCannotBeStored() {
		for (String bad : new String[] { "31/02/2027", "29/02/2027", "2027-01-01", "1/1/2027", "01/01/+9999999",
				"01/01/-2027", "01/01/1899", "01/01/2201", "01/13/2027" }) {
			assertThatExceptionOfType(DateTimeException.class).as(bad).isThrownBy(() -> DayParameter.parse(bad));
		}
	}

}
