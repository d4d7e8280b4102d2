package vn.dondoc.api;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import vn.dondoc.common.RuleViolation;
import vn.dondoc.common.Vietnamese;
import vn.dondoc.intake.EdxmlStatuses;
import vn.dondoc.intake.IncomingDocument;
import vn.dondoc.intake.DocumentIntake;

/**
 * Documents that arrive by themselves: the document system posts an edXML package, and
 * reads back the status messages of what the Department did with it.
 */
@RestController
@RequestMapping("/api/v1/edxml")
class EdxmlApiController {

	private static final int FEED_LIMIT = 500;

	private final DocumentIntake documents;

	private final EdxmlStatuses statuses;

	private final org.springframework.context.MessageSource messages;

	EdxmlApiController(DocumentIntake documents, EdxmlStatuses statuses,
			org.springframework.context.MessageSource messages) {
		this.messages = messages;
		this.documents = documents;
		this.statuses = statuses;
	}

	@PostMapping(consumes = { MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE })
	@Tag(name = "edxml")
	@Operation(operationId = "receiveEdxml", summary = "Nhận một gói edXML (văn bản đến từ hệ thống quản lý văn bản)",
			description = """
					Quyền: directives:write. Thân là gói edXML (QCVN 102:2016/BTTTT, có hoặc không có tiền tố \
					edXML:) cùng các tệp đính kèm mã hóa base64. Gói trở thành một văn bản đến chờ Văn phòng vào sổ \
					(không gì được vào sổ nếu không có người); cơ quan gửi nhận trạng thái 01. Gói có \
					BussinessDocType 1 là thu hồi (trả 200 với văn bản bị thu hồi), 2/3 là cập nhật/thay thế (chờ \
					Văn phòng chấp nhận: 15 hoặc 16). Văn bản được đánh dấu mật bị từ chối (422, trạng thái 02), \
					nội dung không được lưu. DTD, thực thể (entity) bị từ chối; gói lớn hơn giới hạn \
					(dondoc.intake.max-package, mặc định 50 MB) bị trả 413.""",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(mediaType = MediaType.APPLICATION_XML_VALUE,
							schema = @Schema(type = "string", description = "Gói edXML"),
							examples = @ExampleObject(name = "congVan", summary = "Công văn của UBND tỉnh",
									value = """
											<edXML:edXMLEnvelope xmlns:edXML="http://www.mic.gov.vn/TBT/QCVN_102_2016">
											  <edXML:edXMLHeader><edXML:MessageHeader>
											    <edXML:From><edXML:OrganId>000.00.00.H21</edXML:OrganId>
											      <edXML:OrganName>UBND tỉnh Gia Lai</edXML:OrganName></edXML:From>
											    <edXML:DocumentId>000.00.00.H21,2026/11/16,1234/UBND-KGVX</edXML:DocumentId>
											    <edXML:Code><edXML:CodeNumber>1234</edXML:CodeNumber>
											      <edXML:CodeNotation>UBND-KGVX</edXML:CodeNotation></edXML:Code>
											    <edXML:PromulgationInfo><edXML:Place>Gia Lai</edXML:Place>
											      <edXML:PromulgationDate>2026/11/16</edXML:PromulgationDate></edXML:PromulgationInfo>
											    <edXML:DocumentType><edXML:TypeName>Công văn</edXML:TypeName></edXML:DocumentType>
											    <edXML:Subject>V/v triển khai chuyển đổi số năm 2027</edXML:Subject>
											  </edXML:MessageHeader></edXML:edXMLHeader>
											</edXML:edXMLEnvelope>"""))),
			responses = {
					@ApiResponse(responseCode = "201", description = "Đã nhận; Location là địa chỉ của văn bản đến.",
							content = @Content(mediaType = "application/json",
									schema = @Schema(implementation = ApiModels.Incoming.class))),
					@ApiResponse(responseCode = "200",
							description = "Gói thu hồi: văn bản bị thu hồi (WITHDRAWN nếu chưa vào sổ; đã vào sổ thì recalledAt được ghi để Văn phòng xử lý).",
							content = @Content(mediaType = "application/json",
									schema = @Schema(implementation = ApiModels.Incoming.class))),
					@ApiResponse(responseCode = "400",
							description = "Gói không đọc được hoặc thiếu phần tử; field là phần tử có lỗi (Code, From, ContentTransferEncoded…).",
							content = @Content(mediaType = ApiDocumentation.PROBLEM,
									schema = @Schema(ref = "#/components/schemas/Problem"),
									examples = @ExampleObject(value = """
											{"type": "about:blank", "title": "Invalid input", "status": 400,
											 "detail": "Gói edXML thiếu phần tử Code.", "field": "Code"}"""))),
					@ApiResponse(responseCode = "409",
							description = "Văn bản này (cùng DocumentId, hoặc cùng cơ quan gửi, số, ký hiệu, năm) đã đến; existing là địa chỉ của nó.",
							content = @Content(mediaType = ApiDocumentation.PROBLEM,
									schema = @Schema(ref = "#/components/schemas/Problem"))),
					@ApiResponse(responseCode = "413", description = "Gói lớn hơn giới hạn.",
							content = @Content(mediaType = ApiDocumentation.PROBLEM,
									schema = @Schema(ref = "#/components/schemas/Problem"))),
					@ApiResponse(responseCode = "422",
							description = "Văn bản mật: từ chối tiếp nhận (trạng thái 02), không lưu nội dung.",
							content = @Content(mediaType = ApiDocumentation.PROBLEM,
									schema = @Schema(ref = "#/components/schemas/Problem"))) })
	ResponseEntity<?> receive(HttpServletRequest request, Authentication caller) throws IOException {
		try (InputStream body = request.getInputStream()) {
			return answer(this.documents.accept(body, caller.getName()));
		}
	}

	private ResponseEntity<?> answer(DocumentIntake.Receipt receipt) {
		URI location = URI.create("/api/v1/edxml/" + receipt.id());
		return switch (receipt.outcome()) {
			case ARRIVED, VERSION -> ResponseEntity.created(location).body(json(receipt.id()));
			case RECALLED -> ResponseEntity.ok().location(location).body(json(receipt.id()));
			case DUPLICATE -> {
				ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
						this.messages.getMessage("api.edxml.duplicate", null, Vietnamese.LOCALE));
				problem.setTitle("Already received");
				problem.setProperty("existing", location.toString());
				yield ResponseEntity.status(HttpStatus.CONFLICT).location(location).body(problem);
			}
			case CONFIDENTIAL -> {
				ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
						this.messages.getMessage("api.edxml.confidential", null, Vietnamese.LOCALE));
				problem.setTitle("Confidential document refused");
				problem.setProperty("existing", location.toString());
				yield ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).location(location).body(problem);
			}
		};
	}

	@GetMapping("/{id}")
	@Tag(name = "edxml")
	@Operation(operationId = "getIncoming", summary = "Đọc một văn bản đến: trạng thái, văn bản đã vào sổ",
			description = "Quyền: directives:read.",
			responses = {
					@ApiResponse(responseCode = "200", description = "Văn bản đến.",
							content = @Content(mediaType = "application/json",
									schema = @Schema(implementation = ApiModels.Incoming.class))),
					@ApiResponse(responseCode = "404", description = "Không có văn bản đến này.",
							content = @Content(mediaType = ApiDocumentation.PROBLEM,
									schema = @Schema(ref = "#/components/schemas/Problem"))) })
	ApiModels.Incoming incoming(@Parameter(description = "Mã văn bản đến", example = "12") @PathVariable long id) {
		return json(id);
	}

	@GetMapping("/status")
	@Tag(name = "edxml")
	@Operation(operationId = "listEdxmlStatus", summary = "Các thông điệp trạng thái edXML sau một con trỏ",
			description = """
					Quyền: directives:read. Các thông điệp trạng thái (01 đã đến, 02 từ chối, 03 đã tiếp nhận, 04 \
					phân công, 05 đang xử lý, 06 hoàn thành, 13 thu hồi, 15/16 đồng ý/từ chối cập nhật) theo thứ tự \
					tạo, tối đa 500 mỗi lần, mỗi mã một lần cho mỗi văn bản. Lần đầu gọi với since=0; các lần sau \
					với since = next của câu trả lời trước. Mỗi thông điệp tải được dưới dạng XML tại xml.""",
			responses = {
					@ApiResponse(responseCode = "200", description = "Các thông điệp và con trỏ next.",
							content = @Content(mediaType = "application/json",
									schema = @Schema(implementation = ApiModels.StatusFeed.class),
									examples = @ExampleObject(value = """
											{"statuses": [{"id": 41, "incomingId": 12,
											  "documentId": "000.00.00.H21,2026/11/16,1234/UBND-KGVX", "code": "03",
											  "description": "Đã tiếp nhận, vào sổ theo dõi nhiệm vụ",
											  "createdAt": "2026-11-18T02:15:00Z", "xml": "/api/v1/edxml/status/41"}],
											 "next": 41}"""))),
					@ApiResponse(responseCode = "400", description = "since hoặc limit không hợp lệ.",
							content = @Content(mediaType = ApiDocumentation.PROBLEM,
									schema = @Schema(ref = "#/components/schemas/Problem"))) })
	ApiModels.StatusFeed feed(
			@Parameter(description = "Con trỏ: chỉ lấy các thông điệp có id lớn hơn",
					example = "0") @RequestParam(defaultValue = "0") long since,
			@Parameter(description = "Số thông điệp tối đa (1–500)",
					example = "100") @RequestParam(defaultValue = "500") int limit) {
		if (since < 0) {
			throw new RuleViolation("since", "api.cursor.invalid");
		}
		if (limit < 1 || limit > FEED_LIMIT) {
			throw new RuleViolation("limit", "api.limit.invalid", FEED_LIMIT);
		}
		List<ApiModels.StatusJson> items = this.statuses.after(since, limit)
			.stream()
			.map(EdxmlApiController::json)
			.toList();
		return new ApiModels.StatusFeed(items, items.isEmpty() ? since : items.get(items.size() - 1).id());
	}

	@GetMapping(path = "/status/{id}", produces = MediaType.APPLICATION_XML_VALUE)
	@Tag(name = "edxml")
	@Operation(operationId = "getEdxmlStatus", summary = "Một thông điệp trạng thái dưới dạng edXML",
			description = "Quyền: directives:read. Thông điệp edXML Status như gửi cho cơ quan ban hành.",
			responses = {
					@ApiResponse(responseCode = "200", description = "Thông điệp edXML Status.",
							content = @Content(mediaType = MediaType.APPLICATION_XML_VALUE,
									schema = @Schema(type = "string"))),
					@ApiResponse(responseCode = "404", description = "Không có thông điệp này.",
							content = @Content(mediaType = ApiDocumentation.PROBLEM,
									schema = @Schema(ref = "#/components/schemas/Problem"))) })
	ResponseEntity<String> statusXml(@Parameter(description = "Mã thông điệp", example = "41") @PathVariable long id) {
		String xml = this.statuses.xml(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No status " + id));
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.APPLICATION_XML, StandardCharsets.UTF_8))
			.body(xml);
	}

	private ApiModels.Incoming json(long id) {
		IncomingDocument d = this.documents.find(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No incoming document " + id));
		List<String> codes = this.statuses.of(id).stream().map(EdxmlStatuses.Status::code).toList();
		return new ApiModels.Incoming(d.id(), d.state(), d.documentId(), d.numberSymbol(), d.fromName(), d.subject(),
				d.priority(), d.business(), d.receivedAt(),
				(d.directiveId() != null) ? "/api/v1/directives/" + d.directiveId() : null,
				(d.replacesId() != null) ? "/api/v1/edxml/" + d.replacesId() : null, d.recalledAt(), d.reason(), codes);
	}

	private static ApiModels.StatusJson json(EdxmlStatuses.Status s) {
		return new ApiModels.StatusJson(s.id(), s.incomingId(), s.documentId(), s.code(), s.description(),
				s.createdAt(), "/api/v1/edxml/status/" + s.id());
	}

}
