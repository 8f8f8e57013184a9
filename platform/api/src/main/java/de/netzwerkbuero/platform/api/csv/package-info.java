/**
 * The one CSV writer of the application ({@link de.netzwerkbuero.platform.api.csv.CsvWriter}): every module writes
 * its CSV files through it, so quoting and the defusing of spreadsheet formulas are done once and alike.
 */
package de.netzwerkbuero.platform.api.csv;
