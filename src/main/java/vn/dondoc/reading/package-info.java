/**
 * Reading a directive from the document itself (issue 18): its text from a PDF, a Word
 * file or a scan, and from the text the header fields of Nghị định 30/2020's layout and
 * the tasks it assigns to the Department. Nothing is registered from it without the
 * clerk.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Đọc văn bản (reading)",
		allowedDependencies = { "common" })
package vn.dondoc.reading;
