package de.netzwerkbuero.web.ui.events;

import de.netzwerkbuero.events.api.PublicEvents;
import de.netzwerkbuero.events.api.Registrations;
import de.netzwerkbuero.platform.api.error.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The addresses the mails hand out, kept short and stable: {@code /events} (upcoming events),
 * {@code /events/{id}} (an event's public page) and {@code /registrations/cancel?token=...} (the personal
 * cancel link). Each is forwarded to its public JSF page; an unknown event or token is a 404.
 */
@WebServlet(urlPatterns = {"/events/*", "/registrations/cancel"})
public class EventLinkServlet extends HttpServlet {

    static final String LIST_PAGE = "/public/events/index.xhtml";
    static final String EVENT_PAGE = "/public/events/event.xhtml";
    static final String CANCEL_PAGE = "/public/events/cancel.xhtml";

    @EJB
    private PublicEvents publicEvents;

    @EJB
    private Registrations registrations;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        if ("/registrations/cancel".equals(request.getServletPath())) {
            cancelLink(request, response);
            return;
        }
        String path = request.getPathInfo();
        if (path == null || "/".equals(path)) {
            request.getRequestDispatcher(LIST_PAGE).forward(request, response);
            return;
        }
        String id = path.substring(1);
        if (!id.matches("[0-9]{1,18}") || !exists(() -> publicEvents.get(Long.parseLong(id)))) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        request.getRequestDispatcher(EVENT_PAGE + "?id=" + id).forward(request, response);
    }

    private void cancelLink(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
        String token = request.getParameter("token");
        if (token == null || token.isBlank() || !exists(() -> registrations.findByToken(token))) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        request.getRequestDispatcher(CANCEL_PAGE + "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8))
                .forward(request, response);
    }

    private static boolean exists(Runnable lookUp) {
        try {
            lookUp.run();
            return true;
        } catch (NotFoundException e) {
            return false;
        } catch (EJBException e) {
            if (e.getCause() instanceof NotFoundException) {
                return false;
            }
            throw e;
        }
    }
}
