package de.netzwerkbuero.web.ui.membership;

import de.netzwerkbuero.membership.api.Prospects;
import de.netzwerkbuero.platform.api.error.ApplicationProblem;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** The page behind the link of the confirmation mail: confirms the address once and says so. */
@Named
@RequestScoped
public class ProspectConfirmView {

    @EJB
    private Prospects prospects;

    private String token;
    private boolean confirmed;
    private String organisation;

    /** The view action. An unknown, used or expired link is not an error page but a sentence. */
    public void confirm() {
        try {
            organisation = prospects.confirm(token).organisation();
            confirmed = true;
        } catch (ApplicationProblem invalidLink) {
            confirmed = false;
        }
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public boolean isConfirmed() {
        return confirmed;
    }

    public String getOrganisation() {
        return organisation;
    }
}
