package de.netzwerkbuero.web.ui;

import de.netzwerkbuero.web.security.NetzwerkAuthenticationMechanism;
import de.netzwerkbuero.web.security.OneTimeCodeCredential;
import de.netzwerkbuero.web.security.PendingLogin;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Optional;

/**
 * The login form and logout. The form has two steps for accounts with one-time passwords: the password, then
 * the code; an account obliged to use one-time passwords without having one is sent to the enrolment page.
 */
@Named
@RequestScoped
public class LoginBean {

    static final String ENROLMENT_PAGE = "/enrol.xhtml";

    @Inject
    private SecurityContext securityContext;

    @Inject
    private UiMessages messages;

    private String username;
    private String password;
    private String code;
    private String from;

    public String login() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        request().setAttribute(NetzwerkAuthenticationMechanism.LOGIN_TARGET, safeTarget(from));
        AuthenticationStatus status = authenticate(new UsernamePasswordCredential(username, new Password(password)));
        if (handled(status, safeTarget(from))) {
            return null;
        }
        Optional<PendingLogin> pending = PendingLogin.of(request());
        if (pending.isPresent() && pending.get().needsEnrolment()) {
            external.redirect(external.getRequestContextPath() + ENROLMENT_PAGE);
        } else if (pending.isEmpty()) {
            messages.global(FacesMessage.SEVERITY_ERROR, "login.failed");
        }
        return null;
    }

    /** The second step: the one-time code. */
    public String verifyCode() throws IOException {
        Optional<PendingLogin> pending = PendingLogin.of(request());
        String target = safeTarget(pending.map(PendingLogin::from).orElse(null));
        if (handled(authenticate(new OneTimeCodeCredential(code, false)), target)) {
            return null;
        }
        messages.global(FacesMessage.SEVERITY_ERROR, "login.codeFailed");
        return null;
    }

    /** Leaves the second step and starts over with the password. */
    public String restart() {
        PendingLogin.clear(request());
        return "/login?faces-redirect=true";
    }

    public boolean isCodeStep() {
        return PendingLogin.of(request()).filter(p -> !p.needsEnrolment()).isPresent();
    }

    private AuthenticationStatus authenticate(Credential credential) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        return securityContext.authenticate((HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true).credential(credential));
    }

    /** Redirects after a completed login; true when the response is done. */
    private static boolean handled(AuthenticationStatus status, String target) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        if (status == AuthenticationStatus.SUCCESS) {
            external.redirect(external.getRequestContextPath() + target);
            return true;
        }
        if (status == AuthenticationStatus.SEND_CONTINUE) {
            faces.responseComplete();
            return true;
        }
        return false;
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }

    /** Only paths inside this application, never another host. */
    static String safeTarget(String from) {
        if (from != null && from.startsWith("/app/") && !from.contains("//") && !from.contains("\\")) {
            return from;
        }
        return "/app/index.xhtml";
    }

    public String logout() throws ServletException {
        NetzwerkAuthenticationMechanism.logout(request());
        return "/login?faces-redirect=true";
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }
}
