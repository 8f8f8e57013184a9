package de.netzwerkbuero.membership.boundary;

import de.netzwerkbuero.membership.domain.Application;
import de.netzwerkbuero.membership.domain.Contact;
import de.netzwerkbuero.membership.domain.Prospect;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import java.util.List;

/** Every stored field of a contact or prospect as DSGVO export JSON (Art. 15): one shape for every export. */
final class PersonalDataJson {

    private PersonalDataJson() {
    }

    static JsonObjectBuilder contact(Contact c, String memberName) {
        JsonObjectBuilder contact = Json.createObjectBuilder().add("id", c.getId()).add("memberId", c.getMemberId());
        put(contact, "memberName", memberName);
        put(contact, "firstName", c.getFirstName());
        put(contact, "lastName", c.getLastName());
        put(contact, "function", c.getFunction());
        put(contact, "email", c.getEmail());
        put(contact, "phone", c.getPhone());
        contact.add("primary", c.isPrimary()).add("consent", c.getConsentAt() != null);
        put(contact, "consentAt", c.getConsentAt());
        put(contact, "erasedAt", c.getErasedAt());
        return contact;
    }

    /** The applications that name a contact as their contact person. */
    static JsonArrayBuilder applicationsNaming(List<Application> applications) {
        JsonArrayBuilder naming = Json.createArrayBuilder();
        for (Application a : applications) {
            JsonObjectBuilder named = Json.createObjectBuilder().add("memberId", a.getMemberId());
            put(named, "contactPerson", a.getContactPerson());
            naming.add(named);
        }
        return naming;
    }

    static JsonObjectBuilder prospect(Prospect p) {
        JsonObjectBuilder prospect = Json.createObjectBuilder().add("id", p.getId());
        put(prospect, "organisation", p.getOrganisation());
        put(prospect, "ags", p.getAgs());
        put(prospect, "contactName", p.getContactName());
        put(prospect, "email", p.getEmail());
        put(prospect, "status", p.getStatus());
        put(prospect, "signedUpAt", p.getSignedUpAt());
        put(prospect, "consentAt", p.getConsentAt());
        put(prospect, "confirmedAt", p.getConfirmedAt());
        put(prospect, "expiresOn", p.getExpiresOn());
        put(prospect, "memberId", p.getMemberId());
        return prospect;
    }

    private static void put(JsonObjectBuilder object, String name, Object value) {
        if (value == null) {
            object.addNull(name);
        } else {
            object.add(name, value.toString());
        }
    }
}
