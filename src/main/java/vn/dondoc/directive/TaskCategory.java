package vn.dondoc.directive;

/**
 * General tasks are aggregated by Văn phòng Sở, specialised ones by Phòng KH-TC (Điều
 * 9.1).
 */
public enum TaskCategory {

	GENERAL, SPECIALISED

}
