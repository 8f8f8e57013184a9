package de.netzwerkbuero.web.health;

import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import javax.sql.DataSource;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;

/** {@code GET /health}: 200 when the database answers within two seconds, 503 when it does not. */
@WebServlet(urlPatterns = "/health")
public class HealthServlet extends HttpServlet {

    @Resource(lookup = "java:jboss/datasources/NetzwerkDS")
    private DataSource dataSource;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean databaseUp = databaseAnswers();
        response.setStatus(databaseUp ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType("application/json");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write("{\"status\":\"" + (databaseUp ? "UP" : "DOWN") + "\",\"checks\":[{\"name\":"
                + "\"database\",\"status\":\"" + (databaseUp ? "UP" : "DOWN") + "\"}]}");
    }

    private boolean databaseAnswers() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }
}
