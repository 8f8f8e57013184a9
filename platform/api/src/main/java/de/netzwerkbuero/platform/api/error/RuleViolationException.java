package de.netzwerkbuero.platform.api.error;

/**
 * A business rule or a workflow forbids the action in the current state (409). The key names the rule,
 * for example {@code membership.transitionNotAllowed}.
 */
public class RuleViolationException extends ApplicationProblem {

    public RuleViolationException(String key, String defaultPattern, Object... args) {
        super(key, defaultPattern, args);
    }

    @Override
    public int status() {
        return 409;
    }

    @Override
    public String title() {
        return "Conflict with a business rule";
    }
}
