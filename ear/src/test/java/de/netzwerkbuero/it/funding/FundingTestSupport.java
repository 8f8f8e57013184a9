package de.netzwerkbuero.it.funding;

import de.netzwerkbuero.funding.api.ReminderRun;
import de.netzwerkbuero.funding.api.Reminders;
import de.netzwerkbuero.membership.api.MemberKind;
import de.netzwerkbuero.membership.api.MemberView;
import de.netzwerkbuero.membership.api.Members;
import de.netzwerkbuero.membership.api.NewMember;
import de.netzwerkbuero.platform.api.clock.ClockControl;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * What the client-side funding tests need inside the server and the API does not offer; only in test
 * deployments, and every call runs as the caller of the request (send HTTP Basic as "office"):
 * <ul>
 *   <li>{@code POST /it-support/funding/grantee?name=…} creates an ACTIVE founding member (a PARTNER) and
 *   answers its id;</li>
 *   <li>{@code POST /it-support/funding/reminders?on=YYYY-MM-DD} runs the reminders with the business clock at
 *   08:00 (Europe/Berlin) on that day, then releases the clock; answers {@code leadReminders,overdueItems,
 *   digestRecipients}.</li>
 * </ul>
 */
@WebServlet("/it-support/funding/*")
public class FundingTestSupport extends HttpServlet {

    public static final String GRANTEE = "/it-support/funding/grantee";
    public static final String REMINDERS = "/it-support/funding/reminders";

    @EJB
    private Members members;
    @EJB
    private Reminders reminders;
    @EJB
    private ClockControl clock;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        switch (path) {
            case "/grantee" -> {
                String name = request.getParameter("name");
                MemberView member = members.createFoundingMember(new NewMember(MemberKind.PARTNER, name, null, null,
                        null));
                response.getWriter().write(Long.toString(member.id()));
            }
            case "/reminders" -> {
                LocalDate on = LocalDate.parse(request.getParameter("on"));
                synchronized (FundingTestSupport.class) {
                    clock.fixAt(on.atTime(LocalTime.of(8, 0)).atZone(ZoneId.of("Europe/Berlin")).toInstant());
                    try {
                        ReminderRun run = reminders.sendDue();
                        response.getWriter().write(run.leadReminders() + "," + run.overdueItems() + ","
                                + run.digestRecipients());
                    } finally {
                        clock.release();
                    }
                }
            }
            default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
