package de.netzwerkbuero.platform.boundary;

import jakarta.ejb.SessionContext;

/** The name under which a business method runs: the caller, or "system" for timers and start-up work. */
final class CallerIdentity {

    static final String SYSTEM = "system";

    private CallerIdentity() {
    }

    static String name(SessionContext context) {
        String name = context.getCallerPrincipal() == null ? null : context.getCallerPrincipal().getName();
        return name == null || name.isBlank() || "anonymous".equals(name) ? SYSTEM : name;
    }
}
