package vn.dondoc.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.openqa.selenium.JavascriptExecutor;

/**
 * WCAG 2.1 A and AA, checked by axe-core (npm) in every page the browser journeys reach,
 * with two of its best practices: headings in order, no empty table header. The script is
 * read from the disk, never from the internet: {@code .ci/run} unpacks the npm package
 * into {@code .cache/}; on a developer's machine with npm the first check does it.
 */
final class Accessibility {

	static final String VERSION = "4.14.1";

	private static final Path SCRIPT = Path.of(".cache", "axe-core-" + VERSION, "package", "axe.min.js");

	/** Every page checked in this JVM, by its path pattern, with its violations. */
	static final Map<String, List<String>> CHECKED = new ConcurrentHashMap<>();

	private static String source;

	private Accessibility() {
	}

	static synchronized String source() throws IOException, InterruptedException {
		if (source == null) {
			if (!Files.isReadable(SCRIPT)) {
				unpack();
			}
			source = Files.readString(SCRIPT);
		}
		return source;
	}

	/**
	 * The violations of the page now shown: rule, impact, how many elements and the first
	 * of them.
	 */
	@SuppressWarnings("unchecked")
	static List<String> violations(JavascriptExecutor page) throws IOException, InterruptedException {
		if (!Boolean.TRUE.equals(page.executeScript("return typeof axe !== 'undefined';"))) {
			page.executeScript(source());
		}
		Object result = page.executeAsyncScript(
				"""
						var done = arguments[arguments.length - 1];
						axe.run(document, { iframes: false, runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
						    rules: { 'heading-order': { enabled: true }, 'empty-table-header': { enabled: true } } })
						  .then(function (r) {
						    done(r.violations.map(function (v) {
						      return v.id + ' (' + v.impact + ', ' + v.nodes.length + ' elements: '
						        + v.nodes.slice(0, 3).map(function (n) { return n.target.join(' '); }).join(' | ')
						        + (v.nodes[0] && v.nodes[0].any[0] ? '; ' + v.nodes[0].any[0].message : '') + ')';
						    }));
						  })
						  .catch(function (e) { done(['axe failed: ' + e]); });
						""");
		return new ArrayList<>((List<String>) result);
	}

	/** The page's path as a pattern: numbers stand for any id, the query is left out. */
	static String pattern(String path) {
		String bare = path.replaceFirst("[?#].*", "");
		return bare.replaceAll("/\\d+(?=/|$)", "/{id}");
	}

	private static void unpack() throws IOException, InterruptedException {
		Path dir = SCRIPT.getParent().getParent();
		Files.createDirectories(dir);
		Process pack = new ProcessBuilder("sh", "-c", "npm pack --silent axe-core@" + VERSION + " && tar -xzf axe-core-"
				+ VERSION + ".tgz && rm axe-core-" + VERSION + ".tgz")
			.directory(dir.toFile())
			.redirectErrorStream(true)
			.start();
		String output = new String(pack.getInputStream().readAllBytes());
		if (!pack.waitFor(120, TimeUnit.SECONDS) || pack.exitValue() != 0 || !Files.isReadable(SCRIPT)) {
			throw new IllegalStateException("axe-core " + VERSION + " is not in " + SCRIPT.toAbsolutePath()
					+ " and npm could not fetch it (.ci/run does): " + output);
		}
	}

}
