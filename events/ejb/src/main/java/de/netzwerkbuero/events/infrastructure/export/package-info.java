/**
 * Participant lists as files: CSV, XLSX (Apache POI) and the PDF sign-in sheet (OpenPDF). Plain writers of
 * events-api DTOs, unit-tested without a server.
 */
package de.netzwerkbuero.events.infrastructure.export;
