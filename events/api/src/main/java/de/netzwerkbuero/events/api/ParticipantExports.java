package de.netzwerkbuero.events.api;

import jakarta.ejb.Local;

/**
 * Participant lists of one event for the office, and for auditors and project leads where they may read the
 * event: CSV and XLSX with every registration not cancelled, and a PDF sign-in sheet (proof for funding)
 * with name, organisation and a signature column for everyone holding a place.
 */
@Local
public interface ParticipantExports {

    ExportFile csv(long eventId);

    ExportFile xlsx(long eventId);

    ExportFile signInSheet(long eventId);
}
