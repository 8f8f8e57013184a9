package de.netzwerkbuero.web.security;

import de.netzwerkbuero.web.rest.problem.ProblemResponses;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * The 401 error page: when authentication fails, the container answers 401 itself and replaces whatever body
 * the mechanism wrote; this page gives that answer the API's problem+json form.
 */
@WebServlet(urlPatterns = "/problem/unauthorized")
public class UnauthorizedProblemServlet extends HttpServlet {

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String instance = uri == null ? "" : uri.toString().replace("\\", "").replace("\"", "");
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setContentType(ProblemResponses.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        Object why = request.getAttribute(NetzwerkAuthenticationMechanism.UNAUTHORIZED_DETAIL);
        String detail = why == null ? "Valid credentials are required for this resource." : why.toString();
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                + "\"detail\":\"" + detail.replace("\"", "'") + "\",\"instance\":\"" + instance + "\"}");
    }
}
