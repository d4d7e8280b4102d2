package vn.dondoc.api;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.dondoc.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Issue 33: the committed description ({@code src/main/openapi/dondoc-api.json}) is the
 * one the running application serves, so the contract an integrator builds against and
 * the behaviour cannot drift apart. After a deliberate change to the API, write it again
 * with {@code -Ddondoc.openapi.write=true} and commit it (Redocly's lint in
 * {@code .ci/run} checks the file).
 */
@IntegrationTest
class ApiContractIT {

	static final Path COMMITTED = Path.of("src", "main", "openapi", "dondoc-api.json");

	private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
		.enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

	@Autowired
	MockMvc mvc;

	@Test
	void theServedDescriptionIsTheCommittedOne() throws Exception {
		String served = normalised(this.mvc.perform(get("/v3/api-docs"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		if (Boolean.getBoolean("dondoc.openapi.write")) {
			Files.writeString(COMMITTED, served + "\n");
		}
		assertThat(Files.readString(COMMITTED).strip())
			.as("the live /v3/api-docs differs from %s: write it again (-Ddondoc.openapi.write=true)", COMMITTED)
			.isEqualTo(served.strip());

		JsonNode api = JSON.readTree(served);
		assertThat(api.at("/info/title").asText()).isEqualTo("Theo dõi nhiệm vụ – API");
		assertThat(api.at("/components/securitySchemes/bearerAuth/scheme").asText()).isEqualTo("bearer");
		List<String> operations = new ArrayList<>();
		api.get("paths").properties().forEach((path) -> path.getValue().properties().forEach((op) -> {
			JsonNode operation = op.getValue();
			operations.add(operation.get("operationId").asText());
			assertThat(operation.get("summary")).as("%s summary", op.getKey() + " " + path.getKey()).isNotNull();
			assertThat(operation.at("/responses/401/content/application~1problem+json")).isNotNull();
			assertThat(operation.get("description").asText()).contains("Quyền:");
		}));
		assertThat(operations).containsExactlyInAnyOrder("registerDirective", "getDirective", "getTask",
				"listTaskChanges", "receiveEdxml", "getIncoming", "listEdxmlStatus", "getEdxmlStatus", "readDocument");
	}

	/**
	 * The description as committed: its server is where it runs (the installation's
	 * address), so the file names the relative one.
	 */
	static String normalised(String served) throws Exception {
		ObjectNode api = (ObjectNode) JSON.readTree(served);
		((ObjectNode) api.get("servers").get(0)).put("url", "/");
		return JSON.writeValueAsString(JSON.treeToValue(api, Object.class));
	}

}
