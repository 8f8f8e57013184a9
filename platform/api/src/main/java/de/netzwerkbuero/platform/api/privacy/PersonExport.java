package de.netzwerkbuero.platform.api.privacy;

import jakarta.json.JsonValue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * CDI event: collect everything stored about the person with this address (Art. 15). Each module observes it
 * with the priorities of {@link PersonErasure}, adds its part as a JSON section ({@link #add}) and names the
 * records that are about the person ({@link #subject}), so that the platform can add the audit entries about
 * them. Membership adds the person's contact ids first. A module that fails reports it with {@link #failed}.
 */
public final class PersonExport {

    /** A record the person is the subject of, as the audit trail names it. */
    public record Subject(String entityType, String entityId) {
    }

    private final String email;
    private final Set<Long> contactIds = new LinkedHashSet<>();
    private final Set<String> emails = new LinkedHashSet<>();
    private final Map<String, JsonValue> sections = new LinkedHashMap<>();
    private final List<Subject> subjects = new ArrayList<>();
    private final List<ModuleOutcome> outcomes = new ArrayList<>();

    public PersonExport(String email) {
        this.email = email;
        addEmail(email);
    }

    public String email() {
        return email;
    }

    public Set<Long> contactIds() {
        return Collections.unmodifiableSet(contactIds);
    }

    public void addContactIds(Set<Long> ids) {
        contactIds.addAll(ids);
    }

    /**
     * Every address of the person: the one asked about and those a module found on records linked to one of
     * their contacts (a registration made with another address); mail is looked up by all of them.
     */
    public Set<String> emails() {
        return Collections.unmodifiableSet(emails);
    }

    public void addEmail(String address) {
        if (address != null && !address.isBlank()) {
            emails.add(address.trim().toLowerCase(Locale.ROOT));
        }
    }

    public void add(String section, JsonValue content) {
        sections.put(section, content);
    }

    public void subject(String entityType, Object entityId) {
        subjects.add(new Subject(entityType, String.valueOf(entityId)));
    }

    public void succeeded(String module, Map<String, Integer> counts) {
        outcomes.add(ModuleOutcome.success(module, counts));
    }

    public void failed(String module, Throwable cause) {
        outcomes.add(ModuleOutcome.failure(module, cause));
    }

    public Map<String, JsonValue> sections() {
        return Collections.unmodifiableMap(sections);
    }

    public List<Subject> subjects() {
        return List.copyOf(subjects);
    }

    public List<ModuleOutcome> outcomes() {
        return List.copyOf(outcomes);
    }
}
