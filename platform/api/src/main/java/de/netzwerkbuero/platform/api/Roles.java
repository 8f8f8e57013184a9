package de.netzwerkbuero.platform.api;

/** The security roles of DESIGN.md, as used in {@code @RolesAllowed}. */
public final class Roles {
    public static final String OFFICE = "office";
    public static final String PROJECT_LEAD = "project-lead";
    public static final String AUDITOR = "auditor";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
