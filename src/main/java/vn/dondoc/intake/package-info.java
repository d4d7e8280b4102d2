/**
 * Directives that arrive by themselves: edXML packages (QCVN 102:2016/BTTTT) from the
 * province's document system, read safely (no DTD, no entities, streamed attachments).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Văn bản đến edXML (intake)",
		allowedDependencies = { "account", "common", "directive", "reading" })
package vn.dondoc.intake;
