/**
 * The append-only audit trail: who changed what, when, from where, with the state before
 * and after, and every login.
 */
package vn.dondoc.audit;
