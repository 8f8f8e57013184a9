package de.netzwerkbuero.platform.api.error;

import jakarta.ejb.ApplicationException;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;

/**
 * A failure the caller can understand and act on: a rule forbids it, it does not exist, it is stale.
 * The {@link #key()} names a message in the web layer's resource bundles (prefix {@code problem.}); the
 * English default text is the exception's message, so a caller without bundles still reads a sentence.
 * Thrown out of an EJB it rolls the transaction back and reaches the caller unwrapped.
 */
@ApplicationException(rollback = true, inherited = true)
public abstract class ApplicationProblem extends RuntimeException {

    private final String key;
    private final Object[] args;

    protected ApplicationProblem(String key, String defaultPattern, Object... args) {
        super(new MessageFormat(defaultPattern, Locale.ENGLISH).format(args));
        this.key = key;
        this.args = args.clone();
    }

    /** The HTTP status this problem maps to (RFC 9457). */
    public abstract int status();

    /** A short title for the kind of problem, English. */
    public abstract String title();

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + key + Arrays.toString(args) + "]: " + getMessage();
    }
}
