/**
 * Bulk import of candidates (and their applications) from another system: a CSV file or a JSON array of rows, read
 * whole, checked whole (every bad row named), and written whole in one transaction with a constant number of
 * statements, however many rows.
 */
package io.panelist.recruiting.imports;
