package vn.dondoc.directive;

/**
 * The body that issued a directive (SPEC §2).
 */
public enum Issuer {

	UBND_TINH, CHU_TICH_UBND_TINH, VAN_PHONG_UBND_TINH

}
