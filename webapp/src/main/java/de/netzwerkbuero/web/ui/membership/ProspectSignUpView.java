package de.netzwerkbuero.web.ui.membership;

import de.netzwerkbuero.membership.api.ProspectSignUp;
import de.netzwerkbuero.membership.api.Prospects;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;

/** The public sign-up form: who wants to be told about events and admission rounds, with consent. */
@Named
@ViewScoped
public class ProspectSignUpView implements Serializable {

    @EJB
    private Prospects prospects;

    private String organisation;
    private String ags;
    private String contactName;
    private String email;
    private boolean consent;
    private boolean sent;

    public void signUp() {
        prospects.signUp(new ProspectSignUp(organisation, ags, contactName, email, consent));
        sent = true;
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
