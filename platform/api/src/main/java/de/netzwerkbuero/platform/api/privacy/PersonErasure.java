package de.netzwerkbuero.platform.api.privacy;

import java.util.Set;

/**
 * CDI event: erase (anonymise) everything about the person with this address (Art. 17). Fired synchronously
 * by {@link PersonRequests}; each module observes it with its priority from {@link PersonRequest} and does its
 * part through {@link #perform}.
 * <p>
 * Membership observes first and adds the ids of the person's contacts, so that later observers also find
 * records linked to a contact rather than to the address (an event registration of the contact).
 */
public final class PersonErasure extends PersonRequest {

    private final String erasureId;

    /**
     * @param email the normalised address ({@link PersonEmail#normalize}); {@code null} when only a contact
     *              without address is erased
     */
    public PersonErasure(String erasureId, String email, Set<Long> contactIds) {
        super(email, contactIds);
        this.erasureId = erasureId;
    }

    /** The random reference of this erasure for audit entries: it cannot be turned back into the address. */
    public String erasureId() {
        return erasureId;
    }

    @Override
    protected String describe() {
        return "erasure " + erasureId;
    }
}
