package de.netzwerkbuero.membership.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The steps of the membership workflow. The office names the manual ones by their lowercase name; ACTIVATE and
 * LEAVE are taken by the system when their date has come.
 */
public enum MembershipAction {
    APPLY(true, false), REVIEW(true, false), ADMIT(true, false), REJECT(true, true), WITHDRAW(true, false),
    SUSPEND(true, true), RESUME(true, false), RESIGN(true, true),
    ACTIVATE(false, false), LEAVE(false, false);

    private final boolean manual;
    private final boolean reasonRequired;

    MembershipAction(boolean manual, boolean reasonRequired) {
        this.manual = manual;
        this.reasonRequired = reasonRequired;
    }

    /** The manual action with this name (case-insensitive), empty for anything else. */
    public static Optional<MembershipAction> manual(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(a -> a.manual && a.apiName().equals(wanted)).findFirst();
    }

    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean manual() {
        return manual;
    }

    public boolean reasonRequired() {
        return reasonRequired;
    }
}
