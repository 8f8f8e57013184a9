package de.netzwerkbuero.platform.api.privacy;

import java.io.Serializable;
import java.util.Map;

/**
 * What one module did for a request: whether its transaction committed, and how many records it touched per
 * kind (e.g. {@code registrations: 2}). {@code error} names the failure, without personal data.
 */
public record ModuleOutcome(String module, boolean succeeded, Map<String, Integer> counts, String error)
        implements Serializable {

    public ModuleOutcome {
        counts = counts == null ? Map.of() : Map.copyOf(counts);
    }

    public static ModuleOutcome success(String module, Map<String, Integer> counts) {
        return new ModuleOutcome(module, true, counts, null);
    }

    public static ModuleOutcome failure(String module, Throwable cause) {
        return new ModuleOutcome(module, false, Map.of(), cause == null ? "unknown" : cause.getClass().getSimpleName());
    }
}
