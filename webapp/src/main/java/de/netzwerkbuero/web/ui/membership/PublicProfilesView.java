package de.netzwerkbuero.web.ui.membership;

import de.netzwerkbuero.membership.api.Profiles;
import de.netzwerkbuero.membership.api.PublicProfile;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import java.util.List;

/** The public page of published member profiles. */
@Named
@RequestScoped
public class PublicProfilesView {

    @EJB
    private Profiles profiles;

    private List<PublicProfile> list;

    @PostConstruct
    void init() {
        list = profiles.published();
    }

    public List<PublicProfile> getList() {
        return list;
    }
}
