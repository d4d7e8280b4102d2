package vn.dondoc.reading;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import vn.dondoc.common.SearchWords;

/**
 * The words of Vietnamese administrative documents and the codes of the registration form
 * they stand for: the kind by its name ("Công văn", "QUYẾT ĐỊNH") or its symbol
 * ("…/QĐ-UBND"; a symbol without a kind code is a công văn), a thông báo's kind by what
 * it is about, the signer's position, the issuing body. One owner for what an edXML
 * package and a document's text both say.
 */
public final class Terms {

	private static final Map<String, String> KINDS = new LinkedHashMap<>();

	static {
		KINDS.put("quyet dinh", "QUYET_DINH");
		KINDS.put("chi thi", "CHI_THI");
		KINDS.put("ke hoach", "KE_HOACH");
		KINDS.put("thong bao", "THONG_BAO");
		KINDS.put("cong dien", "CONG_DIEN");
		KINDS.put("cong van", "CONG_VAN");
		KINDS.put("quy che", "QUY_CHE");
		KINDS.put("quy dinh", "QUY_DINH");
		KINDS.put("chuong trinh", "CHUONG_TRINH");
		KINDS.put("huong dan", "HUONG_DAN");
		KINDS.put("de an", "DE_AN");
		KINDS.put("phieu chuyen", "PHIEU_CHUYEN");
	}

	private static final Map<String, String> POSITIONS = new LinkedHashMap<>();

	static {
		POSITIONS.put("pho chanh van phong", "PHO_CHANH_VAN_PHONG");
		POSITIONS.put("chanh van phong", "CHANH_VAN_PHONG");
		POSITIONS.put("pho chu tich", "PHO_CHU_TICH");
		POSITIONS.put("chu tich", "CHU_TICH");
	}

	private Terms() {
	}

	/**
	 * The kind a document's name says ({@code THONG_BAO} for any thông báo, to be told
	 * apart by {@link #notice}), or {@code null}.
	 */
	public static String kindOfName(String name) {
		return (name == null) ? null : KINDS.get(DirectiveParser.fold(name));
	}

	/** The kind its symbol says ("…/QĐ-UBND"), or {@code null}. */
	public static String kindOfSymbol(String numberSymbol) {
		String[] parts = numberSymbol.toUpperCase(Locale.ROOT).split("/");
		String notation = parts[parts.length - 1];
		return switch (notation.split("-")[0]) {
			case "QĐ" -> "QUYET_DINH";
			case "CT" -> "CHI_THI";
			case "KH" -> "KE_HOACH";
			case "TB" -> "THONG_BAO";
			case "CĐ" -> "CONG_DIEN";
			case "QC" -> "QUY_CHE";
			case "HD" -> "HUONG_DAN";
			case "CTR" -> "CHUONG_TRINH";
			case "ĐA" -> "DE_AN";
			case "PC" -> "PHIEU_CHUYEN";
			case "UBND", "VP", "VPUBND" -> "CONG_VAN";
			default -> null;
		};
	}

	/** A thông báo's kind by what it is about ({@code null}: no sign of it). */
	public static String notice(String summary) {
		String f = DirectiveParser.fold(summary);
		if (f.contains("hoi nghi")) {
			return "THONG_BAO_HOI_NGHI";
		}
		if (f.contains("tiep cong dan") || f.contains("tiep dan")) {
			return "THONG_BAO_TIEP_DAN";
		}
		if (f.contains("lam viec")) {
			return "THONG_BAO_LAM_VIEC";
		}
		if (f.contains("cuoc hop") || f.contains("ket luan") || f.contains("phien hop")) {
			return "THONG_BAO_CUOC_HOP";
		}
		return null;
	}

	/**
	 * The kind from the name, else the symbol; a thông báo told apart by its summary.
	 */
	public static String kind(String name, String numberSymbol, String summary) {
		String kind = kindOfName(name);
		if (kind == null && numberSymbol != null) {
			kind = kindOfSymbol(numberSymbol);
		}
		return "THONG_BAO".equals(kind) ? notice(summary) : kind;
	}

	/** The position a text names exactly ("PHÓ CHỦ TỊCH"), or {@code null}. */
	public static String positionOf(String text) {
		return (text == null) ? null : POSITIONS.get(DirectiveParser.fold(text));
	}

	/** The position a text begins with ("Phó Chủ tịch UBND tỉnh"), or {@code null}. */
	public static String positionIn(String text) {
		String f = DirectiveParser.fold(text);
		for (Map.Entry<String, String> position : POSITIONS.entrySet()) {
			if (f.equals(position.getKey()) || f.startsWith(position.getKey() + " ")) {
				return position.getValue();
			}
		}
		return null;
	}

	/**
	 * The issuer an issuing body's name says: the provincial office, the chairman, the
	 * provincial committee, or {@code null} for another body.
	 */
	public static String issuerOf(String body) {
		String f = DirectiveParser.fold(body);
		if (f.contains("van phong")) {
			return "VAN_PHONG_UBND_TINH";
		}
		if (f.startsWith("chu tich")) {
			return "CHU_TICH_UBND_TINH";
		}
		return (f.contains("uy ban nhan dan") || f.contains("ubnd")) ? "UBND_TINH" : null;
	}

}
