package de.netzwerkbuero.events.api;

import de.netzwerkbuero.platform.api.paging.Page;
import de.netzwerkbuero.platform.api.paging.PageRequest;
import jakarta.ejb.Local;

import java.util.List;

/**
 * What anyone may see of events, for the public pages: published events and their agenda, never drafts, and
 * never an online link ({@code onlineUrl} is always {@code null}: people holding a place get it by mail).
 * Sort fields: {@code startsAt} (default), {@code title}.
 */
@Local
public interface PublicEvents {

    /** Events that are PUBLISHED or REGISTRATION_CLOSED and have not ended; the filter's status is ignored. */
    Page<EventView> upcoming(EventFilter filter, PageRequest page);

    /** Any event but a draft; a draft is not found. */
    EventView get(long eventId);

    List<AgendaItemView> agenda(long eventId);
}
