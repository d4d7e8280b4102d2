/**
 * Reports (SPEC §6): each unit's monthly report, pre-filled from the tasks, sent by its
 * head and returned for correction by the aggregating office.
 */
package vn.dondoc.reporting;
