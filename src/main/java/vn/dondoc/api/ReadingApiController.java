package vn.dondoc.api;

import java.io.IOException;
import java.io.InputStream;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.dondoc.common.Vietnamese;
import vn.dondoc.reading.DirectiveReader;
import vn.dondoc.reading.ReadDirective;
import vn.dondoc.reading.SecretDocument;

/**
 * Reading a directive from its file: what the registration form would be filled with.
 * Nothing is kept.
 */
@RestController
@RequestMapping("/api/v1/documents")
class ReadingApiController {

	private final DirectiveReader reader;

	private final org.springframework.context.MessageSource messages;

	ReadingApiController(DirectiveReader reader, org.springframework.context.MessageSource messages) {
		this.reader = reader;
		this.messages = messages;
	}

	@PostMapping(path = "/read",
			consumes = { "application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
					"image/png", "image/jpeg", "text/plain" })
	@Tag(name = "directives")
	@Operation(operationId = "readDocument", summary = "Đọc văn bản chỉ đạo từ tệp: các trường và nhiệm vụ",
			description = """
					Quyền: directives:write. Thân là tệp văn bản: PDF (có lớp chữ, hoặc bản quét: nhận dạng chữ bằng \
					Tesseract), Word (DOCX), ảnh PNG/JPEG, hoặc text/plain; charset=utf-8. Trả về các trường đọc \
					được theo thể thức Nghị định 30/2020 và các nhiệm vụ giao cho Sở (hoặc các sở, ban, ngành): nội \
					dung, cơ quan chủ trì, phối hợp, hạn và ý nghĩa của hạn, định kỳ. Trường nào không đọc được thì \
					null, không bao giờ đoán. Không lưu gì. Văn bản có dấu độ mật bị từ chối (422).""",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(mediaType = "application/pdf",
							schema = @Schema(type = "string", format = "binary"))),
			responses = {
					@ApiResponse(responseCode = "200", description = "Những gì đọc được.", content = @Content(
							mediaType = "application/json", schema = @Schema(implementation = ApiModels.ReadJson.class),
							examples = @ExampleObject(
									value = """
											{"kind": "CONG_VAN", "numberSymbol": "2150/UBND-KGVX", "place": "Gia Lai",
											 "issueDate": "2026-11-16", "issuerLine": "ỦY BAN NHÂN DÂN TỈNH GIA LAI",
											 "issuer": "CHU_TICH_UBND_TINH",
											 "summary": "V/v triển khai nền tảng số dùng chung của tỉnh năm 2027",
											 "signer": "Nguyễn Văn An", "signerCompetence": "KT. CHỦ TỊCH",
											 "signerPosition": "PHO_CHU_TICH",
											 "tasks": [{"content": "Giao Sở Thông tin và Truyền thông chủ trì, phối hợp với Sở Tài chính xây dựng Kế hoạch …, trình Ủy ban nhân dân tỉnh trước ngày 31 tháng 12 năm 2026.",
											   "lead": "Sở Thông tin và Truyền thông", "coordinating": ["Sở Tài chính"],
											   "deadline": "2026-12-31", "deadlineMeaning": "REPORT_UBND",
											   "category": "SPECIALISED"}],
											 "ocr": false, "pages": 2}"""))),
					@ApiResponse(responseCode = "400",
							description = "Tệp không thuộc các dạng đọc được, hỏng, hoặc máy chủ chưa cài Tesseract cho bản quét.",
							content = @Content(mediaType = ApiDocumentation.PROBLEM,
									schema = @Schema(ref = "#/components/schemas/Problem"))),
					@ApiResponse(responseCode = "413", description = "Tệp lớn hơn giới hạn.",
							content = @Content(mediaType = ApiDocumentation.PROBLEM,
									schema = @Schema(ref = "#/components/schemas/Problem"))),
					@ApiResponse(responseCode = "422",
							description = "Văn bản có dấu độ mật: không đọc, không lưu; vào sổ bản giữ chỗ.",
							content = @Content(mediaType = ApiDocumentation.PROBLEM,
									schema = @Schema(ref = "#/components/schemas/Problem"))) })
	ResponseEntity<?> read(HttpServletRequest request) throws IOException {
		byte[] content;
		try (InputStream body = request.getInputStream()) {
			content = body.readAllBytes();
		}
		try {
			DirectiveReader.Reading reading = this.reader.read(content, request.getContentType());
			ReadDirective d = reading.directive();
			return ResponseEntity.ok(new ApiModels.ReadJson(d.kind(), d.numberSymbol(), d.place(), d.issueDate(),
					d.issuerLine(), d.issuer(), d.summary(), d.signer(), d.signerCompetence(), d.signerPosition(),
					d.tasks()
						.stream()
						.map((t) -> new ApiModels.ReadTaskJson(t.content(), t.lead(), t.coordinating(), t.deadline(),
								t.deadlineMeaning(), t.recurrence(), t.recurrenceDay(), t.category()))
						.toList(),
					reading.ocr(), reading.pages()));
		}
		catch (SecretDocument secret) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
					this.messages.getMessage(secret.getMessageKey(), secret.getArguments(), Vietnamese.LOCALE));
			problem.setTitle("Confidential document");
			return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(problem);
		}
	}

}
