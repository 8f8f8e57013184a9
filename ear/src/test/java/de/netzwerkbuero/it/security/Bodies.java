package de.netzwerkbuero.it.security;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A minimal valid JSON body for every operation that takes one, with what each field is (for the malformed
 * variants): {@link RoleMatrixIT} sends the valid body, {@link MalformedInputIT} breaks it field by field.
 */
final class Bodies {

    /** What a field holds; decides which malformed values are certainly invalid for it. */
    enum Kind { TEXT, CHOICE, DATE, INSTANT, INT, AMOUNT, ID, BOOL, TEXT_LIST, OBJECTS }

    /** {@code huge}: a length above the field's limit (100,000 characters unless the field allows more). */
    record Field(String name, Kind kind, boolean required, int huge) {
    }

    /** {@code optionalBody}: the operation accepts no body at all (so "empty" is not malformed there). */
    record Template(JsonObject valid, List<Field> fields, boolean optionalBody) {

        boolean hasRequired() {
            return fields.stream().anyMatch(Field::required);
        }
    }

    private static final int HUGE = 100_000;

    private Bodies() {
    }

    private static final class Builder {
        private final JsonObjectBuilder json = Json.createObjectBuilder();
        private final List<Field> fields = new ArrayList<>();
        private boolean optionalBody;

        Builder req(String name, Kind kind, Object value) {
            return field(name, kind, true, value, HUGE);
        }

        Builder opt(String name, Kind kind, Object value) {
            return field(name, kind, false, value, HUGE);
        }

        Builder field(String name, Kind kind, boolean required, Object value, int huge) {
            fields.add(new Field(name, kind, required, huge));
            if (value instanceof String s) {
                json.add(name, s);
            } else if (value instanceof Integer i) {
                json.add(name, i);
            } else if (value instanceof Long l) {
                json.add(name, l);
            } else if (value instanceof Boolean b) {
                json.add(name, b);
            } else if (value instanceof List<?> list) {
                var array = Json.createArrayBuilder();
                list.forEach(item -> array.add(item instanceof JsonObject o ? o : Json.createValue(item.toString())));
                json.add(name, array);
            }
            // null: the field is left out of the valid body
            return this;
        }

        Builder optionalBody() {
            optionalBody = true;
            return this;
        }

        Template build() {
            return new Template(json.build(), List.copyOf(fields), optionalBody);
        }
    }

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** The template of an operation ({@code "METHOD /path"}), if it takes a JSON body. */
    static Optional<Template> of(String operation, Fixtures f) {
        Builder b = new Builder();
        String today = f.today.toString();
        switch (operation) {
            case "POST /api/v1/accounts" -> b.req("username", Kind.TEXT, "fz" + tag()).req("displayName", Kind.TEXT, "Fuzz")
                    .req("email", Kind.TEXT, "fz" + tag() + "@example.org").req("roles", Kind.TEXT_LIST, List.of("office"))
                    .req("password", Kind.TEXT, "ein-langes-passwort-1");
            case "PUT /api/v1/accounts/{username}/roles" -> b.req("roles", Kind.TEXT_LIST, List.of("office"))
                    .optionalBody();
            case "PUT /api/v1/accounts/{username}/enabled" -> b.opt("enabled", Kind.BOOL, true).optionalBody();
            case "POST /api/v1/accounts/{username}/password" -> b.req("password", Kind.TEXT, "ein-neues-passwort-2");
            case "POST /api/v1/members" -> b.req("kind", Kind.CHOICE, "PARTNER").req("name", Kind.TEXT, "Verein " + tag())
                    .opt("ags", Kind.TEXT, null).opt("website", Kind.TEXT, "https://verein.example")
                    .opt("email", Kind.TEXT, "post@verein.example");
            case "PUT /api/v1/members/{id}" -> b.req("kind", Kind.CHOICE, "PARTNER").req("name", Kind.TEXT, "Verein " + tag())
                    .opt("ags", Kind.TEXT, null).opt("website", Kind.TEXT, "https://verein.example")
                    .opt("email", Kind.TEXT, "post@verein.example");
            case "POST /api/v1/members/{id}/transitions" -> b.req("action", Kind.CHOICE, "apply")
                    .opt("reason", Kind.TEXT, null).opt("admissionRoundId", Kind.ID, null);
            case "PUT /api/v1/members/{id}/application" -> b.req("motivation", Kind.TEXT, "Leerstand beleben")
                    .opt("expectations", Kind.TEXT, "Austausch").opt("vacancyProjects", Kind.TEXT, "Alte Schule")
                    .opt("preselectionOn", Kind.DATE, null).opt("preselectionOutcome", Kind.TEXT, null)
                    .opt("meetingOn", Kind.DATE, null).opt("meetingOutcome", Kind.TEXT, null)
                    .opt("contactId", Kind.ID, null).opt("contactPerson", Kind.TEXT, null).opt("notes", Kind.TEXT, "—");
            case "POST /api/v1/members/{id}/contacts", "PUT /api/v1/contacts/{id}" -> b.opt("firstName", Kind.TEXT, "Anna")
                    .req("lastName", Kind.TEXT, "Antweiler").opt("function", Kind.TEXT, "Vorsitzende")
                    .opt("email", Kind.TEXT, "anna." + tag() + "@example.org").opt("phone", Kind.TEXT, "02693 1")
                    .opt("primary", Kind.BOOL, false).opt("consent", Kind.BOOL, true);
            case "PUT /api/v1/members/{id}/profile" -> b.opt("text", Kind.TEXT, "Wir beleben die alte Schule.")
                    .opt("creativePlaces", Kind.TEXT_LIST, List.of("Alte Schule")).opt("links", Kind.TEXT_LIST, List.of())
                    .opt("imageUrl", Kind.TEXT, null);
            case "POST /api/v1/admission-rounds", "PUT /api/v1/admission-rounds/{id}" -> {
                String date = f.today.plusDays(400).toString();
                b.req("date", Kind.DATE, date).opt("applicationDeadline", Kind.DATE, f.today.plusDays(380).toString())
                        .req("capacity", Kind.INT, 3);
            }
            case "POST /api/v1/persons/erasure" -> b.req("email", Kind.TEXT, "niemand." + tag() + "@example.org");
            case "POST /api/v1/prospects" -> b.req("organisation", Kind.TEXT, "Gemeinde Musterau").opt("ags", Kind.TEXT, null)
                    .req("contactName", Kind.TEXT, "Mia Muster").req("email", Kind.TEXT, "mia." + tag() + "@example.org")
                    .opt("consent", Kind.BOOL, true);
            case "POST /api/v1/prospects/{id}/conversion" -> b.opt("kind", Kind.CHOICE, "PARTNER").optionalBody();
            case "POST /api/v1/programs", "PUT /api/v1/programs/{id}" -> b.req("name", Kind.TEXT, "Programm " + tag())
                    .req("funder", Kind.TEXT, "BMWSB/BBSR").req("legalBasis", Kind.CHOICE, "ANBEST_P")
                    .opt("durationMonths", Kind.INT, 24).opt("stages", Kind.TEXT_LIST, List.of("Kick-Off"))
                    .opt("holdsDisbursementUntilInterimProofAccepted", Kind.BOOL, false);
            case "POST /api/v1/projects", "PUT /api/v1/projects/{id}" -> b.req("programId", Kind.ID, f.programId)
                    .req("memberId", Kind.ID, f.granteeId).req("title", Kind.TEXT, "Vorhaben Leerstand")
                    .req("fundingReference", Kind.TEXT, "FKZ-" + tag())
                    .req("periodStart", Kind.DATE, f.periodStart().toString()).opt("periodEnd", Kind.DATE, null)
                    .req("approvedAmount", Kind.AMOUNT, 100000).req("ownShare", Kind.AMOUNT, 10000)
                    .req("leadUsername", Kind.TEXT, "lead");
            case "POST /api/v1/projects/{id}/transitions" -> b.req("action", Kind.CHOICE, "APPROVE");
            case "PUT /api/v1/projects/{id}/rule-overrides" -> b.opt("interimProofMonthsAfterYearEnd", Kind.INT, null)
                    .opt("finalProofMonthsAfterEnd", Kind.INT, null).opt("finalProofAfterPurposeFulfilled", Kind.BOOL, null)
                    .opt("spendWindow", Kind.CHOICE, null).opt("costLineTolerancePercent", Kind.AMOUNT, null)
                    .opt("receiptRetentionYears", Kind.INT, null).opt("interestPointsAboveBaseRate", Kind.AMOUNT, null)
                    .opt("basis", Kind.TEXT, null).optionalBody();
            case "POST /api/v1/projects/{id}/milestones", "PUT /api/v1/milestones/{id}" -> b.req("title", Kind.TEXT, "Meilenstein " + tag())
                    .req("dueOn", Kind.DATE, f.today.plusDays(90).toString()).opt("deliverable", Kind.TEXT, "Plan");
            case "POST /api/v1/projects/{id}/reports" -> b.req("kind", Kind.CHOICE, "INTERIM_PROOF")
                    .opt("milestoneId", Kind.ID, null).field("fiscalYear", Kind.INT, true, f.periodStart().getYear(), HUGE)
                    .field("text", Kind.TEXT, false, "Zwischennachweis", 250_000);
            case "POST /api/v1/projects/{id}/disbursements" -> b.req("amount", Kind.AMOUNT, 1000)
                    .req("payoutOn", Kind.DATE, today).opt("reference", Kind.TEXT, "Abruf " + tag());
            case "POST /api/v1/projects/{id}/expenditures" -> b.req("spentOn", Kind.DATE, today)
                    .req("category", Kind.TEXT, "Sachkosten").req("amount", Kind.AMOUNT, 250)
                    .opt("receiptReference", Kind.TEXT, "Beleg " + tag()).opt("description", Kind.TEXT, "Moderationskoffer");
            case "PUT /api/v1/projects/{id}/cost-plan" -> b.opt("lines", Kind.OBJECTS, List.of(Json.createObjectBuilder()
                    .add("category", "Sachkosten").add("year", f.today.getYear()).add("amount", 5000).build()));
            case "POST /api/v1/projects/{id}/extensions" -> b.req("newPeriodEnd", Kind.DATE, f.periodEnd.plusYears(2).toString())
                    .req("reason", Kind.TEXT, "Bauverzug").opt("reference", Kind.TEXT, "Az " + tag());
            case "POST /api/v1/extensions/{id}/reject" -> b.opt("note", Kind.TEXT, "nicht begründet").optionalBody();
            case "PUT /api/v1/reports/{id}" -> b.field("text", Kind.TEXT, false, "Sachbericht", 250_000);
            case "POST /api/v1/reports/{id}/review" -> b.req("decision", Kind.CHOICE, "ACCEPT")
                    .opt("findings", Kind.OBJECTS, List.of());
            case "POST /api/v1/events", "PUT /api/v1/events/{id}" -> {
                JsonObject e = Json.createReader(new java.io.StringReader(
                        Fixtures.eventJson("Werkstatt " + tag(), f.projectId))).readObject();
                b.req("type", Kind.CHOICE, e.getString("type")).req("format", Kind.CHOICE, e.getString("format"))
                        .req("title", Kind.TEXT, e.getString("title")).opt("description", Kind.TEXT, e.getString("description"))
                        .req("startsAt", Kind.INSTANT, e.getString("startsAt")).req("endsAt", Kind.INSTANT, e.getString("endsAt"))
                        .opt("venue", Kind.TEXT, e.getString("venue")).opt("onlineUrl", Kind.TEXT, null)
                        .opt("hostMemberId", Kind.ID, null).req("capacity", Kind.INT, 200).opt("perMemberQuota", Kind.INT, null)
                        .req("audience", Kind.CHOICE, "PUBLIC").opt("registrationOpensAt", Kind.INSTANT, null)
                        .opt("registrationClosesAt", Kind.INSTANT, null).opt("projectId", Kind.ID, f.projectId);
            }
            case "POST /api/v1/events/{id}/cancel" -> b.opt("reason", Kind.TEXT, "Krankheit").optionalBody();
            case "POST /api/v1/events/{id}/agenda", "PUT /api/v1/events/{id}/agenda/{itemId}" -> {
                JsonObject a = Json.createReader(new java.io.StringReader(Fixtures.agendaJson("Rundgang " + tag())))
                        .readObject();
                b.req("startsAt", Kind.INSTANT, a.getString("startsAt")).opt("endsAt", Kind.INSTANT, a.getString("endsAt"))
                        .req("title", Kind.TEXT, a.getString("title")).opt("description", Kind.TEXT, null)
                        .opt("location", Kind.TEXT, "Marktplatz");
            }
            case "POST /api/v1/events/{id}/registrations" -> b.opt("memberId", Kind.ID, null).opt("contactId", Kind.ID, null)
                    .req("firstName", Kind.TEXT, "Paula").req("lastName", Kind.TEXT, "Probe")
                    .req("email", Kind.TEXT, "paula." + tag() + "@example.org").opt("organisation", Kind.TEXT, null);
            default -> {
                return Optional.empty();
            }
        }
        return Optional.of(b.build());
    }

    /** The valid body of an operation for the role matrix: the template, or {@code ""} for operations without one. */
    static String valid(String operation, Fixtures f) {
        return of(operation, f).map(t -> t.valid().toString()).orElse("");
    }
}
