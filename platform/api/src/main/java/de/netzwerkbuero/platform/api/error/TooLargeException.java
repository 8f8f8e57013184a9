package de.netzwerkbuero.platform.api.error;

/** An upload or payload exceeds its limit (413). */
public class TooLargeException extends ApplicationProblem {

    public TooLargeException(long limitBytes) {
        super("tooLarge", "The content is larger than the limit of {0} bytes.", limitBytes);
    }

    @Override
    public int status() {
        return 413;
    }

    @Override
    public String title() {
        return "Payload too large";
    }
}
