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
	void readsTheWaysPeopleTypeTheSameDay() {
		LocalDate first = LocalDate.of(2026, 12, 1);
		for (String typed : new String[] { "1/12/2026", "01/12/2026", "01-12-2026", "01.12.2026", "01122026",
				"1 12 2026", "01,12,2026", "1 / 12 / 2026", "2026-12-01" }) {
			assertThat(DayParameter.parse(typed)).as(typed).isEqualTo(first);
		}
	}

	@Test
	void tellsADayThatDoesNotExistFromAShapeThatIsNoDay() {
		for (String missing : new String[] { "31/02/2027", "29/02/2027", "01/13/2027", "31042027", "00/01/2027" }) {
			assertThatExceptionOfType(DayParameter.NoSuchDay.class).as(missing)
				.isThrownBy(() -> DayParameter.parse(missing));
		}
		assertThatExceptionOfType(DayParameter.NoSuchDay.class).isThrownBy(() -> DayParameter.parse("31/2/2027"))
			.satisfies((ex) -> assertThat(ex.written()).isEqualTo("31/02/2027"));
	}

	@Test
	void refusesWhatIsNotADayOrCannotBeStored() {
		for (String bad : new String[] { "01/01/+9999999", "01/01/-2027", "01/01/1899", "01/01/2201", "1/1/27",
				"01/12-2026", "ngày 1", "0112026", "2027-1-1x" }) {
			assertThatExceptionOfType(DateTimeException.class).as(bad).isThrownBy(() -> DayParameter.parse(bad));
		}
		assertThatExceptionOfType(DateTimeException.class).isThrownBy(() -> DayParameter.parse("01/01/1899"))
			.isNotInstanceOf(DayParameter.NoSuchDay.class);
	}

}
