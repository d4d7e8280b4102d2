package vn.dondoc.directive;

/**
 * Security classification of a directive (Điều 6.2). Anything but {@link #NORMAL} is kept
 * as a placeholder only.
 */
public enum Confidentiality {

	NORMAL, MAT, TOI_MAT, TUYET_MAT;

	public boolean isConfidential() {
		return this != NORMAL;
	}

}
