package de.netzwerkbuero.web.rest.problem;

import de.netzwerkbuero.platform.api.error.ApplicationProblem;
import de.netzwerkbuero.web.i18n.Texts;
import de.netzwerkbuero.web.rest.PreconditionRequiredException;
import de.netzwerkbuero.web.security.BrowserRequests;
import de.netzwerkbuero.web.security.NetzwerkAuthenticationMechanism;
import jakarta.ejb.EJBAccessException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every exception that leaves a resource becomes problem+json here, and only here. Causes are unwrapped
 * (EJB and persistence wrap them); anything unexpected is logged with an incident id and answered with a
 * 500 that names the id but never a stack trace.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Context
    private UriInfo uri;

    @Context
    private HttpHeaders headers;

    @Context
    private HttpServletRequest request;

    @Override
    public Response toResponse(Throwable thrown) {
        String instance = uri == null ? null : uri.getRequestUri().getPath();
        Locale locale = Texts.supported(preferredLocale());
        // First anywhere in the chain: a limit hit while a body is read arrives wrapped in a ProcessingException.
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof ApplicationProblem problem) {
                if (problem.status() == 403) {
                    logRefusal(instance);
                }
                return ProblemResponses.of(problem, instance, locale);
            }
        }
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof EJBAccessException) {
                return accessDenied(instance);
            }
            if (t instanceof OptimisticLockException) {
                return ProblemResponses.of(412, "Precondition failed: stale version",
                        "The resource was changed meanwhile; reload it and try again.", instance);
            }
            if (t instanceof PreconditionRequiredException) {
                return ProblemResponses.of(428, "Precondition required", t.getMessage(), instance);
            }
            if (t instanceof JsonbException || t instanceof ProcessingException) {
                return ProblemResponses.of(400, "Invalid input", "The request body is not valid JSON for this resource.",
                        instance);
            }
            if (t instanceof WebApplicationException web) {
                return fromWebApplication(web, instance);
            }
            if (thrownByMultipartParser(t)) {
                return ProblemResponses.of(400, "Invalid input", "The multipart body is malformed.", instance);
            }
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Incident " + incident + " at " + instance, thrown);
        return ProblemResponses.of(500, "Internal server error",
                "Something went wrong on our side (incident " + incident + ").", instance);
    }

    /** RESTEasy's multipart parser throws plain runtime exceptions for a body it cannot parse: the client's fault. */
    private static boolean thrownByMultipartParser(Throwable t) {
        StackTraceElement[] trace = t.getStackTrace();
        return t instanceof RuntimeException && trace.length > 0
                && trace[0].getClassName().startsWith("org.jboss.resteasy.plugins.providers.multipart.");
    }

    private Response accessDenied(String instance) {
        if (request != null && request.getUserPrincipal() == null) {
            Response unauthorized = ProblemResponses.of(401, "Unauthorized",
                    "Log in (HTTP Basic or the application's session) to use this resource.", instance);
            return BrowserRequests.wantsBasicChallenge(request) ? Response.fromResponse(unauthorized)
                    .header(HttpHeaders.WWW_AUTHENTICATE, NetzwerkAuthenticationMechanism.BASIC_CHALLENGE).build()
                    : unauthorized;
        }
        logRefusal(instance);
        return ProblemResponses.of(403, "Forbidden", "Your role does not allow this.", instance);
    }

    /** Refused access decisions go to the server log (not the audit trail, which a prober could flood). */
    private void logRefusal(String instance) {
        if (request != null) {
            LOG.warning(() -> "Access refused: " + request.getRemoteUser() + " " + request.getMethod() + " " + instance);
        }
    }

    private static Response fromWebApplication(WebApplicationException web, String instance) {
        Response original = web.getResponse();
        int status = original.getStatus();
        String title = original.getStatusInfo().getReasonPhrase();
        String detail = switch (status) {
            case 404 -> "There is no resource at this address.";
            case 405 -> "This method is not allowed here.";
            case 406 -> "This resource cannot answer in the requested media type.";
            case 415 -> "Send application/json (or the media type this resource documents).";
            case 400 -> "The request is malformed.";
            default -> web.getMessage();
        };
        Response problem = ProblemResponses.of(status, title, detail, instance);
        Response.ResponseBuilder builder = Response.fromResponse(problem);
        original.getHeaders().forEach((name, values) -> {
            if (!"Content-Type".equalsIgnoreCase(name) && !"Content-Length".equalsIgnoreCase(name)) {
                values.forEach(v -> builder.header(name, v));
            }
        });
        return builder.type(ProblemResponses.MEDIA_TYPE).build();
    }

    private Locale preferredLocale() {
        if (headers == null) {
            return Locale.GERMAN;
        }
        List<Locale> languages = headers.getAcceptableLanguages();
        return languages.isEmpty() || "*".equals(languages.get(0).toString()) ? Locale.GERMAN : languages.get(0);
    }
}
