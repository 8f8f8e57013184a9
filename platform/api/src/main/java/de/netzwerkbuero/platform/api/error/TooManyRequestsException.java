package de.netzwerkbuero.platform.api.error;

/** A caller used up its attempts for a while (429); {@link #retryAfterSeconds()} says when to come back. */
public class TooManyRequestsException extends ApplicationProblem {

    private final long retryAfterSeconds;

    public TooManyRequestsException(long retryAfterSeconds) {
        super("tooManyRequests", "Too many requests: please try again in {0} minute(s).",
                Math.max(1, (retryAfterSeconds + 59) / 60));
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    @Override
    public int status() {
        return 429;
    }

    @Override
    public String title() {
        return "Too many requests";
    }
}
