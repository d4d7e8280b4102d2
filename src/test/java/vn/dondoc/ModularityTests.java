package vn.dondoc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The modules have no cycles, reach into each other only through their public API, and
 * each depends only on the modules its {@code package-info.java} allows
 * ({@code @ApplicationModule(allowedDependencies = …)}). The module diagrams and canvases
 * are written to {@code target/spring-modulith-docs} for the README's architecture
 * section.
 */
class ModularityTests {

	private static final ApplicationModules MODULES = ApplicationModules.of(DondocApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		MODULES.verify();
	}

	@Test
	void everyModuleDeclaresWhatItMayDependOn() throws IOException {
		try (Stream<Path> modules = Files.list(Path.of("src/main/java/vn/dondoc"))) {
			for (Path module : modules.filter(Files::isDirectory).toList()) {
				String info = Files.readString(module.resolve("package-info.java"));
				String name = module.getFileName().toString();
				if (name.equals("common")) {
					assertThat(info).as(name).contains("Type.OPEN");
				}
				else {
					assertThat(info).as(name).contains("allowedDependencies");
				}
			}
		}
	}

	@Test
	void theReadmeDiagramIsTheModulesAsTheyAre() throws IOException {
		String readme = Files.readString(Path.of("README.md"));
		String graph = readme.substring(readme.indexOf("```mermaid"),
				readme.indexOf("```", readme.indexOf("```mermaid") + 3));
		java.util.Set<String> drawn = new java.util.TreeSet<>();
		java.util.regex.Matcher edge = java.util.regex.Pattern.compile("(?m)^\\s*(\\w+) --> (\\w+)\\s*$")
			.matcher(graph);
		while (edge.find()) {
			drawn.add(edge.group(1) + " --> " + edge.group(2));
		}
		java.util.Set<String> actual = new java.util.TreeSet<>();
		MODULES.forEach((module) -> module.getDirectDependencies(MODULES)
			.stream()
			.map((dependency) -> dependency.getTargetModule().getIdentifier().toString())
			.filter((target) -> !target.equals("common"))
			.forEach((target) -> actual.add(module.getIdentifier() + " --> " + target)));
		assertThat(drawn).as("README's module diagram").isEqualTo(actual);
	}

	@Test
	void writesTheModuleDiagramsAndCanvases() throws IOException {
		Path docs = Path.of("target/spring-modulith-docs");
		new Documenter(MODULES, docs.toString()).writeDocumentation();
		assertThat(docs.resolve("components.puml")).exists();
		assertThat(docs.resolve("module-directive.puml")).exists();
		assertThat(docs.resolve("module-directive.adoc")).exists();
	}

}
