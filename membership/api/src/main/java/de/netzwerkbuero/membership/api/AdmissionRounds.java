package de.netzwerkbuero.membership.api;

import jakarta.ejb.Local;

import java.util.List;

/**
 * Admission rounds. A new round is PLANNED; {@link #open} announces it (every confirmed prospect gets a mail)
 * and lets {@code admit} use it; {@link #close} ends it. Rounds whose date has passed close by themselves.
 */
@Local
public interface AdmissionRounds {

    /** All rounds, latest date first. */
    List<AdmissionRoundView> list();

    AdmissionRoundView get(long id);

    AdmissionRoundView create(AdmissionRoundData round);

    AdmissionRoundView update(long id, long expectedVersion, AdmissionRoundData round);

    AdmissionRoundView open(long id);

    AdmissionRoundView close(long id);
}
