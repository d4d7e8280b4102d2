/**
 * Urging beyond a person's own hand: the mail outbox that never loses a message and never
 * sends one twice; reminders and the monthly cycle build on it.
 */
package vn.dondoc.urging;
