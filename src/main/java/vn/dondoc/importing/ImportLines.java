package vn.dondoc.importing;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rows of an upload as kept between its preview and its import: JSON of each row's
 * number and cells (text, a day as {@code {"day": "2026-11-05"}}, or null) — what was
 * read and accepted, never the file itself.
 */
final class ImportLines {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private record Stored(int number, List<Object> cells) {
	}

	private ImportLines() {
	}

	static byte[] encode(List<SheetReader.Line> lines) {
		List<Stored> stored = new ArrayList<>();
		for (SheetReader.Line line : lines) {
			List<Object> cells = new ArrayList<>();
			for (Object cell : line.cells()) {
				cells.add((cell instanceof LocalDate day) ? java.util.Map.of("day", day.toString())
						: (cell != null) ? cell.toString() : null);
			}
			stored.add(new Stored(line.number(), cells));
		}
		return JSON.writeValueAsString(stored).getBytes(StandardCharsets.UTF_8);
	}

	static List<SheetReader.Line> decode(byte[] kept) {
		List<Stored> stored = JSON.readValue(new String(kept, StandardCharsets.UTF_8), new TypeReference<>() {
		});
		List<SheetReader.Line> lines = new ArrayList<>();
		for (Stored line : stored) {
			List<Object> cells = new ArrayList<>();
			for (Object cell : line.cells()) {
				cells
					.add((cell instanceof java.util.Map<?, ?> day) ? LocalDate.parse(day.get("day").toString()) : cell);
			}
			lines.add(new SheetReader.Line(line.number(), cells));
		}
		return lines;
	}

}
