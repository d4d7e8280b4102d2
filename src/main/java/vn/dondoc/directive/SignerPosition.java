package vn.dondoc.directive;

/**
 * The position of the person who signed a directive (SPEC §2).
 */
public enum SignerPosition {

	CHU_TICH, PHO_CHU_TICH, CHANH_VAN_PHONG, PHO_CHANH_VAN_PHONG

}
