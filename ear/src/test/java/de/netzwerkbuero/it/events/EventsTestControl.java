package de.netzwerkbuero.it.events;

import de.netzwerkbuero.events.api.EventReminders;
import de.netzwerkbuero.it.support.AsOffice;
import de.netzwerkbuero.platform.api.clock.ClockControl;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.time.Instant;

/**
 * Deployed only with the client-side mail test: lets it move the business clock and run the reminders,
 * which no public interface offers. {@code POST /it/events/clock?at=<instant>}, {@code POST /it/events/clock/release},
 * {@code POST /it/events/reminders} (answers the number sent).
 */
@WebServlet("/it/events/*")
public class EventsTestControl extends HttpServlet {

    @EJB
    private ClockControl clock;

    @EJB
    private EventReminders reminders;

    @EJB
    private AsOffice office;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        response.setContentType("text/plain");
        try {
            switch (path) {
                case "/clock" -> clock.fixAt(Instant.parse(request.getParameter("at")));
                case "/clock/release" -> clock.release();
                case "/reminders" -> response.getWriter().print(office.call(() -> reminders.sendDueReminders()));
                default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR, e.toString());
        }
    }
}
