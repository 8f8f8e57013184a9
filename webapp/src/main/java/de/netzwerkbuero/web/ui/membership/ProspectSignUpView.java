package de.netzwerkbuero.web.ui.membership;

import de.netzwerkbuero.membership.api.ProspectSignUp;
import de.netzwerkbuero.membership.api.Prospects;
import de.netzwerkbuero.web.publicforms.ClientAddress;
import de.netzwerkbuero.web.publicforms.Honeypot;
import de.netzwerkbuero.web.publicforms.PublicForm;
import de.netzwerkbuero.web.publicforms.PublicFormThrottle;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.io.Serializable;

/** The public sign-up form: who wants to be told about events and admission rounds, with consent. */
@Named
@ViewScoped
public class ProspectSignUpView implements Serializable {

    @EJB
    private Prospects prospects;

    @Inject
    private PublicFormThrottle throttle;

    private String organisation;
    private String ags;
    private String contactName;
    private String email;
    private boolean consent;
    private String website;
    private boolean sent;

    /** A filled honeypot gets the same thanks, but nothing is stored or sent. */
    public void signUp() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                .getRequest();
        throttle.admit(PublicForm.PROSPECT_SIGN_UP, ClientAddress.of(request), email);
        if (!Honeypot.caught(website)) {
            prospects.signUp(new ProspectSignUp(organisation, ags, contactName, email, consent));
        }
        sent = true;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public boolean isSent() {
        return sent;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getAgs() {
        return ags;
    }

    public void setAgs(String ags) {
        this.ags = ags;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }
}
