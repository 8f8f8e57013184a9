package de.netzwerkbuero.web.ui.events;

import de.netzwerkbuero.membership.api.MemberFilter;
import de.netzwerkbuero.membership.api.MemberSummary;
import de.netzwerkbuero.membership.api.Members;
import de.netzwerkbuero.platform.api.paging.PageRequest;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import java.util.List;

/** Finds member organisations by name or AGS for the events screens' autocompletes (office only). */
@Named("eventsMemberSearch")
@RequestScoped
public class MemberSearch {

    @EJB
    private Members members;

    public List<MemberSummary> complete(String query) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        return members.list(new MemberFilter(null, null, null, query.trim()), new PageRequest(0, 15, "name")).items()
                .stream()
                .map(m -> new MemberSummary(m.id(), m.kind(), m.name(), m.ags(), m.state(), m.status(), m.email()))
                .toList();
    }
}
