/**
 * The append-only audit trail: who changed what, when, from where, with the state before
 * and after, and every login.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Nhật ký (audit)", allowedDependencies = {})
package vn.dondoc.audit;
