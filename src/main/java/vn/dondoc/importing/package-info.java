/**
 * Importing directives and tasks from a spreadsheet (XLSX or CSV): a template, a preview
 * with every problem row by row, and an import of the whole file or nothing.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Nhập từ bảng tính (importing)",
		allowedDependencies = { "account", "common", "directive", "organisation" })
package vn.dondoc.importing;
