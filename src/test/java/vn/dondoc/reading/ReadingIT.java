package vn.dondoc.reading;

import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import vn.dondoc.DemoUsers;
import vn.dondoc.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Issue 18 in the product: the API reads a PDF and answers its fields and tasks; the
 * registration form is filled from a Word file, each field read marked with its line, and
 * the file goes with the directive; a secret document is not read.
 */
@IntegrationTest
class ReadingIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	final ObjectMapper json = new ObjectMapper();

	String token(String name, String... scopes) throws Exception {
		return vn.dondoc.TestTokens.make(this.mvc, this.users, name, scopes);
	}

	MockHttpServletResponse api(String contentType, byte[] body, String token) throws Exception {
		var request = post("/api/v1/documents/read").contentType(contentType).content(body);
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return this.mvc.perform(request).andReturn().getResponse();
	}

	MockHttpServletResponse page(AbstractMockHttpServletRequestBuilder<?> request, String user) throws Exception {
		return this.mvc.perform(request.with(new DemoUsers(this.users).as(user))).andReturn().getResponse();
	}

	Corpus.Doc doc(String name) {
		return Corpus.all().stream().filter((d) -> d.name().equals(name)).findFirst().orElseThrow();
	}

	@Test
	void theApiReadsAPdfAndNeverGuesses() throws Exception {
		String token = token("Đọc văn bản", "DIRECTIVES_WRITE");
		MockHttpServletResponse read = api("application/pdf", Renderings.pdf(doc("cong-van-gia-lai")), token);
		assertThat(read.getStatus()).as(read.getContentAsString()).isEqualTo(200);
		JsonNode d = this.json.readTree(read.getContentAsString());
		assertThat(d.get("kind").asText()).isEqualTo("CONG_VAN");
		assertThat(d.get("numberSymbol").asText()).isEqualTo("2150/UBND-KGVX");
		assertThat(d.get("issueDate").asText()).isEqualTo("2026-11-16");
		assertThat(d.get("place").asText()).isEqualTo("Gia Lai");
		assertThat(d.get("issuerLine").asText()).isEqualTo("ỦY BAN NHÂN DÂN TỈNH GIA LAI");
		assertThat(d.get("signer").asText()).isEqualTo("Nguyễn Văn An");
		assertThat(d.get("signerCompetence").asText()).isEqualTo("KT. CHỦ TỊCH");
		assertThat(d.get("ocr").asBoolean()).isFalse();
		JsonNode first = d.get("tasks").get(0);
		assertThat(first.get("lead").asText()).isEqualTo("Sở Thông tin và Truyền thông");
		assertThat(first.get("coordinating").get(0).asText()).isEqualTo("Sở Tài chính");
		assertThat(first.get("deadline").asText()).isEqualTo("2026-12-31");
		assertThat(first.get("deadlineMeaning").asText()).isEqualTo("REPORT_UBND");
		// What is not printed is null.
		MockHttpServletResponse bare = api("text/plain;charset=UTF-8",
				"Kính gửi các sở, ban, ngành\nĐề nghị quan tâm.".getBytes(StandardCharsets.UTF_8), token);
		JsonNode nothing = this.json.readTree(bare.getContentAsString());
		assertThat(nothing.get("numberSymbol").isNull()).isTrue();
		assertThat(nothing.get("issueDate").isNull()).isTrue();
		assertThat(nothing.get("tasks")).isEmpty();

		MockHttpServletResponse secret = api("text/plain;charset=UTF-8",
				"ỦY BAN NHÂN DÂN\nTỈNH GIA LAI\nMẬT\nSố: 1/UBND-NC\n".getBytes(StandardCharsets.UTF_8), token);
		assertThat(secret.getStatus()).isEqualTo(422);
		MockHttpServletResponse exe = api("application/pdf", "MZ\u0090 không phải PDF".getBytes(StandardCharsets.UTF_8),
				token);
		assertThat(exe.getStatus()).isEqualTo(400);
		assertThat(exe.getContentAsString()).contains("\"field\":\"file\"");
		assertThat(api("application/pdf", Renderings.pdf(doc("cong-van-gia-lai")), token("Chỉ đọc", "TASKS_READ"))
			.getStatus()).isEqualTo(403);
	}

	@Test
	void theFormIsFilledFromAWordFileAndTheFileGoesWithTheDirective() throws Exception {
		Corpus.Doc doc = doc("chi-thi-dak-lak");
		byte[] docx = Renderings.docx(doc);
		MockHttpServletResponse filled = page(multipart("/directives/read")
			.file(new MockMultipartFile("document", "05-CT-UBND.docx",
					"application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx))
			.with(csrf()), "vanphong");
		assertThat(filled.getStatus()).isEqualTo(200);
		String form = filled.getContentAsString();
		assertThat(form).contains("value=\"05/CT-UBND\"", "value=\"22/04/2024\"", "value=\"Phạm Ngọc Nghị\"",
				"read-summary", "data-field=\"numberSymbol\"", "data-field=\"tasks[0]\"", "diễn tập ứng cứu sự cố",
				"value=\"31/10/2024\"", "name=\"readFile\"");
		assertThat(form).containsPattern("<option value=\"CHI_THI\" selected=\"selected\"");
		long kept = Long.parseLong(form.replaceAll("(?s).*name=\"readFile\" value=\"(\\d+)\".*", "$1"));
		assertThat(this.jdbc.sql("SELECT count(*) FROM read_file WHERE id = :id")
			.param("id", kept)
			.query(Long.class)
			.single()).isEqualTo(1);

		// Someone else cannot take the file kept for the clerk.
		long cntt = this.jdbc.sql("SELECT id FROM unit WHERE code = 'CNTT'").query(Long.class).single();
		var register = post("/directives").param("readFile", String.valueOf(kept))
			.param("readFileName", "05-CT-UBND.docx")
			.param("kind", "CHI_THI")
			.param("numberSymbol", "05/CT-UBND")
			.param("summary", "Về tăng cường công tác bảo đảm an toàn thông tin mạng trên địa bàn tỉnh")
			.param("issueDate", "22/04/2024")
			.param("issuer", "CHU_TICH_UBND_TINH")
			.param("receivedDate", "23/04/2024")
			.param("tasks[0].content", "Tổ chức diễn tập ứng cứu sự cố an toàn thông tin mạng")
			.param("tasks[0].deadline", "31/10/2024")
			.param("tasks[0].leadUnitId", String.valueOf(cntt));
		MockHttpServletResponse saved = page(register.with(csrf()), "vanphong");
		assertThat(saved.getStatus()).as(saved.getContentAsString()).isEqualTo(302);
		long directive = Long.parseLong(saved.getRedirectedUrl().replaceAll("\\D+", ""));
		assertThat(this.jdbc.sql("SELECT file_name FROM attachment WHERE directive_id = :d")
			.param("d", directive)
			.query(String.class)
			.list()).containsExactly("05-CT-UBND.docx");
		assertThat(this.jdbc.sql("SELECT count(*) FROM read_file WHERE id = :id")
			.param("id", kept)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aSecretDocumentIsRefusedBesideTheFileField() throws Exception {
		MockHttpServletResponse refused = page(multipart("/directives/read")
			.file(new MockMultipartFile("document", "mat.txt", "text/plain",
					"ỦY BAN NHÂN DÂN\nTỈNH GIA LAI\nTỐI MẬT\nSố: 2/UBND-NC\n".getBytes(StandardCharsets.UTF_8)))
			.with(csrf()), "vanphong");
		assertThat(refused.getStatus()).isEqualTo(200);
		assertThat(refused.getContentAsString()).contains("độ mật (TỐI MẬT)", "/directives/confidential/new")
			.doesNotContain("2/UBND-NC");
		assertThat(page(multipart("/directives/read").with(csrf()), "tp.cntt").getStatus()).isEqualTo(403);
	}

}
