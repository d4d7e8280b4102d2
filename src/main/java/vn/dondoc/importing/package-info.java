/**
 * Importing directives and tasks from a spreadsheet (XLSX or CSV): a template, a preview
 * with every problem row by row, and an import of the whole file or nothing.
 */
package vn.dondoc.importing;
