package vn.dondoc.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

import vn.dondoc.common.PlausibleDay;
import vn.dondoc.directive.Confidentiality;
import vn.dondoc.directive.DeadlineMeaning;
import vn.dondoc.directive.DirectiveKind;
import vn.dondoc.directive.Issuer;
import vn.dondoc.directive.SignerPosition;
import vn.dondoc.directive.TaskCategory;
import vn.dondoc.directive.TaskStatus;
import vn.dondoc.directive.Timeliness;

/**
 * The JSON of the API. Units are named by their code; dates are ISO 8601
 * ({@code 2026-11-20}).
 */
final class ApiModels {

	private ApiModels() {
	}

	/**
	 * An incoming directive. For a confidential one ({@code confidentiality} other than
	 * {@code NORMAL}) only {@code receivedDate}, {@code leadUnit} and
	 * {@code reportDueDates} may be given: any content is refused.
	 */
	@Schema(description = "Văn bản đến. Văn bản thường cần kind, numberSymbol, summary, issueDate, issuer, "
			+ "receivedDate và ít nhất một nhiệm vụ; văn bản mật chỉ có receivedDate, leadUnit, reportDueDates.")
	record DirectivePush(@Schema(description = "Độ mật; mặc định NORMAL (không mật)") Confidentiality confidentiality,
			@Schema(description = "Loại văn bản") DirectiveKind kind,
			@Schema(description = "Số, ký hiệu", example = "1234/UBND-KTTH") @Size(max = 100) String numberSymbol,
			@Schema(description = "Trích yếu",
					example = "Về việc triển khai chuyển đổi số năm 2027") @Size(max = 4000) String summary,
			@Schema(description = "Ngày ban hành", example = "2026-11-16") @PlausibleDay LocalDate issueDate,
			@Schema(description = "Người ký", example = "Nguyễn Văn A") @Size(max = 150) String signer,
			@Schema(description = "Chức vụ người ký") SignerPosition signerPosition,
			@Schema(description = "Cơ quan ban hành") Issuer issuer,
			@Schema(description = "Ngày đến (ngày Sở nhận)", example = "2026-11-18",
					requiredMode = Schema.RequiredMode.REQUIRED) @NotNull @PlausibleDay LocalDate receivedDate,
			@Schema(description = "Văn bản mật: mã đơn vị chủ trì", example = "CNTT") @Size(max = 30) String leadUnit,
			@Schema(description = "Văn bản mật: các hạn báo cáo bằng văn bản") @Size(
					max = 50) List<@PlausibleDay LocalDate> reportDueDates,
			@Schema(description = "Các nhiệm vụ được giao (tối đa 200)") @Valid @Size(max = 200) List<TaskPush> tasks) {
	}

	@Schema(description = "Một nhiệm vụ được giao.")
	record TaskPush(
			@Schema(description = "Nội dung nhiệm vụ", example = "Xây dựng kế hoạch chuyển đổi số năm 2027",
					requiredMode = Schema.RequiredMode.REQUIRED) @NotBlank @Size(max = 4000) String content,
			@Schema(description = "Thời hạn; không có: nhiệm vụ không thời hạn",
					example = "2026-12-15") @PlausibleDay LocalDate deadline,
			@Schema(description = "Ý nghĩa của thời hạn; mặc định COMPLETE") DeadlineMeaning deadlineMeaning,
			@Schema(description = "Phân loại; mặc định GENERAL") TaskCategory category,
			@Schema(description = "Mã đơn vị chủ trì", example = "CNTT",
					requiredMode = Schema.RequiredMode.REQUIRED) @NotBlank @Size(max = 30) String leadUnit,
			@Schema(description = "Phải báo cáo kết quả; mặc định true") Boolean mustReport,
			@Schema(description = "Các đơn vị phối hợp (tối đa 20)") @Valid @Size(
					max = 20) List<PartPush> coordinating) {
	}

	@Schema(description = "Phần việc của một đơn vị phối hợp.")
	record PartPush(
			@Schema(description = "Mã đơn vị phối hợp", example = "KHTC",
					requiredMode = Schema.RequiredMode.REQUIRED) @NotBlank @Size(max = 30) String unit,
			@Schema(description = "Phần việc", example = "Bố trí kinh phí",
					requiredMode = Schema.RequiredMode.REQUIRED) @NotBlank @Size(max = 2000) String description,
			@Schema(description = "Thời hạn của phần việc", example = "2026-12-10") @PlausibleDay LocalDate deadline) {
	}

	@Schema(description = "Văn bản đã vào sổ.")
	record Created(@Schema(description = "Mã văn bản", requiredMode = Schema.RequiredMode.REQUIRED) long id,
			@Schema(description = "Số đến trong sổ", example = "VB-2026-000412",
					requiredMode = Schema.RequiredMode.REQUIRED) String registerCode,
			@Schema(description = "Mã các nhiệm vụ, theo thứ tự gửi",
					requiredMode = Schema.RequiredMode.REQUIRED) List<Long> taskIds) {
	}

	@Schema(description = "Một văn bản chỉ đạo và các nhiệm vụ của nó.")
	record DirectiveJson(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) long id,
			@Schema(description = "Số đến trong sổ", requiredMode = Schema.RequiredMode.REQUIRED) String registerCode,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) DirectiveKind kind,
			@Schema(description = "Số, ký hiệu", requiredMode = Schema.RequiredMode.REQUIRED) String numberSymbol,
			@Schema(description = "Trích yếu", requiredMode = Schema.RequiredMode.REQUIRED) String summary,
			@Schema(description = "Ngày ban hành", requiredMode = Schema.RequiredMode.REQUIRED) LocalDate issueDate,
			@Schema(description = "Người ký") String signer,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Issuer issuer,
			@Schema(description = "Ngày đến", requiredMode = Schema.RequiredMode.REQUIRED) LocalDate receivedDate,
			@Schema(description = "Văn bản đã được trả lại nơi gửi",
					requiredMode = Schema.RequiredMode.REQUIRED) boolean returned,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<TaskJson> tasks) {
	}

	@Schema(description = "Một nhiệm vụ.")
	record TaskJson(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) long id,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) long directiveId,
			@Schema(description = "Số thứ tự trong văn bản", requiredMode = Schema.RequiredMode.REQUIRED) int seq,
			@Schema(description = "Nội dung", requiredMode = Schema.RequiredMode.REQUIRED) String content,
			@Schema(description = "Mã đơn vị chủ trì", requiredMode = Schema.RequiredMode.REQUIRED) String leadUnit,
			@Schema(description = "Thời hạn hiện tại (sau gia hạn)") LocalDate deadline,
			@Schema(description = "Thời hạn ban đầu") LocalDate originalDeadline,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) TaskStatus status,
			@Schema(description = "Tình trạng thời hạn hôm nay",
					requiredMode = Schema.RequiredMode.REQUIRED) Timeliness timeliness,
			@Schema(description = "Ngày hoàn thành") LocalDate completedOn,
			@Schema(description = "Số lần bị đôn đốc", requiredMode = Schema.RequiredMode.REQUIRED) int urgeCount) {
	}

	@Schema(description = "Một thay đổi đã ghi của một nhiệm vụ.")
	record Change(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) long taskId,
			@Schema(description = "Việc đã làm, ví dụ TASK_FORWARDED, TASK_PROGRESS, TASK_COMPLETED",
					example = "TASK_FORWARDED", requiredMode = Schema.RequiredMode.REQUIRED) String action,
			@Schema(description = "Thời điểm (UTC)", requiredMode = Schema.RequiredMode.REQUIRED) Instant at,
			@Schema(description = "Trạng thái hiện tại của nhiệm vụ",
					requiredMode = Schema.RequiredMode.REQUIRED) TaskStatus status) {
	}

	@Schema(description = "Các thay đổi sau since, cũ trước, tối đa 500.")
	record Changes(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<Change> changes,
			@Schema(description = "Con trỏ: truyền làm since ở lần gọi sau",
					requiredMode = Schema.RequiredMode.REQUIRED) Instant next) {
	}

	@Schema(description = "Một văn bản đến qua trục liên thông (gói edXML).")
	record Incoming(@Schema(description = "Mã văn bản đến", requiredMode = Schema.RequiredMode.REQUIRED) long id,
			@Schema(description = "ARRIVED chờ vào sổ, REGISTERED đã vào sổ, REFUSED từ chối, WITHDRAWN thu hồi, "
					+ "CONFIDENTIAL văn bản mật bị từ chối, ACCEPTED/DECLINED bản cập nhật được chấp nhận/không",
					example = "ARRIVED", requiredMode = Schema.RequiredMode.REQUIRED) String state,
			@Schema(description = "DocumentId của gói",
					example = "000.00.00.H21,2026/11/16,1234/UBND-KGVX") String documentId,
			@Schema(description = "Số, ký hiệu", example = "1234/UBND-KGVX",
					requiredMode = Schema.RequiredMode.REQUIRED) String numberSymbol,
			@Schema(description = "Cơ quan gửi", example = "UBND tỉnh Gia Lai") String from,
			@Schema(description = "Trích yếu (không có với văn bản mật)") String subject,
			@Schema(description = "Độ khẩn: 0 thường, 1 khẩn, 2 thượng khẩn, 3 hỏa tốc",
					requiredMode = Schema.RequiredMode.REQUIRED) int priority,
			@Schema(description = "BussinessDocType: 0 mới, 2 cập nhật, 3 thay thế",
					requiredMode = Schema.RequiredMode.REQUIRED) int business,
			@Schema(description = "Thời điểm đến (UTC)",
					requiredMode = Schema.RequiredMode.REQUIRED) Instant receivedAt,
			@Schema(description = "Văn bản đã vào sổ (khi REGISTERED)",
					example = "/api/v1/directives/4812") String directive,
			@Schema(description = "Văn bản được cập nhật/thay thế") String replaces,
			@Schema(description = "Thời điểm cơ quan gửi thu hồi") Instant recalledAt,
			@Schema(description = "Lý do từ chối") String reason,
			@Schema(description = "Các mã trạng thái đã tạo, theo thứ tự",
					requiredMode = Schema.RequiredMode.REQUIRED) List<String> statuses) {
	}

	@Schema(description = "Một thông điệp trạng thái edXML cho cơ quan gửi.")
	record StatusJson(
			@Schema(description = "Mã thông điệp, cũng là con trỏ",
					requiredMode = Schema.RequiredMode.REQUIRED) long id,
			@Schema(description = "Văn bản đến", requiredMode = Schema.RequiredMode.REQUIRED) long incomingId,
			@Schema(description = "DocumentId của văn bản") String documentId,
			@Schema(description = "Mã trạng thái", example = "03",
					requiredMode = Schema.RequiredMode.REQUIRED) String code,
			@Schema(description = "Nội dung", requiredMode = Schema.RequiredMode.REQUIRED) String description,
			@Schema(description = "Thời điểm tạo (UTC)", requiredMode = Schema.RequiredMode.REQUIRED) Instant createdAt,
			@Schema(description = "Địa chỉ thông điệp XML", example = "/api/v1/edxml/status/41",
					requiredMode = Schema.RequiredMode.REQUIRED) String xml) {
	}

	@Schema(description = "Các thông điệp trạng thái sau since, theo thứ tự tạo.")
	record StatusFeed(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<StatusJson> statuses,
			@Schema(description = "Con trỏ: truyền làm since ở lần gọi sau",
					requiredMode = Schema.RequiredMode.REQUIRED) long next) {
	}

	@Schema(description = "Văn bản chỉ đạo đọc từ tệp; trường nào không đọc được thì null.")
	record ReadJson(@Schema(description = "Loại văn bản (mã như khi vào sổ)", example = "CONG_VAN") String kind,
			@Schema(description = "Số, ký hiệu", example = "2150/UBND-KGVX") String numberSymbol,
			@Schema(description = "Địa danh", example = "Gia Lai") String place,
			@Schema(description = "Ngày ban hành", example = "2026-11-16") LocalDate issueDate,
			@Schema(description = "Cơ quan ban hành như in trên văn bản",
					example = "ỦY BAN NHÂN DÂN TỈNH GIA LAI") String issuerLine,
			@Schema(description = "Cơ quan ban hành (mã)", example = "UBND_TINH") String issuer,
			@Schema(description = "Trích yếu") String summary, @Schema(description = "Người ký") String signer,
			@Schema(description = "Thẩm quyền ký", example = "KT. CHỦ TỊCH") String signerCompetence,
			@Schema(description = "Chức vụ người ký (mã)", example = "PHO_CHU_TICH") String signerPosition,
			@Schema(description = "Các nhiệm vụ giao cho Sở hoặc các sở, ban, ngành",
					requiredMode = Schema.RequiredMode.REQUIRED) List<ReadTaskJson> tasks,
			@Schema(description = "Đọc bằng nhận dạng chữ (bản quét)",
					requiredMode = Schema.RequiredMode.REQUIRED) boolean ocr,
			@Schema(description = "Số trang", requiredMode = Schema.RequiredMode.REQUIRED) int pages) {
	}

	@Schema(description = "Một nhiệm vụ đọc được.")
	record ReadTaskJson(
			@Schema(description = "Nội dung như trong văn bản",
					requiredMode = Schema.RequiredMode.REQUIRED) String content,
			@Schema(description = "Cơ quan chủ trì như trong văn bản",
					example = "Sở Thông tin và Truyền thông") String lead,
			@Schema(description = "Các cơ quan phối hợp",
					requiredMode = Schema.RequiredMode.REQUIRED) List<String> coordinating,
			@Schema(description = "Hạn (null: không ghi, hoặc thường xuyên)",
					example = "2026-12-31") LocalDate deadline,
			@Schema(description = "Ý nghĩa của hạn: REPORT_UBND (báo cáo, trình UBND tỉnh) hoặc COMPLETE",
					example = "REPORT_UBND") String deadlineMeaning,
			@Schema(description = "Định kỳ: MONTHLY, QUARTERLY, HALF_YEARLY, YEARLY") String recurrence,
			@Schema(description = "Ngày trong kỳ của nhiệm vụ định kỳ", example = "20") Integer recurrenceDay,
			@Schema(description = "Lĩnh vực: SPECIALISED (chuyên môn TT&TT) hoặc GENERAL", example = "SPECIALISED",
					requiredMode = Schema.RequiredMode.REQUIRED) String category) {
	}

}
