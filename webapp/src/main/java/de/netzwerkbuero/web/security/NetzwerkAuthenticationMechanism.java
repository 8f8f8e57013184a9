package de.netzwerkbuero.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import de.netzwerkbuero.platform.api.account.LoginResult;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * One mechanism for the whole application:
 * <ul>
 *   <li>the login form authenticates programmatically; the caller is kept in the session, whose id is renewed.
 *       An account with a one-time password (or obliged to have one) first gets a {@link PendingLogin}: the
 *       code, or the enrolment of a generator, completes the login;</li>
 *   <li>every later request of that session is authenticated from it (the UI's session also works for the API),
 *       as long as the account's security stamp is still the one of the login; otherwise the session ends and
 *       the request counts as anonymous;</li>
 *   <li>HTTP Basic on any request authenticates that request only (no session is created for API clients);
 *       accounts with one-time passwords cannot use it;</li>
 *   <li>an anonymous request to a protected page is sent to the login form, to a protected API path answered 401
 *       (with a Basic challenge for API clients only, see {@link BrowserRequests}).</li>
 * </ul>
 */
@ApplicationScoped
public class NetzwerkAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/login.xhtml";
    /** Request attribute: why a 401 was answered, for the problem+json body of {@code UnauthorizedProblemServlet}. */
    static final String UNAUTHORIZED_DETAIL = NetzwerkAuthenticationMechanism.class.getName() + ".detail";
    private static final String BASIC = "Basic ";
    public static final String BASIC_CHALLENGE = "Basic realm=\"Netzwerkbuero\", charset=\"UTF-8\"";
    /** Request attribute the login bean sets: where to go after a login that needs a second step. */
    public static final String LOGIN_TARGET = NetzwerkAuthenticationMechanism.class.getName() + ".target";

    @Inject
    private NetzwerkIdentityStore identityStore;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential formCredential = context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && formCredential != null) {
            return formLogin(request, context, formCredential);
        }
        HttpSession session = request.getSession(false);
        SessionCaller caller = session == null ? null : (SessionCaller) session.getAttribute(SessionCaller.ATTRIBUTE);
        if (caller != null) {
            if (identityStore.isCurrent(caller)) {
                return context.notifyContainerAboutLogin(caller.name(), caller.groups());
            }
            // disabled, roles changed, password or one-time password reset: this login is over
            session.invalidate();
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            return basic(authorization.substring(BASIC.length()).trim(), request, response, context);
        }
        if (context.isProtected()) {
            return challenge(request, response, context);
        }
        return context.doNothing();
    }

    private AuthenticationStatus formLogin(HttpServletRequest request, HttpMessageContext context, Credential credential) {
        LoginResult result;
        if (credential instanceof UsernamePasswordCredential password) {
            PendingLogin.clear(request);
            result = identityStore.form(password.getCaller(), password.getPassword().getValue(), request.getRemoteAddr());
        } else if (credential instanceof OneTimeCodeCredential code) {
            Optional<PendingLogin> pending = PendingLogin.of(request);
            if (pending.isEmpty()) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            result = identityStore.code(pending.get(), code, request.getRemoteAddr());
        } else {
            return AuthenticationStatus.SEND_FAILURE;
        }
        return switch (result.outcome()) {
            case SUCCESS -> established(request, context, result);
            case CODE_REQUIRED, ENROLMENT_REQUIRED -> pending(request, result, context);
            default -> AuthenticationStatus.SEND_FAILURE;
        };
    }

    private static AuthenticationStatus established(HttpServletRequest request, HttpMessageContext context,
                                                    LoginResult result) {
        HttpSession existing = request.getSession(false);
        if (existing != null) {
            existing.removeAttribute(PendingLogin.ATTRIBUTE);
            request.changeSessionId();
        }
        request.getSession(true).setAttribute(SessionCaller.ATTRIBUTE,
                new SessionCaller(result.username(), result.roles(), result.stamp()));
        return context.notifyContainerAboutLogin(result.username(), result.roles());
    }

    /** The password was right; the session only remembers that a second step may follow. */
    private static AuthenticationStatus pending(HttpServletRequest request, LoginResult result, HttpMessageContext context) {
        HttpSession existing = request.getSession(false);
        if (existing != null) {
            existing.removeAttribute(SessionCaller.ATTRIBUTE);
            request.changeSessionId();
        }
        Object from = request.getAttribute(LOGIN_TARGET);
        request.getSession(true).setAttribute(PendingLogin.ATTRIBUTE,
                new PendingLogin(result.username(), result.ticket(), result.outcome(), from == null ? null : from.toString()));
        return AuthenticationStatus.SEND_FAILURE;
    }

    private AuthenticationStatus basic(String encoded, HttpServletRequest request, HttpServletResponse response,
                                       HttpMessageContext context) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return unauthorized(request, response, context);
        }
        int colon = decoded.indexOf(':');
        if (colon < 1) {
            return unauthorized(request, response, context);
        }
        LoginResult result = identityStore.basic(decoded.substring(0, colon),
                decoded.substring(colon + 1).toCharArray(), request.getRemoteAddr());
        if (result.outcome() == LoginResult.Outcome.BASIC_NOT_ALLOWED) {
            request.setAttribute(UNAUTHORIZED_DETAIL, "This account uses one-time passwords (two-factor login), so"
                    + " HTTP Basic is refused for it. Use the login form in a browser, or an account without"
                    + " one-time passwords for API clients.");
            return unauthorized(request, response, context);
        }
        if (!result.succeeded()) {
            return unauthorized(request, response, context);
        }
        return context.notifyContainerAboutLogin(result.username(), result.roles());
    }

    private AuthenticationStatus challenge(HttpServletRequest request, HttpServletResponse response,
                                           HttpMessageContext context) {
        if (isApi(request)) {
            return unauthorized(request, response, context);
        }
        String target = request.getRequestURI().substring(request.getContextPath().length())
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        String login = request.getContextPath() + LOGIN_PAGE + "?from=" + URLEncoder.encode(target, StandardCharsets.UTF_8);
        try {
            if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
                response.setContentType("text/xml");
                response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                        + login.replace("&", "&amp;") + "\"/></partial-response>");
                return AuthenticationStatus.SEND_CONTINUE;
            }
        } catch (IOException e) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        return context.redirect(login);
    }

    /** 401 with a Basic challenge; the body is written by {@code UnauthorizedProblemServlet}, the 401 error page. */
    private static AuthenticationStatus unauthorized(HttpServletRequest request, HttpServletResponse response,
                                                     HttpMessageContext context) {
        if (BrowserRequests.wantsBasicChallenge(request)) {
            response.setHeader("WWW-Authenticate", BASIC_CHALLENGE);
        }
        return context.responseUnauthorized();
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    /** Ends the form session; used by the logout action. */
    public static void logout(HttpServletRequest request) throws jakarta.servlet.ServletException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        request.logout();
    }
}
