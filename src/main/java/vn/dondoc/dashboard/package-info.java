/**
 * What the director, a unit head and an officer see first: the state of the tasks for a
 * period and a unit, each number a link to the tasks behind it (SPEC §8).
 */
package vn.dondoc.dashboard;
