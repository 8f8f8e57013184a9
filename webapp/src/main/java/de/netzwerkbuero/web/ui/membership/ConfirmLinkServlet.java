package de.netzwerkbuero.web.ui.membership;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The address the confirmation mail links to ({@code <base-url>/prospects/confirm?token=...}): hands the token
 * to the confirmation page.
 */
@WebServlet(urlPatterns = "/prospects/confirm")
public class ConfirmLinkServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String token = request.getParameter("token");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.sendRedirect(request.getContextPath() + "/prospects/confirm.xhtml"
                + (token == null ? "" : "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8)));
    }
}
