package de.netzwerkbuero.events.api;

import de.netzwerkbuero.platform.api.paging.Page;
import de.netzwerkbuero.platform.api.paging.PageRequest;
import jakarta.ejb.Local;

import java.util.List;

/**
 * Managing events and their agenda: for the office. Reading is open to auditors for events that belong to a
 * funding project and to project leads for events of the projects they lead; an event they may not see is
 * a {@link de.netzwerkbuero.platform.api.error.NotFoundException}.
 * List sort fields: {@code startsAt} (default), {@code title}, {@code type}, {@code status}, {@code capacity}.
 */
@Local
public interface Events {

    Page<EventView> list(EventFilter filter, PageRequest page);

    EventView get(long eventId);

    /** Creates a DRAFT. */
    EventView create(EventInput input);

    /**
     * Changes an event that is not COMPLETED or CANCELLED. The capacity may not fall below the places taken;
     * a higher capacity moves waiting people up. Registrants are told when time or place changed.
     */
    EventView update(long eventId, long expectedVersion, EventInput input);

    List<AgendaItemView> agenda(long eventId);

    AgendaItemView addAgendaItem(long eventId, AgendaItemInput item);

    AgendaItemView updateAgendaItem(long eventId, long itemId, AgendaItemInput item);

    void removeAgendaItem(long eventId, long itemId);

    /** DRAFT → PUBLISHED; the event must start in the future. Confirmed prospects are told when it is open to them. */
    EventView publish(long eventId);

    /** PUBLISHED → REGISTRATION_CLOSED. Cancelled places still go to the waiting list. */
    EventView closeRegistration(long eventId);

    /** PUBLISHED or REGISTRATION_CLOSED → COMPLETED, once the event has started; reports attendance to funding. */
    EventView complete(long eventId);

    /** Cancels the event and every registration, and tells every registrant. */
    EventView cancel(long eventId, String reason);
}
