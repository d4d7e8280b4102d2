package vn.dondoc.reading;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Directives written for the tests as provinces issue them (Nghị định 30/2020, Appendix
 * I): a công văn, a quyết định, a chỉ thị, a kế hoạch with a task table, a thông báo kết
 * luận of the provincial office and a công điện — each with what a clerk would register
 * from it. Rendered as text, PDF and DOCX by {@link Renderings}.
 */
final class Corpus {

	private Corpus() {
	}

	/** What a clerk registers from a document. */
	record Expected(String kind, String numberSymbol, String place, LocalDate issueDate, String issuer, String summary,
			String signer, String signerCompetence, String signerPosition, List<ExpectedTask> tasks) {

	}

	/**
	 * A task the document assigns, found by a phrase of its content.
	 */
	record ExpectedTask(String phrase, String lead, LocalDate deadline, String meaning, String recurrence) {

	}

	/**
	 * The document as printed: the header's two columns, the title, the body (its
	 * paragraphs), a task table (first row its header), the signature's two columns.
	 */
	record Doc(String name, List<String> left, List<String> right, List<String> title, List<String> body,
			List<List<String>> table, List<String> after, List<String> signLeft, List<String> signRight,
			Expected expected) {

	}

	static List<Doc> all() {
		List<Doc> docs = new ArrayList<>();
		docs.add(new Doc("cong-van-gia-lai",
				List.of("ỦY BAN NHÂN DÂN", "TỈNH GIA LAI", "Số: 2150/UBND-KGVX",
						"V/v triển khai nền tảng số dùng chung", "của tỉnh năm 2027"),
				List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
						"Gia Lai, ngày 16 tháng 11 năm 2026"),
				List.of(),
				List.of("Kính gửi:", "- Sở Thông tin và Truyền thông;", "- Sở Tài chính;",
						"- Các sở, ban, ngành thuộc tỉnh.",
						"Căn cứ Quyết định số 942/QĐ-TTg ngày 15 tháng 6 năm 2021 của Thủ tướng Chính phủ phê duyệt Chiến lược phát triển Chính phủ điện tử hướng tới Chính phủ số giai đoạn 2021 - 2025, định hướng đến năm 2030;",
						"Xét đề nghị của Sở Thông tin và Truyền thông tại Tờ trình số 315/TTr-STTTT ngày 05 tháng 11 năm 2026, Chủ tịch Ủy ban nhân dân tỉnh có ý kiến như sau:",
						"1. Giao Sở Thông tin và Truyền thông chủ trì, phối hợp với Sở Tài chính xây dựng Kế hoạch triển khai nền tảng số dùng chung của tỉnh năm 2027, trình Ủy ban nhân dân tỉnh trước ngày 31 tháng 12 năm 2026.",
						"2. Giao Sở Thông tin và Truyền thông chủ trì, phối hợp với các sở, ban, ngành hoàn thành việc kết nối hệ thống quản lý văn bản với Trục liên thông văn bản quốc gia trong tháng 3 năm 2027.",
						"3. Các sở, ban, ngành định kỳ hằng tháng báo cáo tình hình sử dụng nền tảng số dùng chung về Sở Thông tin và Truyền thông trước ngày 20 để tổng hợp, báo cáo Ủy ban nhân dân tỉnh.",
						"Yêu cầu các cơ quan, đơn vị triển khai thực hiện./."),
				List.of(), List.of(),
				List.of("Nơi nhận:", "- Như trên;", "- Chủ tịch, các PCT UBND tỉnh;", "- Lưu: VT, KGVX."),
				List.of("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "(Đã ký)", "Nguyễn Văn An"),
				new Expected("CONG_VAN", "2150/UBND-KGVX", "Gia Lai", LocalDate.of(2026, 11, 16), "CHU_TICH_UBND_TINH",
						"V/v triển khai nền tảng số dùng chung của tỉnh năm 2027", "Nguyễn Văn An", "KT. CHỦ TỊCH",
						"PHO_CHU_TICH",
						List.of(new ExpectedTask("xây dựng Kế hoạch triển khai nền tảng số",
								"Sở Thông tin và Truyền thông", LocalDate.of(2026, 12, 31), "REPORT_UBND", null),
								new ExpectedTask("Trục liên thông văn bản quốc gia", "Sở Thông tin và Truyền thông",
										LocalDate.of(2027, 3, 31), "COMPLETE", null),
								new ExpectedTask("định kỳ hằng tháng", "Các sở, ban, ngành", null, null, "MONTHLY")))));

		docs.add(new Doc("quyet-dinh-quang-nam", List.of("ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NAM", "Số: 1520/QĐ-UBND"),
				List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
						"Quảng Nam, ngày 10 tháng 01 năm 2024"),
				List.of("QUYẾT ĐỊNH", "Về việc ban hành Kế hoạch triển khai Đề án 06 trên địa bàn tỉnh năm 2024",
						"CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM"),
				List.of("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
						"Căn cứ Quyết định số 06/QĐ-TTg ngày 06 tháng 01 năm 2022 của Thủ tướng Chính phủ;",
						"Theo đề nghị của Giám đốc Sở Thông tin và Truyền thông tại Tờ trình số 12/TTr-STTTT ngày 05/01/2024.",
						"QUYẾT ĐỊNH:",
						"Điều 1. Ban hành kèm theo Quyết định này Kế hoạch triển khai Đề án 06 trên địa bàn tỉnh năm 2024.",
						"Điều 2. Giao Sở Thông tin và Truyền thông chủ trì, phối hợp với Công an tỉnh, Sở Tư pháp hướng dẫn, đôn đốc các cơ quan, đơn vị triển khai Kế hoạch; tổng hợp, báo cáo UBND tỉnh kết quả thực hiện trước ngày 15/12/2024.",
						"Điều 3. Quyết định này có hiệu lực kể từ ngày ký.",
						"Điều 4. Chánh Văn phòng UBND tỉnh, Giám đốc các Sở: Thông tin và Truyền thông, Tư pháp; Giám đốc Công an tỉnh và Thủ trưởng các cơ quan, đơn vị liên quan chịu trách nhiệm thi hành Quyết định này./."),
				List.of(), List.of(),
				List.of("Nơi nhận:", "- Như Điều 4;", "- CT, các PCT UBND tỉnh;", "- Lưu: VT, KGVX."),
				List.of("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Anh Tuấn"),
				new Expected("QUYET_DINH", "1520/QĐ-UBND", "Quảng Nam", LocalDate.of(2024, 1, 10), "CHU_TICH_UBND_TINH",
						"Về việc ban hành Kế hoạch triển khai Đề án 06 trên địa bàn tỉnh năm 2024", "Trần Anh Tuấn",
						"KT. CHỦ TỊCH", "PHO_CHU_TICH", List.of(new ExpectedTask("hướng dẫn, đôn đốc các cơ quan",
								"Sở Thông tin và Truyền thông", LocalDate.of(2024, 12, 15), "REPORT_UBND", null)))));

		docs.add(new Doc("chi-thi-dak-lak", List.of("ỦY BAN NHÂN DÂN", "TỈNH ĐẮK LẮK", "Số:", "05/CT-UBND"),
				List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
						"Đắk Lắk, ngày 22 tháng 4 năm 2024"),
				List.of("CHỈ THỊ", "Về tăng cường công tác bảo đảm an toàn thông tin mạng", "trên địa bàn tỉnh"),
				List.of("Thời gian qua, công tác bảo đảm an toàn thông tin mạng trên địa bàn tỉnh đã đạt được nhiều kết quả. Để khắc phục hạn chế, Chủ tịch UBND tỉnh chỉ thị:",
						"1. Sở Thông tin và Truyền thông:",
						"a) Chủ trì, phối hợp với Công an tỉnh tổ chức diễn tập ứng cứu sự cố an toàn thông tin mạng, hoàn thành trong tháng 10/2024.",
						"b) Thường xuyên theo dõi, giám sát, cảnh báo sớm các nguy cơ mất an toàn thông tin mạng.",
						"c) Định kỳ hằng quý tổng hợp, báo cáo Chủ tịch UBND tỉnh tình hình thực hiện Chỉ thị trước ngày 25 tháng cuối quý.",
						"2. Công an tỉnh:", "Chủ trì điều tra, xử lý các hành vi vi phạm pháp luật về an ninh mạng.",
						"3. Các sở, ban, ngành, UBND các huyện, thị xã, thành phố:",
						"Triển khai phương án bảo đảm an toàn hệ thống thông tin theo cấp độ, hoàn thành trước ngày 30/6/2024.",
						"Chủ tịch UBND tỉnh yêu cầu Thủ trưởng các cơ quan, đơn vị nghiêm túc thực hiện Chỉ thị này./."),
				List.of(), List.of(), List.of("Nơi nhận:", "- Bộ Thông tin và Truyền thông;", "- Lưu: VT, NC."),
				List.of("CHỦ TỊCH", "Phạm Ngọc Nghị"),
				new Expected("CHI_THI", "05/CT-UBND", "Đắk Lắk", LocalDate.of(2024, 4, 22), "CHU_TICH_UBND_TINH",
						"Về tăng cường công tác bảo đảm an toàn thông tin mạng trên địa bàn tỉnh", "Phạm Ngọc Nghị",
						null, "CHU_TICH",
						List.of(new ExpectedTask("diễn tập ứng cứu sự cố", "Sở Thông tin và Truyền thông",
								LocalDate.of(2024, 10, 31), "COMPLETE", null),
								new ExpectedTask("Thường xuyên theo dõi", "Sở Thông tin và Truyền thông", null, null,
										null),
								new ExpectedTask("Định kỳ hằng quý", "Sở Thông tin và Truyền thông", null, null,
										"QUARTERLY"),
								new ExpectedTask("phương án bảo đảm an toàn hệ thống thông tin theo cấp độ",
										"Các sở, ban, ngành, UBND các huyện, thị xã, thành phố",
										LocalDate.of(2024, 6, 30), "COMPLETE", null)))));

		docs.add(new Doc("ke-hoach-binh-dinh", List.of("ỦY BAN NHÂN DÂN", "TỈNH BÌNH ĐỊNH", "Số: 215/KH-UBND"),
				List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
						"Bình Định, ngày 20 tháng 3 năm 2024"),
				List.of("KẾ HOẠCH", "Chuyển đổi số tỉnh Bình Định năm 2024"),
				List.of("Thực hiện Nghị quyết số 05-NQ/TU ngày 15/9/2021 của Ban Thường vụ Tỉnh ủy, UBND tỉnh ban hành Kế hoạch chuyển đổi số năm 2024 như sau:",
						"I. MỤC ĐÍCH, YÊU CẦU",
						"Phát triển chính quyền số, kinh tế số, xã hội số; nâng cao chỉ số chuyển đổi số của tỉnh.",
						"II. NHIỆM VỤ"),
				List.of(List.of("STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"),
						List.of("1", "Xây dựng Kiến trúc Chính quyền số tỉnh phiên bản 3.0",
								"Sở Thông tin và Truyền thông", "Các sở, ban, ngành", "Quý III/2024"),
						List.of("2", "Triển khai nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh",
								"Sở Thông tin và Truyền thông", "Văn phòng UBND tỉnh", "Tháng 6/2024"),
						List.of("3", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "Các sở, ban, ngành",
								"Sở Thông tin và Truyền thông", "Thường xuyên"),
						List.of("4", "Bố trí kinh phí thực hiện Kế hoạch", "Sở Tài chính", "Sở Kế hoạch và Đầu tư",
								"Hằng năm")),
				List.of("III. TỔ CHỨC THỰC HIỆN",
						"1. Sở Thông tin và Truyền thông chủ trì, theo dõi, đôn đốc việc triển khai Kế hoạch; định kỳ 6 tháng báo cáo UBND tỉnh kết quả thực hiện.",
						"2. Sở Tài chính tham mưu bố trí kinh phí thực hiện Kế hoạch theo quy định."),
				List.of("Nơi nhận:", "- Bộ TT&TT;", "- Lưu: VT, K4."),
				List.of("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lâm Hải Giang"),
				new Expected("KE_HOACH", "215/KH-UBND", "Bình Định", LocalDate.of(2024, 3, 20), "UBND_TINH",
						"Chuyển đổi số tỉnh Bình Định năm 2024", "Lâm Hải Giang", "KT. CHỦ TỊCH", "PHO_CHU_TICH",
						List.of(new ExpectedTask("Kiến trúc Chính quyền số", "Sở Thông tin và Truyền thông",
								LocalDate.of(2024, 9, 30), "COMPLETE", null),
								new ExpectedTask("nền tảng tích hợp", "Sở Thông tin và Truyền thông",
										LocalDate.of(2024, 6, 30), "COMPLETE", null),
								new ExpectedTask("Số hóa hồ sơ", "Các sở, ban, ngành", null, null, null),
								new ExpectedTask("theo dõi, đôn đốc việc triển khai Kế hoạch",
										"Sở Thông tin và Truyền thông", null, null, "HALF_YEARLY")))));

		docs.add(new Doc("thong-bao-lam-dong", List.of("UBND TỈNH LÂM ĐỒNG", "VĂN PHÒNG", "Số: 125/TB-VP"),
				List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
						"Lâm Đồng, ngày 05 tháng 9 năm 2023"),
				List.of("THÔNG BÁO",
						"Kết luận của Phó Chủ tịch UBND tỉnh Nguyễn Văn Hoàng tại cuộc họp về phát triển hạ tầng viễn thông"),
				List.of("Ngày 30/8/2023, Phó Chủ tịch UBND tỉnh Nguyễn Văn Hoàng chủ trì cuộc họp về phát triển hạ tầng viễn thông. Tham dự có đại diện lãnh đạo Sở Thông tin và Truyền thông, Sở Xây dựng, Sở Tài chính. Sau khi nghe báo cáo và ý kiến các đại biểu, Phó Chủ tịch UBND tỉnh kết luận như sau:",
						"1. Giao Sở Thông tin và Truyền thông chủ trì, phối hợp với Sở Xây dựng, UBND các huyện rà soát quy hoạch hạ tầng kỹ thuật viễn thông thụ động, báo cáo UBND tỉnh trước ngày 30/9/2023.",
						"2. Giao Sở Tài chính chủ trì, phối hợp với Sở Thông tin và Truyền thông tham mưu bố trí kinh phí ngầm hóa cáp viễn thông, hoàn thành trong tháng 10/2023.",
						"3. Giao Sở Xây dựng hướng dẫn các huyện lồng ghép hạ tầng viễn thông trong quy hoạch xây dựng.",
						"Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./."),
				List.of(), List.of(), List.of("Nơi nhận:", "- PCT Nguyễn Văn Hoàng;", "- Lưu: VT, KT."),
				List.of("KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "Lê Văn Hùng"),
				new Expected("THONG_BAO_CUOC_HOP", "125/TB-VP", "Lâm Đồng", LocalDate.of(2023, 9, 5),
						"VAN_PHONG_UBND_TINH",
						"Kết luận của Phó Chủ tịch UBND tỉnh Nguyễn Văn Hoàng tại cuộc họp về phát triển hạ tầng viễn thông",
						"Lê Văn Hùng", "KT. CHÁNH VĂN PHÒNG", "PHO_CHANH_VAN_PHONG",
						List.of(new ExpectedTask("rà soát quy hoạch hạ tầng kỹ thuật viễn thông thụ động",
								"Sở Thông tin và Truyền thông", LocalDate.of(2023, 9, 30), "REPORT_UBND", null),
								new ExpectedTask("bố trí kinh phí ngầm hóa", "Sở Tài chính", LocalDate.of(2023, 10, 31),
										"COMPLETE", null)))));

		docs.add(new Doc("cong-dien-hue", List.of("ỦY BAN NHÂN DÂN", "TỈNH THỪA THIÊN HUẾ", "Số: 08/CĐ-UBND"),
				List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
						"Thừa Thiên Huế, ngày 25 tháng 10 năm 2024"),
				List.of("CÔNG ĐIỆN", "Về việc tập trung ứng phó với bão số 6"),
				List.of("CHỦ TỊCH UBND TỈNH điện:",
						"- Giám đốc các sở, ban, ngành; Chủ tịch UBND các huyện, thị xã, thành phố.",
						"Để chủ động ứng phó với bão số 6, Chủ tịch UBND tỉnh yêu cầu:",
						"1. Sở Thông tin và Truyền thông chỉ đạo các doanh nghiệp viễn thông bảo đảm thông tin liên lạc phục vụ chỉ đạo, điều hành ứng phó bão, hoàn thành trước 17 giờ ngày 26/10/2024.",
						"2. Đài Phát thanh và Truyền hình tỉnh tăng thời lượng đưa tin về diễn biến của bão.",
						"Yêu cầu các cơ quan, đơn vị nghiêm túc thực hiện./."),
				List.of(), List.of(), List.of("Nơi nhận:", "- Như trên;", "- Lưu: VT, NN."),
				List.of("CHỦ TỊCH", "Nguyễn Văn Phương"),
				new Expected("CONG_DIEN", "08/CĐ-UBND", "Thừa Thiên Huế", LocalDate.of(2024, 10, 25),
						"CHU_TICH_UBND_TINH", "Về việc tập trung ứng phó với bão số 6", "Nguyễn Văn Phương", null,
						"CHU_TICH", List.of(new ExpectedTask("bảo đảm thông tin liên lạc",
								"Sở Thông tin và Truyền thông", LocalDate.of(2024, 10, 26), "COMPLETE", null)))));
		return docs;
	}

}
