package de.netzwerkbuero.membership.api;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A member's application, read and written as a whole: what the network asks of applicants (motivation,
 * expectations, vacancy projects, the contact person), and the founders' pre-selection and the get-to-know
 * meeting, each with date and outcome. Both outcomes must be recorded before {@code admit}.
 * {@code contactId} optionally names one of the member's contacts; {@code contactPerson} is the name as text.
 */
public record ApplicationView(String motivation, String expectations, String vacancyProjects,
                              LocalDate preselectionOn, String preselectionOutcome, LocalDate meetingOn,
                              String meetingOutcome, Long contactId, String contactPerson, String notes)
        implements Serializable {
}
