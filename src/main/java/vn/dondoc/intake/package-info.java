/**
 * Directives that arrive by themselves: edXML packages (QCVN 102:2016/BTTTT) from the
 * province's document system, read safely (no DTD, no entities, streamed attachments).
 */
package vn.dondoc.intake;
