package vn.dondoc.directive;

/**
 * Kinds of directive document (SPEC §2).
 */
public enum DirectiveKind {

	QUYET_DINH, CHI_THI, QUY_CHE, QUY_DINH, CHUONG_TRINH, KE_HOACH, HUONG_DAN, DE_AN, CONG_VAN, CONG_DIEN, PHIEU_CHUYEN,
	THONG_BAO_HOI_NGHI, THONG_BAO_CUOC_HOP, THONG_BAO_LAM_VIEC, THONG_BAO_TIEP_DAN, KHAC

}
