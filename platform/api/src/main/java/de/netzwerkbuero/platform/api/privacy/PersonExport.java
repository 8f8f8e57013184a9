package de.netzwerkbuero.platform.api.privacy;

import jakarta.json.JsonValue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CDI event: collect everything stored about the person with this address (Art. 15). Each module observes it
 * with its priority from {@link PersonRequest}, adds its part as a JSON section ({@link #add}) and names the
 * records that are about the person ({@link #subject}), so that the platform can add the audit entries about
 * them. Membership adds the person's contact ids first.
 */
public final class PersonExport extends PersonRequest {

    /** A record the person is the subject of, as the audit trail names it. */
    public record Subject(String entityType, String entityId) {
    }

    private final Map<String, JsonValue> sections = new LinkedHashMap<>();
    private final List<Subject> subjects = new ArrayList<>();

    public PersonExport(String email) {
        super(email, null);
    }

    public void add(String section, JsonValue content) {
        sections.put(section, content);
    }

    public void subject(String entityType, Object entityId) {
        subjects.add(new Subject(entityType, String.valueOf(entityId)));
    }

    public Map<String, JsonValue> sections() {
        return Collections.unmodifiableMap(sections);
    }

    public List<Subject> subjects() {
        return List.copyOf(subjects);
    }

    @Override
    protected String describe() {
        return "export";
    }
}
