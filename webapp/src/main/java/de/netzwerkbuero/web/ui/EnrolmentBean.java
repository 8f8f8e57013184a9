package de.netzwerkbuero.web.ui;

import de.netzwerkbuero.platform.api.account.Authentication;
import de.netzwerkbuero.platform.api.account.TotpEnrolment;
import de.netzwerkbuero.web.security.OneTimeCodeCredential;
import de.netzwerkbuero.web.security.PendingLogin;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.Serializable;
import java.util.Optional;

/**
 * The enrolment a login must go through when the account is obliged to use one-time passwords and has none:
 * the page shows a new secret (QR code, Base32 text), and the first right code completes the login.
 */
@Named
@ViewScoped
public class EnrolmentBean implements Serializable {

    @EJB
    private Authentication authentication;

    @Inject
    private SecurityContext securityContext;

    @Inject
    private UiMessages messages;

    private TotpEnrolment enrolment;
    private String code;

    /** View action: only a pending login that needs enrolment may be here. */
    public void start() throws IOException {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        Optional<PendingLogin> pending = PendingLogin.of(request()).filter(PendingLogin::needsEnrolment);
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        if (pending.isEmpty()) {
            external.redirect(external.getRequestContextPath() + "/login.xhtml");
            return;
        }
        enrolment = authentication.beginEnrolment(pending.get().ticket());
    }

    public void confirm() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        String target = LoginBean.safeTarget(PendingLogin.of(request()).map(PendingLogin::from).orElse(null));
        AuthenticationStatus status = securityContext.authenticate(request(), (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new OneTimeCodeCredential(code, true)));
        if (status == AuthenticationStatus.SUCCESS) {
            external.redirect(external.getRequestContextPath() + target);
            return;
        }
        messages.global(FacesMessage.SEVERITY_ERROR, "login.codeFailed");
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

    private static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }
}
