package de.netzwerkbuero.platform.api.privacy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * CDI event: erase (anonymise) everything about the person with this address (Art. 17). Fired synchronously
 * by {@link PersonRequests}; each module observes it with the priority given here, does its part in a
 * transaction of its own and reports the outcome with {@link #succeeded} or {@link #failed} instead of throwing,
 * so that a failure in one module neither stops the others nor goes unreported.
 * <p>
 * Membership observes first and adds the ids of the person's contacts, so that later observers also find
 * records linked to a contact rather than to the address (an event registration of the contact).
 */
public final class PersonErasure {

    public static final int MEMBERSHIP = 100;
    public static final int EVENTS = 200;
    public static final int PLATFORM = 900;

    private final String erasureId;
    private final String email;
    private final Set<Long> contactIds = new LinkedHashSet<>();
    private final Set<String> emails = new LinkedHashSet<>();
    private final List<ModuleOutcome> outcomes = new ArrayList<>();

    /**
     * @param email the normalised address ({@link PersonEmail#normalize}); {@code null} when only a contact
     *              without address is erased
     */
    public PersonErasure(String erasureId, String email, Set<Long> contactIds) {
        this.erasureId = erasureId;
        this.email = email;
        addEmail(email);
        if (contactIds != null) {
            this.contactIds.addAll(contactIds);
        }
    }

    /** The random reference of this erasure for audit entries: it cannot be turned back into the address. */
    public String erasureId() {
        return erasureId;
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

    public void succeeded(String module, Map<String, Integer> counts) {
        outcomes.add(ModuleOutcome.success(module, counts));
    }

    public void failed(String module, Throwable cause) {
        outcomes.add(ModuleOutcome.failure(module, cause));
    }

    public List<ModuleOutcome> outcomes() {
        return List.copyOf(outcomes);
    }
}
