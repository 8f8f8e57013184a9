package de.netzwerkbuero.events.boundary;

import de.netzwerkbuero.events.api.AgendaItemInput;
import de.netzwerkbuero.events.api.AgendaItemView;
import de.netzwerkbuero.events.api.Audience;
import de.netzwerkbuero.events.api.EventFilter;
import de.netzwerkbuero.events.api.EventInput;
import de.netzwerkbuero.events.api.EventView;
import de.netzwerkbuero.events.api.Events;
import de.netzwerkbuero.events.domain.AgendaItem;
import de.netzwerkbuero.events.domain.Event;
import de.netzwerkbuero.events.domain.EventInputCheck;
import de.netzwerkbuero.events.domain.EventScope;
import de.netzwerkbuero.events.infrastructure.mail.RegistrationMails;
import de.netzwerkbuero.events.infrastructure.persistence.AgendaRepository;
import de.netzwerkbuero.events.infrastructure.persistence.EventPlaces;
import de.netzwerkbuero.events.infrastructure.persistence.EventRepository;
import de.netzwerkbuero.funding.api.ProjectDirectory;
import de.netzwerkbuero.membership.api.MemberDirectory;
import de.netzwerkbuero.platform.api.Roles;
import de.netzwerkbuero.platform.api.audit.AuditRecord;
import de.netzwerkbuero.platform.api.audit.AuditTrail;
import de.netzwerkbuero.platform.api.clock.BusinessClock;
import de.netzwerkbuero.platform.api.error.NotFoundException;
import de.netzwerkbuero.platform.api.error.RuleViolationException;
import de.netzwerkbuero.platform.api.error.StaleVersionException;
import de.netzwerkbuero.platform.api.error.Violations;
import de.netzwerkbuero.platform.api.paging.Page;
import de.netzwerkbuero.platform.api.paging.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;

import java.util.List;

/** Events and their agenda: the office manages, auditors and project leads read where they may. */
@Stateless
@RolesAllowed(Roles.OFFICE)
public class EventsBean implements Events {

    private static final String EVENT = EventAccess.EVENT;
    private static final String AGENDA_ITEM = "AgendaItem";

    @Inject
    private EventRepository events;

    @Inject
    private AgendaRepository agenda;

    @Inject
    private EventPlaces places;

    @Inject
    private EventAccess access;

    @Inject
    private EventViews views;

    @Inject
    private RegistrationDesk desk;

    @Inject
    private AttendanceReporter attendance;

    @Inject
    private RegistrationMails mails;

    @EJB
    private MemberDirectory members;

    @EJB
    private ProjectDirectory projects;

    @EJB
    private AuditTrail audit;

    @EJB
    private BusinessClock clock;

    @Override
    @RolesAllowed({Roles.OFFICE, Roles.AUDITOR, Roles.PROJECT_LEAD})
    public Page<EventView> list(EventFilter filter, PageRequest page) {
        EventFilter f = filter == null ? EventFilter.none() : filter;
        String sort = Sorting.path(page, EventRepository.SORT_FIELDS, "startsAt");
        EventScope scope = access.readScope();
        List<Event> items = events.page(f, scope, page, sort, page.descending());
        long total = items.size() < page.size() && page.page() == 0 ? items.size() : events.count(f, scope);
        return new Page<>(views.views(items), total, page.page(), page.size());
    }

    @Override
    @RolesAllowed({Roles.OFFICE, Roles.AUDITOR, Roles.PROJECT_LEAD})
    public EventView get(long eventId) {
        return views.of(access.readable(eventId));
    }

    @Override
    public EventView create(EventInput input) {
        requireValid(input);
        Event event = new Event(input, clock.nowInOffice());
        events.add(event);
        audit.record(event.describeInto(AuditRecord.of("event.created", EVENT, event.getId())));
        return views.of(event);
    }

    @Override
    public EventView update(long eventId, long expectedVersion, EventInput input) {
        Event event = access.existing(eventId);
        if (event.getVersion() != expectedVersion) {
            throw new StaleVersionException(EVENT, eventId, expectedVersion, event.getVersion());
        }
        requireValid(input);
        int taken = places.taken(eventId);
        if (input.capacity() < taken) {
            throw capacityBelowTaken(eventId, taken);
        }
        int capacityBefore = event.getCapacity();
        AuditRecord record = AuditRecord.of("event.updated", EVENT, eventId);
        boolean timeOrPlaceChanged = event.update(input, record, clock.nowInOffice());
        flushCapacity(eventId, taken);
        if (record.hasChanges()) {
            audit.record(record);
        }
        if (event.getCapacity() > capacityBefore) {
            desk.fillFreePlaces(event);
        }
        if (timeOrPlaceChanged) {
            desk.announceChange(event);
        }
        return views.of(event);
    }

    // A registration may take a place between the check and the update; the database's check constraint
    // (places taken never above capacity) then refuses the update here rather than at commit.
    private void flushCapacity(long eventId, int taken) {
        try {
            events.flush();
        } catch (PersistenceException e) {
            throw capacityBelowTaken(eventId, taken);
        }
    }

    private static RuleViolationException capacityBelowTaken(long eventId, int taken) {
        return new RuleViolationException("events.event.capacityBelowPlacesTaken",
                "Event {0} already has {1} places taken; the capacity cannot be lower.", eventId, taken);
    }

    private void requireValid(EventInput input) {
        Violations violations = EventInputCheck.check(input);
        if (input != null && input.hostMemberId() != null && members.find(input.hostMemberId()).isEmpty()) {
            violations.add("hostMemberId", "unknownMember", "names no member");
        }
        if (input != null && input.projectId() != null && projects.find(input.projectId()).isEmpty()) {
            violations.add("projectId", "unknownProject", "names no funding project");
        }
        violations.throwIfAny();
    }

    @Override
    @RolesAllowed({Roles.OFFICE, Roles.AUDITOR, Roles.PROJECT_LEAD})
    public List<AgendaItemView> agenda(long eventId) {
        access.readable(eventId);
        return EventViews.agenda(agenda.of(eventId));
    }

    @Override
    public AgendaItemView addAgendaItem(long eventId, AgendaItemInput item) {
        Event event = access.existing(eventId);
        event.requireEditable();
        EventInputCheck.requireValid(item);
        AgendaItem added = new AgendaItem(event, item);
        agenda.add(added);
        audit.record(added.describeInto(AuditRecord.of("agenda.added", AGENDA_ITEM, added.getId())));
        return positioned(eventId, added.getId());
    }

    @Override
    public AgendaItemView updateAgendaItem(long eventId, long itemId, AgendaItemInput item) {
        Event event = access.existing(eventId);
        event.requireEditable();
        EventInputCheck.requireValid(item);
        AgendaItem existing = agenda.find(eventId, itemId).orElseThrow(() -> new NotFoundException(AGENDA_ITEM, itemId));
        AuditRecord record = AuditRecord.of("agenda.updated", AGENDA_ITEM, itemId);
        existing.update(event, item, record);
        audit.record(record);
        return positioned(eventId, itemId);
    }

    @Override
    public void removeAgendaItem(long eventId, long itemId) {
        access.existing(eventId).requireEditable();
        AgendaItem existing = agenda.find(eventId, itemId).orElseThrow(() -> new NotFoundException(AGENDA_ITEM, itemId));
        audit.record(AuditRecord.of("agenda.removed", AGENDA_ITEM, itemId).change("title", existing.getTitle(), null)
                .change("eventId", eventId, null));
        agenda.remove(existing);
    }

    private AgendaItemView positioned(long eventId, long itemId) {
        return agenda(eventId).stream().filter(a -> a.id() == itemId).findFirst()
                .orElseThrow(() -> new NotFoundException(AGENDA_ITEM, itemId));
    }

    @Override
    public EventView publish(long eventId) {
        Event event = access.existing(eventId);
        var before = event.getStatus();
        event.publish(clock.nowInOffice());
        audit.record(AuditRecord.of("event.published", EVENT, eventId).change("status", before, event.getStatus()));
        if (event.getAudience() != Audience.MEMBERS) {
            members.confirmedProspects().forEach(prospect -> mails.invite(event, prospect));
        }
        return views.of(event);
    }

    @Override
    public EventView closeRegistration(long eventId) {
        Event event = access.existing(eventId);
        var before = event.getStatus();
        event.closeRegistration(clock.nowInOffice());
        audit.record(AuditRecord.of("event.registrationClosed", EVENT, eventId)
                .change("status", before, event.getStatus()));
        return views.of(event);
    }

    @Override
    public EventView complete(long eventId) {
        Event event = access.existing(eventId);
        var before = event.getStatus();
        event.complete(clock.nowInOffice());
        audit.record(AuditRecord.of("event.completed", EVENT, eventId).change("status", before, event.getStatus()));
        attendance.report(event);
        return views.of(event);
    }

    @Override
    public EventView cancel(long eventId, String reason) {
        new Violations().require(reason == null || reason.length() <= 1000, "reason", "tooLong",
                "must be at most 1000 characters").throwIfAny();
        Event event = access.existing(eventId);
        var before = event.getStatus();
        event.cancel(reason == null || reason.isBlank() ? null : reason.trim(), clock.nowInOffice());
        int cancelled = desk.cancelAll(event);
        audit.record(AuditRecord.of("event.cancelled", EVENT, eventId).change("status", before, event.getStatus())
                .set("reason", event.getCancelReason()).set("registrationsCancelled", cancelled));
        return views.of(event);
    }
}
