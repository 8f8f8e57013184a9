package de.netzwerkbuero.platform.api.error;

/** An object-level check refused the caller, beyond what {@code @RolesAllowed} already decides (403). */
public class AccessDeniedException extends ApplicationProblem {

    public AccessDeniedException(String key, String defaultPattern, Object... args) {
        super(key, defaultPattern, args);
    }

    @Override
    public int status() {
        return 403;
    }

    @Override
    public String title() {
        return "Forbidden";
    }
}
