package de.netzwerkbuero.membership.boundary;

import de.netzwerkbuero.membership.api.AdmissionRoundData;
import de.netzwerkbuero.membership.api.AdmissionRoundView;
import de.netzwerkbuero.membership.api.AdmissionRounds;
import de.netzwerkbuero.membership.domain.AdmissionRound;
import de.netzwerkbuero.membership.domain.Prospect;
import de.netzwerkbuero.membership.infrastructure.AdmissionRoundRepository;
import de.netzwerkbuero.membership.infrastructure.MembershipMails;
import de.netzwerkbuero.membership.infrastructure.ProspectRepository;
import de.netzwerkbuero.platform.api.Roles;
import de.netzwerkbuero.platform.api.audit.AuditRecord;
import de.netzwerkbuero.platform.api.clock.BusinessClock;
import de.netzwerkbuero.platform.api.error.InvalidInputException;
import de.netzwerkbuero.platform.api.error.StaleVersionException;
import de.netzwerkbuero.platform.api.mail.Mailer;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.List;

/** Admission rounds; opening one tells every confirmed prospect by mail, in the same transaction (outbox). */
@Stateless
@RolesAllowed(Roles.OFFICE)
public class AdmissionRoundsBean implements AdmissionRounds {

    static final String ENTITY = "AdmissionRound";

    @Inject
    private AdmissionRoundRepository rounds;

    @Inject
    private ProspectRepository prospects;

    @Inject
    private ChangeRecorder recorder;

    @EJB
    private BusinessClock clock;

    @EJB
    private Mailer mailer;

    @Override
    public List<AdmissionRoundView> list() {
        return rounds.all().stream().map(Views::round).toList();
    }

    @Override
    public AdmissionRoundView get(long id) {
        return Views.round(rounds.require(id));
    }

    @Override
    public AdmissionRoundView create(AdmissionRoundData data) {
        requireInput(data);
        AdmissionRound round = new AdmissionRound(data, clock.today());
        rounds.add(round);
        recorder.audit(AuditRecord.of("admissionRound.create", ENTITY, round.getId())
                .set("date", round.getDate()).set("applicationDeadline", round.getApplicationDeadline())
                .set("capacity", round.getCapacity()).set("status", round.getStatus()));
        return Views.round(round);
    }

    @Override
    public AdmissionRoundView update(long id, long expectedVersion, AdmissionRoundData data) {
        requireInput(data);
        AdmissionRound round = rounds.require(id);
        if (round.getVersion() != expectedVersion) {
            throw new StaleVersionException("Admission round", id, expectedVersion, round.getVersion());
        }
        AuditRecord record = AuditRecord.of("admissionRound.update", ENTITY, id)
                .change("date", round.getDate(), data.date())
                .change("applicationDeadline", round.getApplicationDeadline(), data.applicationDeadline())
                .change("capacity", round.getCapacity(), data.capacity());
        round.update(data, clock.today());
        if (record.hasChanges()) {
            recorder.audit(record);
        }
        rounds.flush();
        return Views.round(round);
    }

    @Override
    public AdmissionRoundView open(long id) {
        AdmissionRound round = rounds.require(id);
        var before = round.getStatus();
        round.open(clock.today(), clock.nowInOffice());
        List<Prospect> told = prospects.confirmed(clock.today());
        for (Prospect prospect : told) {
            mailer.enqueue(MembershipMails.roundOpened(prospect, round));
        }
        recorder.audit(AuditRecord.of("admissionRound.open", ENTITY, id).change("status", before, round.getStatus())
                .set("prospectsNotified", told.size()));
        rounds.flush();
        return Views.round(round);
    }

    @Override
    public AdmissionRoundView close(long id) {
        AdmissionRound round = rounds.require(id);
        var before = round.getStatus();
        round.close();
        recorder.audit(AuditRecord.of("admissionRound.close", ENTITY, id).change("status", before, round.getStatus()));
        rounds.flush();
        return Views.round(round);
    }

    private static void requireInput(Object input) {
        if (input == null) {
            throw InvalidInputException.of("body", "required", "must not be empty");
        }
    }
}
