package de.netzwerkbuero.platform.api.privacy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What the DSGVO requests ({@link PersonExport}, {@link PersonErasure}) share: the person's address, the contact
 * ids and further addresses the modules find on the way, and each module's outcome. Observers run their part
 * through {@link #perform}, so that a failure in one module neither stops the others nor goes unreported.
 */
public abstract class PersonRequest {

    /** The order in which modules observe a request: membership first, it names the person's contacts. */
    public static final int MEMBERSHIP = 100;
    public static final int EVENTS = 200;
    public static final int PLATFORM = 900;

    private static final Logger LOG = Logger.getLogger(PersonRequest.class.getName());

    private final String email;
    private final Set<Long> contactIds = new LinkedHashSet<>();
    private final Set<String> emails = new LinkedHashSet<>();
    private final List<ModuleOutcome> outcomes = new ArrayList<>();

    protected PersonRequest(String email, Set<Long> contactIds) {
        this.email = email;
        addEmail(email);
        if (contactIds != null) {
            this.contactIds.addAll(contactIds);
        }
    }

    /** The normalised address asked about; {@code null} when only a contact without address is erased. */
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

    /** Runs one module's part (in a transaction of its own) and records its counts, or its failure. */
    public void perform(String module, Supplier<Map<String, Integer>> part) {
        try {
            succeeded(module, part.get());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "DSGVO " + describe() + ": the part of module " + module + " failed", e);
            failed(module, e);
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

    /** For the log: which request this is, without the address. */
    protected abstract String describe();
}
