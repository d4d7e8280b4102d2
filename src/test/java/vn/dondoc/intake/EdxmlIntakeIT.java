package vn.dondoc.intake;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.dondoc.DemoUsers;
import vn.dondoc.IntegrationTest;
import vn.dondoc.account.Actor;
import vn.dondoc.directive.Fixtures;
import vn.dondoc.directive.TaskWorkflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Issue 17: a directive that arrives by itself. A package is received through the API,
 * fills the registration form, is registered with three tasks, and its issuer reads the
 * status messages 01, 03, 04, 05, 06 — each once, in order — back as XML. A second
 * arrival is a 409, a recall withdraws, a confidential package leaves no content in any
 * table, hostile packages are refused and change nothing.
 */
@IntegrationTest
class EdxmlIntakeIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TaskWorkflow workflow;

	@Autowired
	StatusDelivery delivery;

	@Autowired
	vn.dondoc.common.MovableClock clock;

	@org.junit.jupiter.api.AfterEach
	void resetClock() {
		this.clock.reset();
	}

	final ObjectMapper json = new ObjectMapper();

	DemoUsers demo() {
		return new DemoUsers(this.users);
	}

	String token(String name, String... scopes) throws Exception {
		return vn.dondoc.TestTokens.make(this.mvc, this.users, name, scopes);
	}

	MockHttpServletResponse call(MockHttpServletRequestBuilder request, String token) throws Exception {
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return this.mvc.perform(request).andReturn().getResponse();
	}

	MockHttpServletResponse send(byte[] xml, String token) throws Exception {
		return call(post("/api/v1/edxml").contentType(MediaType.APPLICATION_XML).content(xml), token);
	}

	MockHttpServletResponse page(
			org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder<?> request, String user)
			throws Exception {
		return this.mvc.perform(request.with(demo().as(user))).andReturn().getResponse();
	}

	long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

	long id(MockHttpServletResponse response) {
		String location = response.getHeader("Location");
		assertThat(location).matches("/api/v1/edxml/\\d+");
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	List<String> codes(long incoming) {
		return this.jdbc.sql("SELECT code FROM edxml_status WHERE incoming_id = :id ORDER BY id")
			.param("id", incoming)
			.query(String.class)
			.list()
			.stream()
			.map(String::strip)
			.toList();
	}

	@Test
	void anArrivedDocumentIsRegisteredAndItsIssuerFollowsItToTheEnd() throws Exception {
		String system = token("QLVB edXML", "DIRECTIVES_WRITE", "DIRECTIVES_READ");
		long cursor = count("SELECT coalesce(max(id), 0) FROM edxml_status");
		Packages pkg = Packages.congVan("4101")
			.nfd()
			.priority(3)
			.subject("V/v triển khai nền tảng số dùng chung năm 2027")
			.file("4101-UBND-KGVX.pdf", "application/pdf", Packages.PDF)
			.file("phu-luc.png", "image/png", Packages.PNG);

		MockHttpServletResponse created = send(pkg.bytes(), system);
		assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
		long incoming = id(created);
		JsonNode arrived = this.json.readTree(created.getContentAsString());
		assertThat(arrived.get("state").asText()).isEqualTo("ARRIVED");
		assertThat(arrived.get("subject").asText()).isEqualTo("V/v triển khai nền tảng số dùng chung năm 2027");
		assertThat(arrived.get("priority").asInt()).isEqualTo(3);
		assertThat(codes(incoming)).containsExactly("01");
		assertThat(count("SELECT count(*) FROM incoming_file WHERE incoming_id = " + incoming)).isEqualTo(2);
		assertThat(count("SELECT package_size FROM incoming_document WHERE id = " + incoming))
			.isEqualTo(pkg.bytes().length);

		// The office sees it first in its list, with its priority, and opens the form
		// filled from the package with the PDF beside it.
		String list = page(get("/directives/incoming"), "vanphong").getContentAsString();
		assertThat(list).contains("4101/UBND-KGVX", "Hỏa tốc", "Chờ vào sổ");
		String form = page(get("/directives/new").param("incoming", String.valueOf(incoming)), "vanphong")
			.getContentAsString();
		// (Thymeleaf writes "ù" in a textarea as &ugrave;.)
		assertThat(form).contains("value=\"4101/UBND-KGVX\"", "V/v triển khai nền tảng số d", "value=\"16/11/2026\"",
				"value=\"Nguyễn Văn An\"", "KT. CHỦ TỊCH", "<iframe", "/directives/incoming/" + incoming + "/files/",
				"name=\"incoming\"");
		assertThat(form).containsPattern("<option value=\"CONG_VAN\" selected=\"selected\"")
			.containsPattern("<option value=\"PHO_CHU_TICH\" selected=\"selected\"");
		MockHttpServletResponse pdf = page(
				get(form.replaceAll("(?s).*<iframe[^>]*src=\"([^\"]+)\".*", "$1").replace("&amp;", "&")), "vanphong");
		assertThat(pdf.getContentType()).isEqualTo("application/pdf");
		assertThat(pdf.getHeader("Content-Disposition")).startsWith("inline");
		assertThat(pdf.getContentAsByteArray()).isEqualTo(Packages.PDF);

		// Registered with three tasks: the files become the directive's.
		Map<String, Long> units = Map.of("CNTT", unit("CNTT"), "TTBCXB", unit("TTBCXB"));
		MockHttpServletRequestBuilder register = post("/directives").param("incoming", String.valueOf(incoming))
			.param("kind", "CONG_VAN")
			.param("numberSymbol", "4101/UBND-KGVX")
			.param("summary", "V/v triển khai nền tảng số dùng chung năm 2027")
			.param("issueDate", "16/11/2026")
			.param("issuer", "UBND_TINH")
			.param("signer", "Nguyễn Văn An")
			.param("signerPosition", "PHO_CHU_TICH")
			.param("receivedDate", "18/11/2026");
		String[] leads = { "CNTT", "TTBCXB", "CNTT" };
		for (int i = 0; i < 3; i++) {
			register.param("tasks[" + i + "].content", "Nhiệm vụ " + (i + 1) + " của nền tảng số")
				.param("tasks[" + i + "].deadline", "15/12/2026")
				.param("tasks[" + i + "].leadUnitId", String.valueOf(units.get(leads[i])));
		}
		MockHttpServletResponse saved = page(register.with(csrf()), "vanphong");
		assertThat(saved.getStatus()).as(saved.getContentAsString()).isEqualTo(302);
		long directive = Long.parseLong(saved.getRedirectedUrl().replaceAll("\\D+", ""));
		assertThat(count("SELECT count(*) FROM attachment WHERE directive_id = " + directive)).isEqualTo(2);
		assertThat(count("SELECT directive_id FROM incoming_document WHERE id = " + incoming)).isEqualTo(directive);
		assertThat(codes(incoming)).containsExactly("01", "03");
		// Registered once: the form cannot take it again.
		MockHttpServletResponse twice = page(register.with(csrf()), "vanphong");
		assertThat(twice.getStatus()).isEqualTo(200);
		assertThat(twice.getContentAsString()).contains("duplicate-warning");
		assertThat(count(
				"SELECT count(*) FROM directive WHERE id > " + directive + " AND number_symbol = '4101/UBND-KGVX'"))
			.isZero();

		// Forwarded, worked on, done: 04, 05, 06 once each.
		Actor office = Fixtures.actor(this.users, "vanphong");
		List<long[]> tasks = tasks(directive);
		for (long[] task : tasks) {
			this.workflow.forward(office, task[0], task[1]);
		}
		assertThat(codes(incoming)).containsExactly("01", "03", "04");
		String[] heads = { "tp.cntt", "tp.ttbcxb", "tp.cntt" };
		for (int i = 0; i < 3; i++) {
			long task = tasks.get(i)[0];
			this.workflow.accept(headOf(leads[i], heads[i]), task, version(task), null);
		}
		assertThat(codes(incoming)).containsExactly("01", "03", "04");
		long first = tasks.get(0)[0];
		this.workflow.progress(Fixtures.actor(this.users, "tp.cntt"), first, version(first), "Đã khảo sát", null, null,
				List.of());
		this.workflow.progress(Fixtures.actor(this.users, "tp.cntt"), first, version(first), "Đang xây dựng", null,
				null, List.of());
		assertThat(codes(incoming)).containsExactly("01", "03", "04", "05");
		this.workflow.complete(Fixtures.actor(this.users, "tp.cntt"), first, version(first),
				"Đã ban hành Kế hoạch số 125/KH-STTTT", java.time.LocalDate.of(2026, 11, 18),
				List.of(new vn.dondoc.directive.Upload("bao-cao-ket-qua.pdf", Packages.PDF)));
		assertThat(codes(incoming)).containsExactly("01", "03", "04", "05");
		for (int i = 1; i < 3; i++) {
			long task = tasks.get(i)[0];
			Actor head = headOf(leads[i], heads[i]);
			this.workflow.complete(head, task, version(task), "Đã xong", java.time.LocalDate.of(2026, 11, 18),
					List.of());
		}
		assertThat(codes(incoming)).containsExactly("01", "03", "04", "05", "06");

		// The issuer reads them from the feed, in order, and each as XML.
		MockHttpServletResponse feed = call(get("/api/v1/edxml/status").param("since", String.valueOf(cursor)), system);
		assertThat(feed.getStatus()).isEqualTo(200);
		JsonNode statuses = this.json.readTree(feed.getContentAsString()).get("statuses");
		List<String> ours = new ArrayList<>();
		for (JsonNode status : statuses) {
			if (status.get("incomingId").asLong() != incoming) {
				continue;
			}
			String code = status.get("code").asText();
			ours.add(code);
			MockHttpServletResponse xml = call(get(status.get("xml").asText()), system);
			assertThat(xml.getStatus()).isEqualTo(200);
			assertThat(xml.getContentType()).startsWith("application/xml");
			Document doc = parse(xml.getContentAsByteArray());
			Element root = doc.getDocumentElement();
			assertThat(root.getNamespaceURI()).isEqualTo("http://www.mic.gov.vn/TBT/QCVN_102_2016");
			assertThat(root.getLocalName()).isEqualTo("edXMLEnvelope");
			assertThat(root.getPrefix()).isEqualTo("edXML");
			assertThat(text(doc, "ResponseFor", "OrganId")).isEqualTo("000.00.00.H21");
			assertThat(text(doc, "ResponseFor", "Code")).isEqualTo("4101/UBND-KGVX");
			assertThat(text(doc, "ResponseFor", "PromulgationDate")).isEqualTo("2026/11/16");
			assertThat(text(doc, "ResponseFor", "DocumentId")).isEqualTo(pkg.documentId());
			assertThat(text(doc, "From", "OrganName")).isEqualTo("Sở Thông tin và Truyền thông");
			assertThat(text(doc, "Status", "StatusCode")).isEqualTo(code);
			assertThat(text(doc, "Status", "Description")).isEqualTo(status.get("description").asText()).isNotBlank();
			assertThat(text(doc, "Status", "Timestamp")).matches("\\d{4}/\\d{2}/\\d{2} \\d{2}:\\d{2}:\\d{2}");
		}
		assertThat(ours).containsExactly("01", "03", "04", "05", "06");
		JsonNode read = this.json.readTree(call(get("/api/v1/edxml/" + incoming), system).getContentAsString());
		assertThat(read.get("state").asText()).isEqualTo("REGISTERED");
		assertThat(read.get("directive").asText()).isEqualTo("/api/v1/directives/" + directive);

		// The result goes back as an edXML package answering the directive.
		MockHttpServletResponse reply = page(get("/directives/incoming/reply").param("task", String.valueOf(first))
			.param("number", "125/BC-STTTT")
			.param("date", "19/11/2026"), "vanphong");
		assertThat(reply.getStatus()).as(reply.getContentAsString()).isEqualTo(200);
		assertThat(reply.getContentType()).startsWith("application/xml");
		Document answer = parse(reply.getContentAsByteArray());
		assertThat(text(answer, "From", "OrganName")).isEqualTo("Sở Thông tin và Truyền thông");
		assertThat(text(answer, "To", "OrganId")).isEqualTo("000.00.00.H21");
		assertThat(text(answer, "Code", "CodeNumber")).isEqualTo("125");
		assertThat(text(answer, "Code", "CodeNotation")).isEqualTo("BC-STTTT");
		assertThat(text(answer, "PromulgationInfo", "PromulgationDate")).isEqualTo("2026/11/19");
		assertThat(text(answer, "MessageHeader", "Content")).isEqualTo("Đã ban hành Kế hoạch số 125/KH-STTTT");
		assertThat(text(answer, "ResponseFor", "Code")).isEqualTo("4101/UBND-KGVX");
		assertThat(text(answer, "ResponseFor", "DocumentId")).isEqualTo(pkg.documentId());
		assertThat(text(answer, "Attachment", "AttachmentName")).isEqualTo("bao-cao-ket-qua.pdf");
		assertThat(java.util.Base64.getMimeDecoder().decode(text(answer, "Attachment", "ContentTransferEncoded")))
			.isEqualTo(Packages.PDF);
		// Our own reader takes it back: it is a well-formed package.
		EdxmlPackage readBack = new EdxmlReader(java.nio.file.Files.createTempDirectory("reply"))
			.read(new ByteArrayInputStream(reply.getContentAsByteArray()));
		assertThat(readBack.numberSymbol()).isEqualTo("125/BC-STTTT");
		assertThat(readBack.attachments()).hasSize(1);
		MockHttpServletResponse noNumber = page(
				get("/directives/incoming/reply").param("task", String.valueOf(first)).param("number", "125"),
				"vanphong");
		assertThat(noNumber.getRedirectedUrl()).isEqualTo("/tasks/" + first);
		assertThat(page(get("/tasks/" + first), "vanphong").getContentAsString()).contains("reply-form");

		// The office's page of the document lists the statuses sent.
		String shown = page(get("/directives/incoming/" + incoming), "vanphong").getContentAsString();
		assertThat(shown).contains("Đã vào sổ", "data-code=\"06\"", "/directives/" + directive);
	}

	@Test
	void aDocumentArrivesOnce() throws Exception {
		String system = token("QLVB trùng", "DIRECTIVES_WRITE");
		Packages pkg = Packages.congVan("4102").prefix("").file("cv.pdf", "application/pdf", Packages.PDF);
		MockHttpServletResponse first = send(pkg.bytes(), system);
		assertThat(first.getStatus()).as(first.getContentAsString()).isEqualTo(201);
		String location = first.getHeader("Location");
		MockHttpServletResponse again = send(pkg.bytes(), system);
		assertThat(again.getStatus()).isEqualTo(409);
		assertThat(again.getHeader("Location")).isEqualTo(location);
		assertThat(again.getContentAsString()).contains("\"existing\":\"" + location + "\"");
		// Another DocumentId, same issuer, number and year: the same document.
		MockHttpServletResponse renamed = send(
				Packages.congVan("4102").notation("ubnd-kgvx").documentId("khac-4102").bytes(), system);
		assertThat(renamed.getStatus()).isEqualTo(409);
		assertThat(renamed.getHeader("Location")).isEqualTo(location);
		assertThat(count("SELECT count(*) FROM incoming_document WHERE number_key = '4102/UBND-KGVX'")).isEqualTo(1);
	}

	@Test
	void aRecallWithdrawsWhatIsNotRegisteredAndFlagsWhatIs() throws Exception {
		String system = token("QLVB thu hồi", "DIRECTIVES_WRITE");
		Packages pkg = Packages.congVan("4103").file("cv.pdf", "application/pdf", Packages.PDF);
		long incoming = id(send(pkg.bytes(), system));
		MockHttpServletResponse recall = send(
				Packages.congVan("4103-TH").recall(pkg.documentId(), "Ban hành nhầm").bytes(), system);
		assertThat(recall.getStatus()).as(recall.getContentAsString()).isEqualTo(200);
		assertThat(recall.getHeader("Location")).isEqualTo("/api/v1/edxml/" + incoming);
		assertThat(recall.getContentAsString()).contains("\"state\":\"WITHDRAWN\"");
		assertThat(codes(incoming)).containsExactly("01", "13");
		// Withdrawn: it cannot be registered any more.
		assertThat(
				page(get("/directives/new").param("incoming", String.valueOf(incoming)), "vanphong").getRedirectedUrl())
			.isEqualTo("/directives/incoming/" + incoming);
		assertThat(page(get("/directives/incoming/" + incoming), "vanphong").getContentAsString())
			.contains("Đã thu hồi", "Ban hành nhầm");
		// A recall of a document nobody sent: 400 naming Bussiness.
		MockHttpServletResponse unknown = send(Packages.congVan("4199").recall("khong-co", "x").bytes(), system);
		assertThat(unknown.getStatus()).isEqualTo(400);
		assertThat(unknown.getContentAsString()).contains("\"field\":\"Bussiness\"");
	}

	@Test
	void anUpdateOrReplacementWaitsForTheOfficeAndARecallFlagsARegisteredDocument() throws Exception {
		String system = token("QLVB cập nhật", "DIRECTIVES_WRITE");
		Packages original = Packages.congVan("4113").file("cv.pdf", "application/pdf", Packages.PDF);
		long first = id(send(original.bytes(), system));
		MockHttpServletResponse updated = send(Packages.congVan("4113")
			.documentId(original.documentId() + ",u1")
			.business(2, original.documentId())
			.subject("V/v triển khai chuyển đổi số năm 2027 (cập nhật thời hạn)")
			.file("cv-cap-nhat.pdf", "application/pdf", Packages.PDF)
			.bytes(), system);
		assertThat(updated.getStatus()).as(updated.getContentAsString()).isEqualTo(201);
		long update = id(updated);
		assertThat(updated.getContentAsString()).contains("\"business\":2",
				"\"replaces\":\"/api/v1/edxml/" + first + "\"");
		String page = page(get("/directives/incoming/" + update), "vanphong").getContentAsString();
		assertThat(page).contains("Bản cập nhật", "accept-version", "decline-version", "/directives/incoming/" + first)
			.doesNotContain("register-incoming");
		assertThat(page(post("/directives/incoming/" + update + "/version").param("version", "0")
			.param("accept", "true")
			.with(csrf()), "vanphong").getStatus()).isEqualTo(302);
		assertThat(codes(update)).containsExactly("01", "15");
		long replacement = id(send(Packages.congVan("4113")
			.documentId(original.documentId() + ",r1")
			.business(3, original.documentId())
			.bytes(), system));
		page(post("/directives/incoming/" + replacement + "/version").param("version", "0")
			.param("accept", "false")
			.with(csrf()), "vanphong");
		assertThat(codes(replacement)).containsExactly("01", "16");

		// Registered, then recalled: the office is shown the recall on both pages.
		MockHttpServletRequestBuilder register = post("/directives").param("incoming", String.valueOf(first))
			.param("kind", "CONG_VAN")
			.param("numberSymbol", "4113/UBND-KGVX")
			.param("summary", "V/v triển khai chuyển đổi số năm 2027")
			.param("issueDate", "16/11/2026")
			.param("issuer", "UBND_TINH")
			.param("receivedDate", "18/11/2026")
			.param("tasks[0].content", "Triển khai chuyển đổi số")
			.param("tasks[0].deadline", "15/12/2026")
			.param("tasks[0].leadUnitId", String.valueOf(unit("CNTT")));
		assertThat(page(register.with(csrf()), "vanphong").getStatus()).isEqualTo(302);
		MockHttpServletResponse recall = send(
				Packages.congVan("4113").recall(original.documentId(), "Thay bằng văn bản khác").bytes(), system);
		assertThat(recall.getStatus()).isEqualTo(200);
		assertThat(recall.getContentAsString()).contains("\"state\":\"REGISTERED\"", "\"recalledAt\"");
		assertThat(codes(first)).containsExactly("01", "03");
		assertThat(page(get("/directives/incoming/" + first), "vanphong").getContentAsString())
			.contains("id=\"recall\"", "Thay bằng văn bản khác", "Mở văn bản đã vào sổ để xử lý");
	}

	@Test
	void aConfidentialDocumentIsRefusedAndNothingOfItIsKept() throws Exception {
		String system = token("QLVB mật", "DIRECTIVES_WRITE");
		String subject = "Về phương án bảo vệ bí mật XK-CONFIDENTIAL-4104";
		byte[] secret = ("%PDF-1.7\n% noi dung mat XK-SECRET-BYTES-4104\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
		Packages pkg = Packages.congVan("4104")
			.secret("Mật")
			.subject(subject)
			.file("mat.pdf", "application/pdf", secret);
		MockHttpServletResponse refused = send(pkg.bytes(), system);
		assertThat(refused.getStatus()).as(refused.getContentAsString()).isEqualTo(422);
		long incoming = id(refused);
		assertThat(codes(incoming)).containsExactly("02");
		assertThat(count("SELECT count(*) FROM incoming_file WHERE incoming_id = " + incoming)).isZero();
		// Neither its summary nor its file's bytes are anywhere in the database.
		String hex = HexFormat.of().formatHex("XK-SECRET-BYTES-4104".getBytes(StandardCharsets.UTF_8));
		List<String> tables = this.jdbc.sql(
				"SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'")
			.query(String.class)
			.list();
		for (String table : tables) {
			long found = this.jdbc
				.sql("SELECT count(*) FROM \"" + table + "\" t WHERE t::text LIKE :subject OR t::text LIKE :hex")
				.param("subject", "%XK-CONFIDENTIAL-4104%")
				.param("hex", "%" + hex + "%")
				.query(Long.class)
				.single();
			assertThat(found).as(table).isZero();
		}
		String shown = page(get("/directives/incoming/" + incoming), "vanphong").getContentAsString();
		assertThat(shown).contains("Văn bản mật", "/directives/confidential/new");
	}

	@Test
	void theOfficeFindsADocumentSecretAndNothingOfItStays() throws Exception {
		String system = token("QLVB dấu mật", "DIRECTIVES_WRITE");
		byte[] stamped = ("%PDF-1.7\n% TUYET MAT XK-STAMPED-4114\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
		long incoming = id(send(Packages.congVan("4114")
			.subject("Về phương án XK-STAMPED-SUBJECT-4114")
			.file("mat.pdf", "application/pdf", stamped)
			.bytes(), system));
		MockHttpServletResponse marked = page(
				post("/directives/incoming/" + incoming + "/secret").param("version", "0").with(csrf()), "vanphong");
		assertThat(marked.getStatus()).isEqualTo(302);
		assertThat(codes(incoming)).containsExactly("01", "02");
		String hex = HexFormat.of().formatHex("XK-STAMPED-4114".getBytes(StandardCharsets.UTF_8));
		for (String table : List.of("incoming_document", "incoming_file", "edxml_status", "audit_event")) {
			assertThat(this.jdbc
				.sql("SELECT count(*) FROM " + table + " t WHERE t::text LIKE :subject OR t::text LIKE :hex")
				.param("subject", "%XK-STAMPED-SUBJECT-4114%")
				.param("hex", "%" + hex + "%")
				.query(Long.class)
				.single()).as(table).isZero();
		}
		assertThat(page(get("/directives/incoming/" + incoming), "vanphong").getContentAsString())
			.contains("Văn bản mật – đã từ chối", "/directives/confidential/new");
	}

	@Test
	void hostileOrBrokenPackagesAreRefusedNamingWhatIsWrongAndChangeNothing() throws Exception {
		String system = token("QLVB xấu", "DIRECTIVES_WRITE");
		long before = count("SELECT count(*) FROM incoming_document") + count("SELECT count(*) FROM edxml_status");
		String xxe = """
				<?xml version="1.0"?>
				<!DOCTYPE edXMLEnvelope [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
				<edXMLEnvelope xmlns="http://www.mic.gov.vn/TBT/QCVN_102_2016"><Subject>&xxe;</Subject></edXMLEnvelope>
				""";
		String laughs = """
				<?xml version="1.0"?>
				<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
				<!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">]>
				<lolz>&lol2;</lolz>
				""";
		for (String hostile : new String[] { xxe, laughs }) {
			MockHttpServletResponse response = send(hostile.getBytes(StandardCharsets.UTF_8), system);
			assertThat(response.getStatus()).isEqualTo(400);
			assertThat(response.getContentAsString()).doesNotContain("root:");
		}
		MockHttpServletResponse base64 = send(
				Packages.congVan("4105").rawFile("cv.pdf", "application/pdf", "JVBERi0x*&^%$").bytes(), system);
		assertThat(base64.getStatus()).isEqualTo(400);
		assertThat(base64.getContentAsString()).contains("\"field\":\"ContentTransferEncoded\"", "cv.pdf");
		MockHttpServletResponse noCode = send(Packages.congVan("4106")
			.xml()
			.replaceAll("<edXML:Code>.*?</edXML:Code>", "")
			.getBytes(StandardCharsets.UTF_8), system);
		assertThat(noCode.getStatus()).isEqualTo(400);
		assertThat(noCode.getContentAsString()).contains("\"field\":\"Code\"");
		MockHttpServletResponse noFrom = send(Packages.congVan("4107")
			.xml()
			.replaceAll("<edXML:From>.*?</edXML:From>", "")
			.getBytes(StandardCharsets.UTF_8), system);
		assertThat(noFrom.getStatus()).isEqualTo(400);
		assertThat(noFrom.getContentAsString()).contains("\"field\":\"From\"");
		MockHttpServletResponse mismatch = send(
				Packages.congVan("4108").file("anh.pdf", "application/pdf", Packages.PNG).bytes(), system);
		assertThat(mismatch.getStatus()).isEqualTo(400);
		assertThat(mismatch.getContentAsString()).contains("\"field\":\"ContentType\"", "anh.pdf");
		MockHttpServletResponse executable = send(
				Packages.congVan("4109").file("setup.exe", "application/pdf", "MZ\u0090\u0000".getBytes()).bytes(),
				system);
		assertThat(executable.getStatus()).isEqualTo(400);
		assertThat(executable.getContentAsString()).contains("\"field\":\"Attachment\"", "setup.exe");
		// Over the limit (50 MB): 413 before anything is read.
		byte[] huge = new byte[50 * 1024 * 1024 + 1];
		MockHttpServletResponse tooLarge = send(huge, system);
		assertThat(tooLarge.getStatus()).isEqualTo(413);
		assertThat(tooLarge.getContentAsString()).contains("dondoc.intake.max-package");
		assertThat(count("SELECT count(*) FROM incoming_document") + count("SELECT count(*) FROM edxml_status"))
			.isEqualTo(before);
	}

	@Test
	void theOfficeUploadsAPackageAndRefusesItWithAReason() throws Exception {
		Packages pkg = Packages.congVan("4110").file("cv.pdf", "application/pdf", Packages.PDF);
		MockHttpServletResponse empty = page(multipart("/directives/incoming").with(csrf()), "vanphong");
		assertThat(empty.getStatus()).isEqualTo(200);
		assertThat(empty.getContentAsString()).contains("Chọn tệp gói edXML");
		MockHttpServletResponse broken = page(multipart("/directives/incoming")
			.file(new MockMultipartFile("package", "goi.xml", "text/xml", "<khong-dong".getBytes()))
			.with(csrf()), "vanphong");
		assertThat(broken.getStatus()).isEqualTo(200);
		assertThat(broken.getContentAsString()).contains("Không nhận được gói", "is-invalid");
		MockHttpServletResponse uploaded = page(multipart("/directives/incoming")
			.file(new MockMultipartFile("package", "goi.xml", "text/xml", pkg.bytes()))
			.with(csrf()), "vanphong");
		assertThat(uploaded.getStatus()).isEqualTo(302);
		long incoming = Long.parseLong(uploaded.getRedirectedUrl().replaceAll("\\D+", ""));
		MockHttpServletResponse noReason = page(
				post("/directives/incoming/" + incoming + "/refuse").param("version", "0").with(csrf()), "vanphong");
		assertThat(noReason.getContentAsString()).contains("Nhập lý do từ chối");
		assertThat(codes(incoming)).containsExactly("01");
		MockHttpServletResponse refused = page(
				post("/directives/incoming/" + incoming + "/refuse").param("version", "0")
					.param("reason", "Không thuộc thẩm quyền của Sở")
					.with(csrf()),
				"vanphong");
		assertThat(refused.getStatus()).isEqualTo(302);
		assertThat(codes(incoming)).containsExactly("01", "02");
		String xml = this.jdbc.sql("SELECT xml FROM edxml_status WHERE incoming_id = :id AND code = '02'")
			.param("id", incoming)
			.query(String.class)
			.single();
		assertThat(xml).contains("<edXML:StatusCode>02</edXML:StatusCode>", "Không thuộc thẩm quyền của Sở");
		// Decided once: a second refusal or a registration is refused.
		MockHttpServletResponse again = page(post("/directives/incoming/" + incoming + "/refuse").param("version", "1")
			.param("reason", "Lần nữa")
			.with(csrf()), "vanphong");
		assertThat(again.getContentAsString()).contains("đã được xử lý");
		assertThat(codes(incoming)).containsExactly("01", "02");
	}

	@Test
	void onlyTheOfficeAndTheRightScopesReachIncomingDocuments() throws Exception {
		String reader = token("Chỉ đọc nhiệm vụ edXML", "TASKS_READ");
		assertThat(send(Packages.congVan("4111").bytes(), reader).getStatus()).isEqualTo(403);
		assertThat(send(Packages.congVan("4111").bytes(), null).getStatus()).isEqualTo(401);
		assertThat(call(get("/api/v1/edxml/status"), reader).getStatus()).isEqualTo(403);
		String writer = token("Chỉ ghi edXML", "DIRECTIVES_WRITE");
		long incoming = id(send(Packages.congVan("4111").bytes(), writer));
		assertThat(call(get("/api/v1/edxml/" + incoming), writer).getStatus()).isEqualTo(403);
		for (String user : new String[] { "tp.cntt", "cv.cntt", "giamdoc", "admin" }) {
			assertThat(page(get("/directives/incoming"), user).getStatus()).as(user).isEqualTo(403);
			assertThat(page(get("/directives/incoming/" + incoming), user).getStatus()).as(user).isEqualTo(403);
		}
		assertThat(page(post("/directives/incoming/" + incoming + "/refuse").param("version", "0")
			.param("reason", "x")
			.with(csrf()), "tp.cntt").getStatus()).isEqualTo(403);
		assertThat(codes(incoming)).containsExactly("01");
	}

	@Test
	void statusMessagesArePostedToTheDocumentSystemAndRetriedUntilTaken() throws Exception {
		String system = token("QLVB giao nhận", "DIRECTIVES_WRITE");
		List<String> received = java.util.Collections.synchronizedList(new ArrayList<>());
		java.util.concurrent.atomic.AtomicInteger answer = new java.util.concurrent.atomic.AtomicInteger(503);
		com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer
			.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/trang-thai", (exchange) -> {
			received.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
			exchange.sendResponseHeaders(answer.get(), -1);
			exchange.close();
		});
		server.start();
		try {
			java.net.URI target = java.net.URI
				.create("http://127.0.0.1:" + server.getAddress().getPort() + "/trang-thai");
			// Whatever other tests left is delivered first.
			answer.set(200);
			this.delivery.deliverDue(target);
			received.clear();
			long incoming = id(send(Packages.congVan("4112").bytes(), system));
			answer.set(503);
			assertThat(this.delivery.deliverDue(target)).isZero();
			assertThat(received).hasSize(1);
			assertThat(count("SELECT attempts FROM edxml_status WHERE incoming_id = " + incoming)).isEqualTo(1);
			// Not again before its pause (1 minute after the first failure).
			assertThat(this.delivery.deliverDue(target)).isZero();
			assertThat(received).hasSize(1);
			this.clock.moveTo(this.clock.instant().plusSeconds(61));
			answer.set(200);
			assertThat(this.delivery.deliverDue(target)).isEqualTo(1);
			assertThat(received).hasSize(2);
			assertThat(received.get(1)).contains("<edXML:StatusCode>01</edXML:StatusCode>", "4112/UBND-KGVX");
			assertThat(count("SELECT count(*) FROM edxml_status WHERE incoming_id = " + incoming
					+ " AND delivered_at IS NOT NULL AND attempts = 2 AND last_error IS NULL"))
				.isEqualTo(1);
			// Delivered once.
			this.clock.moveTo(this.clock.instant().plusSeconds(3600));
			assertThat(this.delivery.deliverDue(target)).isZero();
			assertThat(received).hasSize(2);
		}
		finally {
			server.stop(0);
		}
	}

	long unit(String code) {
		return this.jdbc.sql("SELECT id FROM unit WHERE code = :code").param("code", code).query(Long.class).single();
	}

	List<long[]> tasks(long directive) {
		return this.jdbc.sql("SELECT id, version FROM task WHERE directive_id = :d ORDER BY seq")
			.param("d", directive)
			.query((rs, row) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.list();
	}

	long version(long task) {
		return count("SELECT version FROM task WHERE id = " + task);
	}

	Actor headOf(String unit, String username) {
		return Fixtures.actor(this.users, username);
	}

	static Document parse(byte[] xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
	}

	static String text(Document doc, String parent, String name) {
		Element container = (Element) doc.getElementsByTagNameNS("http://www.mic.gov.vn/TBT/QCVN_102_2016", parent)
			.item(0);
		assertThat(container).as(parent).isNotNull();
		var found = container.getElementsByTagNameNS("http://www.mic.gov.vn/TBT/QCVN_102_2016", name);
		assertThat(found.getLength()).as(parent + "/" + name).isGreaterThan(0);
		return found.item(0).getTextContent();
	}

}
