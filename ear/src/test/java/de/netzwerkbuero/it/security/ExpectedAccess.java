package de.netzwerkbuero.it.security;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Who may call which API operation, written from DESIGN.md's role table ("Users and roles"), not read from the
 * code. Every operation the served OpenAPI document lists must have exactly one row here, so a new endpoint
 * fails {@link RoleMatrixIT} until someone classifies it: add one line.
 * <ul>
 *   <li>office: everything on members, events, programmes and projects;</li>
 *   <li>project-lead: only the projects they lead: read them, write and submit reports, record disbursements and
 *   expenditures ({@link Caller#LEAD_OWN}; {@code lead2} on {@code lead}'s objects is {@link Caller#LEAD_FOREIGN});
 *   collections without an object (lists filtered to the lead's own) are open to both;</li>
 *   <li>auditor: read everything of funding and the audit trail, review reports, nothing else;</li>
 *   <li>admin: accounts and roles, read the audit trail;</li>
 *   <li>anonymous: only the public endpoints.</li>
 * </ul>
 * Where the product deliberately reads DESIGN.md more widely, the row says why.
 */
final class ExpectedAccess {

    /** Who calls: the roles of DESIGN.md, a project lead once on their own and once on another lead's objects. */
    enum Caller { ANONYMOUS, OFFICE, LEAD_OWN, LEAD_FOREIGN, AUDITOR, ADMIN }

    private static final Caller OFFICE = Caller.OFFICE;
    private static final Caller LEAD_OWN = Caller.LEAD_OWN;
    private static final Caller AUDITOR = Caller.AUDITOR;
    private static final Caller ADMIN = Caller.ADMIN;
    /** Lists of funding (and funded events): every lead may ask, the answer holds only their own projects'. */
    private static final Caller[] FUNDING_LISTS = {OFFICE, Caller.LEAD_OWN, Caller.LEAD_FOREIGN, AUDITOR};
    private static final Caller[] PUBLIC = Caller.values();
    /** Reading funding: the office, the project's own lead, auditors. */
    private static final Caller[] FUNDING_READ = {OFFICE, LEAD_OWN, AUDITOR};
    /** What a lead writes on their project, besides the office. */
    private static final Caller[] LEAD_WRITE = {OFFICE, LEAD_OWN};

    private static final Map<String, Set<Caller>> ROWS = new LinkedHashMap<>();

    static {
        // platform
        allow("GET /api/v1/accounts", ADMIN);
        allow("POST /api/v1/accounts", ADMIN);
        allow("GET /api/v1/accounts/{username}", ADMIN);
        allow("PUT /api/v1/accounts/{username}/roles", ADMIN);
        allow("PUT /api/v1/accounts/{username}/enabled", ADMIN);
        allow("POST /api/v1/accounts/{username}/password", ADMIN);
        allow("DELETE /api/v1/accounts/{username}/totp", ADMIN);
        allow("GET /api/v1/audit", AUDITOR, ADMIN);
        allow("GET /api/v1/audit/verification", AUDITOR, ADMIN);
        allow("GET /api/v1/audit/export", AUDITOR, ADMIN);
        allow("GET /api/v1/audit/checkpoints", AUDITOR, ADMIN);
        allow("POST /api/v1/audit/checkpoints", AUDITOR, ADMIN);
        allow("GET /api/v1/persons/export", OFFICE);
        allow("POST /api/v1/persons/erasure", OFFICE);

        // membership
        allow("GET /api/v1/members", OFFICE);
        allow("POST /api/v1/members", OFFICE);
        allow("GET /api/v1/members/{id}", OFFICE);
        allow("PUT /api/v1/members/{id}", OFFICE);
        allow("GET /api/v1/members/{id}/transitions", OFFICE);
        allow("POST /api/v1/members/{id}/transitions", OFFICE);
        allow("GET /api/v1/members/{id}/application", OFFICE);
        allow("PUT /api/v1/members/{id}/application", OFFICE);
        allow("GET /api/v1/members/{id}/history", OFFICE);
        allow("GET /api/v1/members/{id}/contacts", OFFICE);
        allow("POST /api/v1/members/{id}/contacts", OFFICE);
        allow("GET /api/v1/members/{id}/profile", OFFICE);
        allow("PUT /api/v1/members/{id}/profile", OFFICE);
        allow("POST /api/v1/members/{id}/profile/publish", OFFICE);
        allow("POST /api/v1/members/{id}/profile/unpublish", OFFICE);
        allow("GET /api/v1/contacts/{id}", OFFICE);
        allow("PUT /api/v1/contacts/{id}", OFFICE);
        allow("GET /api/v1/contacts/{id}/export", OFFICE);
        allow("POST /api/v1/contacts/{id}/erasure", OFFICE);
        allow("GET /api/v1/admission-rounds", OFFICE);
        allow("POST /api/v1/admission-rounds", OFFICE);
        allow("GET /api/v1/admission-rounds/{id}", OFFICE);
        allow("PUT /api/v1/admission-rounds/{id}", OFFICE);
        allow("POST /api/v1/admission-rounds/{id}/open", OFFICE);
        allow("POST /api/v1/admission-rounds/{id}/close", OFFICE);
        allow("POST /api/v1/prospects", PUBLIC);
        allow("GET /api/v1/prospects/confirm", PUBLIC);
        allow("POST /api/v1/prospects/confirm", PUBLIC);
        allow("GET /api/v1/prospects", OFFICE);
        allow("GET /api/v1/prospects/{id}", OFFICE);
        allow("POST /api/v1/prospects/{id}/renewal", OFFICE);
        allow("POST /api/v1/prospects/{id}/conversion", OFFICE);
        allow("GET /api/v1/prospects/{id}/export", OFFICE);
        allow("POST /api/v1/prospects/{id}/erasure", OFFICE);
        // The official municipality register (Destatis, public data) feeds the public sign-up form's look-up.
        allow("GET /api/v1/register", PUBLIC);
        allow("GET /api/v1/register/status", PUBLIC);
        allow("GET /api/v1/register/{key}", PUBLIC);
        // README: the import of the bundled register is an office or administrator task.
        allow("POST /api/v1/register/import", OFFICE, ADMIN);
        allow("GET /api/v1/public/profiles", PUBLIC);
        allow("GET /api/v1/public/profiles/{memberId}", PUBLIC);

        // funding
        allow("GET /api/v1/programs", FUNDING_LISTS);
        allow("POST /api/v1/programs", OFFICE);
        allow("GET /api/v1/programs/{id}", FUNDING_LISTS);
        allow("PUT /api/v1/programs/{id}", OFFICE);
        allow("GET /api/v1/programs/rule-sets", FUNDING_LISTS);
        allow("GET /api/v1/projects", FUNDING_LISTS);
        allow("POST /api/v1/projects", OFFICE);
        allow("GET /api/v1/projects/{id}", FUNDING_READ);
        allow("PUT /api/v1/projects/{id}", OFFICE);
        allow("GET /api/v1/projects/{id}/details", FUNDING_READ);
        allow("POST /api/v1/projects/{id}/transitions", OFFICE);
        allow("PUT /api/v1/projects/{id}/rule-overrides", OFFICE);
        allow("GET /api/v1/projects/{id}/deadlines", FUNDING_READ);
        allow("GET /api/v1/projects/{id}/milestones", FUNDING_READ);
        allow("POST /api/v1/projects/{id}/milestones", OFFICE);
        allow("GET /api/v1/projects/{id}/reports", FUNDING_READ);
        allow("POST /api/v1/projects/{id}/reports", LEAD_WRITE);
        allow("GET /api/v1/projects/{id}/disbursements", FUNDING_READ);
        allow("POST /api/v1/projects/{id}/disbursements", LEAD_WRITE);
        allow("GET /api/v1/projects/{id}/expenditures", FUNDING_READ);
        allow("POST /api/v1/projects/{id}/expenditures", LEAD_WRITE);
        allow("GET /api/v1/projects/{id}/cost-plan", FUNDING_READ);
        allow("PUT /api/v1/projects/{id}/cost-plan", OFFICE);
        allow("GET /api/v1/projects/{id}/flags", FUNDING_READ);
        allow("GET /api/v1/projects/{id}/numerical-proof", FUNDING_READ);
        allow("GET /api/v1/projects/{id}/extensions", FUNDING_READ);
        allow("POST /api/v1/projects/{id}/extensions", OFFICE);
        allow("GET /api/v1/projects/{id}/audit-package", AUDITOR);
        allow("GET /api/v1/milestones/{id}", FUNDING_READ);
        allow("PUT /api/v1/milestones/{id}", OFFICE);
        allow("POST /api/v1/extensions/{id}/approve", OFFICE);
        allow("POST /api/v1/extensions/{id}/reject", OFFICE);
        allow("GET /api/v1/deadlines", FUNDING_LISTS);
        allow("GET /api/v1/reports/{id}", FUNDING_READ);
        allow("PUT /api/v1/reports/{id}", LEAD_WRITE);
        allow("POST /api/v1/reports/{id}/submit", LEAD_WRITE);
        allow("POST /api/v1/reports/{id}/review", AUDITOR);
        allow("GET /api/v1/reports/{id}/findings", FUNDING_READ);
        allow("GET /api/v1/reports/{id}/versions", FUNDING_READ);
        allow("GET /api/v1/reports/{id}/versions/{number}", FUNDING_READ);
        allow("GET /api/v1/reports/{id}/versions/{number}/pdf", FUNDING_READ);
        allow("POST /api/v1/reports/{id}/attachments", LEAD_WRITE);
        allow("GET /api/v1/reports/{id}/attachments/{attachmentId}", FUNDING_READ);
        allow("DELETE /api/v1/reports/{id}/attachments/{attachmentId}", LEAD_WRITE);

        // events: the office runs them; events of a funding project are part of its proofs, so its lead and
        // auditors read them (the fixture event belongs to lead's project); registering oneself is public
        allow("GET /api/v1/events", FUNDING_LISTS);
        allow("POST /api/v1/events", OFFICE);
        allow("GET /api/v1/events/{id}", FUNDING_READ);
        allow("PUT /api/v1/events/{id}", OFFICE);
        allow("POST /api/v1/events/{id}/publish", OFFICE);
        allow("POST /api/v1/events/{id}/close", OFFICE);
        allow("POST /api/v1/events/{id}/complete", OFFICE);
        allow("POST /api/v1/events/{id}/cancel", OFFICE);
        allow("GET /api/v1/events/{id}/agenda", FUNDING_READ);
        allow("POST /api/v1/events/{id}/agenda", OFFICE);
        allow("PUT /api/v1/events/{id}/agenda/{itemId}", OFFICE);
        allow("DELETE /api/v1/events/{id}/agenda/{itemId}", OFFICE);
        allow("GET /api/v1/events/{id}/registrations", FUNDING_READ);
        allow("POST /api/v1/events/{id}/registrations", PUBLIC);
        allow("GET /api/v1/events/{id}/ics", PUBLIC);
        allow("GET /api/v1/events/{id}/participants.csv", FUNDING_READ);
        allow("GET /api/v1/events/{id}/participants.xlsx", FUNDING_READ);
        allow("GET /api/v1/events/{id}/sign-in-sheet.pdf", FUNDING_READ);
        allow("GET /api/v1/registrations/{id}", FUNDING_READ);
        allow("DELETE /api/v1/registrations/{id}", OFFICE);
        allow("POST /api/v1/registrations/{id}/check-in", OFFICE);
        allow("POST /api/v1/registrations/{id}/no-show", OFFICE);
        allow("GET /api/v1/public/events", PUBLIC);
        allow("GET /api/v1/public/events/{id}", PUBLIC);
        allow("GET /api/v1/public/events/{id}/agenda", PUBLIC);
        allow("GET /api/v1/calendar.ics", PUBLIC);
    }

    private ExpectedAccess() {
    }

    private static void allow(String operation, Caller... callers) {
        if (ROWS.put(operation, EnumSet.copyOf(Set.of(callers))) != null) {
            throw new IllegalStateException("Two rows for " + operation);
        }
    }

    /** Every classified operation ({@code "METHOD /path"}) with the callers that may use it. */
    static Map<String, Set<Caller>> rows() {
        return ROWS;
    }

    static Set<Caller> allowed(String operation) {
        Set<Caller> callers = ROWS.get(operation);
        if (callers == null) {
            throw new IllegalArgumentException("Not classified: " + operation);
        }
        return callers;
    }

    static boolean isPublic(String operation) {
        return allowed(operation).contains(Caller.ANONYMOUS);
    }
}
