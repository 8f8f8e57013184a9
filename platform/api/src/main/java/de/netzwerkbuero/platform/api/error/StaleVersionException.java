package de.netzwerkbuero.platform.api.error;

/** The caller's copy is older than the stored one: reload and try again (412). */
public class StaleVersionException extends ApplicationProblem {

    public StaleVersionException(String entityType, Object id, long expected, long actual) {
        super("staleVersion", "{0} {1} was changed meanwhile (your version {2}, stored version {3}).",
                entityType, String.valueOf(id), expected, actual);
    }

    @Override
    public int status() {
        return 412;
    }

    @Override
    public String title() {
        return "Precondition failed: stale version";
    }
}
