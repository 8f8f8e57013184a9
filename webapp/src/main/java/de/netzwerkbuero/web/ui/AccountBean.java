package de.netzwerkbuero.web.ui;

import de.netzwerkbuero.platform.api.account.SecondFactor;
import de.netzwerkbuero.platform.api.account.TotpEnrolment;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/** The caller's own account page: setting up a one-time password generator. */
@Named
@ViewScoped
public class AccountBean implements Serializable {

    @EJB
    private SecondFactor secondFactor;

    @Inject
    private UiMessages messages;

    private TotpEnrolment enrolment;
    private String code;
    private Boolean enrolled;

    public boolean isEnrolled() {
        if (enrolled == null) {
            enrolled = secondFactor.enrolled();
        }
        return enrolled;
    }

    public void begin() {
        enrolment = secondFactor.beginEnrolment();
    }

    public void confirm() {
        secondFactor.confirmEnrolment(code);
        enrolment = null;
        enrolled = true;
        code = null;
        messages.global(FacesMessage.SEVERITY_INFO, "account.totpEnrolled");
    }

    public String getQrCode() {
        return QrCodes.of(enrolment);
    }

    public TotpEnrolment getEnrolment() {
        return enrolment;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
