package vn.dondoc.ranking;

/**
 * The suggested grade of a unit for the month (the usual four levels of the annual
 * evaluation); leadership decides the real one.
 */
public enum Grade {

	EXCELLENT, GOOD, PASS, FAIL

}
