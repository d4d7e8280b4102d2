package vn.dondoc.organisation;

/**
 * What a unit is in the organisation; some kinds carry duties of their own in the
 * regulation (the office aggregates general tasks, planning-finance the specialised
 * ones).
 */
public enum UnitKind {

	/** The Department (Sở) itself, or any unit that holds others. */
	DEPARTMENT,
	/** Văn phòng Sở: the hub that registers, forwards and urges. */
	OFFICE,
	/** Phòng Kế hoạch – Tài chính: aggregates reports on specialised tasks. */
	PLANNING_FINANCE,
	/** A phòng chuyên môn. */
	DIVISION,
	/** An đơn vị sự nghiệp, such as a centre. */
	CENTER,
	/** Thanh tra Sở. */
	INSPECTORATE

}
