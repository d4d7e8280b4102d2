/**
 * The organisation: its units as a tree (Department, office, divisions, centres,
 * inspectorate).
 */
package vn.dondoc.organisation;
