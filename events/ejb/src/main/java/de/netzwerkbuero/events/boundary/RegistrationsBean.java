package de.netzwerkbuero.events.boundary;

import de.netzwerkbuero.events.api.NewRegistration;
import de.netzwerkbuero.events.api.RegistrationFilter;
import de.netzwerkbuero.events.api.RegistrationView;
import de.netzwerkbuero.events.api.Registrations;
import de.netzwerkbuero.platform.api.secret.SecretToken;
import de.netzwerkbuero.events.domain.Event;
import de.netzwerkbuero.events.domain.Registration;
import de.netzwerkbuero.events.infrastructure.persistence.RegistrationRepository;
import de.netzwerkbuero.platform.api.Roles;
import de.netzwerkbuero.platform.api.audit.AuditRecord;
import de.netzwerkbuero.platform.api.audit.AuditTrail;
import de.netzwerkbuero.platform.api.clock.BusinessClock;
import de.netzwerkbuero.platform.api.error.InvalidInputException;
import de.netzwerkbuero.platform.api.error.NotFoundException;
import de.netzwerkbuero.platform.api.paging.Page;
import de.netzwerkbuero.platform.api.paging.PageRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.List;

/** Registrations, cancellations, the waiting list and check-in. */
@Stateless
@RolesAllowed(Roles.OFFICE)
public class RegistrationsBean implements Registrations {

    private static final String REGISTRATION = RegistrationDesk.REGISTRATION;
    private static final String TOKEN = "Registration link";

    @Inject
    private RegistrationRepository registrations;

    @Inject
    private RegistrationDesk desk;

    @Inject
    private EventAccess access;

    @Inject
    private RegistrationViews views;

    @Inject
    private AttendanceReporter attendance;

    @EJB
    private AuditTrail audit;

    @EJB
    private BusinessClock clock;

    @Override
    public RegistrationView register(long eventId, NewRegistration registration) {
        Event event = access.existing(eventId);
        return views.of(desk.register(event, registration, RegistrationDesk.Channel.OFFICE));
    }

    @Override
    @PermitAll
    public void registerSelf(long eventId, NewRegistration registration) {
        Event event = access.published(eventId);
        // Which contact belongs to which member is the office's knowledge: not looked up for anybody else.
        if (registration != null && registration.contactId() != null) {
            throw InvalidInputException.of("contactId", "notForSelfService", "is chosen by the office only");
        }
        desk.register(event, registration, RegistrationDesk.Channel.SELF_SERVICE);
    }

    @Override
    @RolesAllowed({Roles.OFFICE, Roles.AUDITOR, Roles.PROJECT_LEAD})
    public RegistrationView get(long registrationId) {
        Registration registration = existing(registrationId);
        try {
            access.readable(registration.getEventId());
        } catch (NotFoundException e) {
            throw new NotFoundException(REGISTRATION, registrationId);
        }
        return views.of(registration);
    }

    @Override
    @RolesAllowed({Roles.OFFICE, Roles.AUDITOR, Roles.PROJECT_LEAD})
    public Page<RegistrationView> list(long eventId, RegistrationFilter filter, PageRequest page) {
        access.readable(eventId);
        RegistrationFilter f = filter == null ? RegistrationFilter.none() : filter;
        String sort = Sorting.path(page, RegistrationRepository.SORT_FIELDS, "registeredAt");
        List<Registration> items = registrations.page(eventId, f, page, sort, page.descending());
        long total = items.size() < page.size() && page.page() == 0 ? items.size() : registrations.count(eventId, f);
        return new Page<>(views.views(eventId, items), total, page.page(), page.size());
    }

    @Override
    public RegistrationView cancel(long registrationId) {
        Registration registration = existing(registrationId);
        desk.cancel(access.existing(registration.getEventId()), registration, false);
        return views.of(registration);
    }

    @Override
    @PermitAll
    public RegistrationView findByToken(String token) {
        return views.of(byToken(token));
    }

    @Override
    @PermitAll
    public RegistrationView cancelByToken(String token) {
        Registration registration = byToken(token);
        desk.cancel(access.existing(registration.getEventId()), registration, true);
        return views.of(registration);
    }

    @Override
    public RegistrationView checkIn(long registrationId) {
        Registration registration = existing(registrationId);
        Event event = access.existing(registration.getEventId());
        event.requireAttendanceRecordable(clock.nowInOffice());
        var before = registration.getStatus();
        registration.checkIn(clock.nowInOffice());
        recordAttendance(event, registration, before, "registration.checkedIn");
        return views.of(registration);
    }

    @Override
    public RegistrationView markNoShow(long registrationId) {
        Registration registration = existing(registrationId);
        Event event = access.existing(registration.getEventId());
        event.requireAttendanceRecordable(clock.nowInOffice());
        var before = registration.getStatus();
        registration.markNoShow();
        recordAttendance(event, registration, before, "registration.noShow");
        return views.of(registration);
    }

    private void recordAttendance(Event event, Registration registration, Object before, String action) {
        audit.record(AuditRecord.of(action, REGISTRATION, registration.getId())
                .change("status", before, registration.getStatus()).set("eventId", event.getId()));
        attendance.report(event);
    }

    private Registration existing(long registrationId) {
        return registrations.find(registrationId).orElseThrow(() -> new NotFoundException(REGISTRATION, registrationId));
    }

    // A malformed token is not looked up, and an unknown one reveals nothing: both are simply not found.
    private Registration byToken(String token) {
        if (!SecretToken.wellFormed(token)) {
            throw new NotFoundException(TOKEN, "?");
        }
        return registrations.findByToken(token).orElseThrow(() -> new NotFoundException(TOKEN, "?"));
    }
}
