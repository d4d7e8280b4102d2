package vn.dondoc.organisation;

/**
 * Implemented by modules whose records point at units, so that a unit still in use is not
 * deleted. Lets the organisation stay ignorant of who uses it.
 */
public interface UnitReferenceCheck {

	/**
	 * @return how many records of this kind belong to the unit
	 */
	long countFor(long unitId);

	/**
	 * @return the message key explaining why the unit cannot be deleted, with {0} for the
	 * count
	 */
	String messageKey();

}
