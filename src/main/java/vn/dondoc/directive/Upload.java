package vn.dondoc.directive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.web.multipart.MultipartFile;

/**
 * A file as it arrived from a form or the API, not yet checked.
 */
public record Upload(String fileName, byte[] content) {

	/**
	 * The files of a form, without the empty part a browser sends when none was chosen.
	 */
	static List<Upload> from(List<MultipartFile> files) {
		List<Upload> uploads = new ArrayList<>();
		for (MultipartFile file : files) {
			if (file != null && (!file.isEmpty() || hasName(file))) {
				try {
					uploads.add(new Upload(name(file.getOriginalFilename()), file.getBytes()));
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}
		}
		return uploads;
	}

	/**
	 * A file's name as it can be stored and shown: no control character (a NUL is refused
	 * by PostgreSQL and once made a 500), no line break, no path.
	 */
	public static String name(String original) {
		String name = vn.dondoc.common.Texts.clean((original != null) ? original.replaceAll("[\\r\\n\\t]", " ") : null);
		if (name == null) {
			return null;
		}
		int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
		return (slash >= 0) ? name.substring(slash + 1) : name;
	}

	private static boolean hasName(MultipartFile file) {
		return file.getOriginalFilename() != null && !file.getOriginalFilename().isBlank();
	}

}
