package de.netzwerkbuero.platform.api.error;

/** The thing asked for does not exist, or the caller may not know that it does (404). */
public class NotFoundException extends ApplicationProblem {

    public NotFoundException(String entityType, Object id) {
        super("notFound", "{0} {1} was not found.", entityType, String.valueOf(id));
    }

    @Override
    public int status() {
        return 404;
    }

    @Override
    public String title() {
        return "Not found";
    }
}
