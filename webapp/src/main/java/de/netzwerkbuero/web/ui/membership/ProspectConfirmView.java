package de.netzwerkbuero.web.ui.membership;

import de.netzwerkbuero.membership.api.Prospects;
import de.netzwerkbuero.platform.api.error.ApplicationProblem;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;

/**
 * The page behind the link of the confirmation mail. Opening it changes nothing (mail scanners open links);
 * the person confirms with the button, which posts.
 */
@Named
@ViewScoped
public class ProspectConfirmView implements Serializable {

    @EJB
    private Prospects prospects;

    private String token;
    private boolean valid;
    private boolean confirmed;

    /** The view action: only looks whether the link can still be confirmed. */
    public void check() {
        if (!confirmed) {
            valid = token != null && prospects.confirmable(token);
        }
    }

    /** The button. An unknown, used or expired link is not an error page but a sentence. */
    public void confirm() {
        try {
            prospects.confirm(token);
            confirmed = true;
        } catch (ApplicationProblem invalidLink) {
            valid = false;
        }
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public boolean isValid() {
        return valid;
    }

    public boolean isConfirmed() {
        return confirmed;
    }
}
