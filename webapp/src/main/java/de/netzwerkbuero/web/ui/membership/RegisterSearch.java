package de.netzwerkbuero.web.ui.membership;

import de.netzwerkbuero.membership.api.MunicipalityRegister;
import de.netzwerkbuero.membership.api.RegisterEntry;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The autocomplete over the municipality register: suggestions are labels (name, kind and district, state,
 * key); the entries behind the last suggestions are kept, so that picking a label yields its entry.
 */
final class RegisterSearch implements Serializable {

    static final int LIMIT = 15;
    private static final String SEPARATOR = " · ";

    private final Map<String, RegisterEntry> lastSuggestions = new LinkedHashMap<>();

    List<String> complete(MunicipalityRegister register, String text) {
        lastSuggestions.clear();
        if (text == null || text.trim().length() < 2) {
            return List.of();
        }
        for (RegisterEntry entry : register.search(text, LIMIT)) {
            if (entry.eligible()) {
                lastSuggestions.put(label(entry), entry);
            }
        }
        return List.copyOf(lastSuggestions.keySet());
    }

    Optional<RegisterEntry> picked(MunicipalityRegister register, String label) {
        if (label == null) {
            return Optional.empty();
        }
        RegisterEntry entry = lastSuggestions.get(label);
        if (entry != null) {
            return Optional.of(entry);
        }
        int last = label.lastIndexOf(SEPARATOR);
        return last < 0 ? Optional.empty() : register.find(label.substring(last + SEPARATOR.length()));
    }

    static String label(RegisterEntry e) {
        String where = e.kind() == de.netzwerkbuero.membership.api.RegisterEntryKind.DISTRICT
                ? e.type() : e.districtName();
        return e.name() + SEPARATOR + (where == null ? "" : where + SEPARATOR) + e.state() + SEPARATOR + e.key();
    }
}
