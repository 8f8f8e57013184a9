package de.netzwerkbuero.platform.api.privacy;

import java.io.Serializable;
import java.util.List;

/**
 * The answer to an erasure: its random reference (also in every module's audit entry, never the address) and
 * the outcome per module. An incomplete erasure can be run again with the same address: every module's part
 * is idempotent.
 */
public record ErasureReport(String erasureId, List<ModuleOutcome> modules) implements Serializable {

    public ErasureReport {
        modules = List.copyOf(modules);
    }

    public boolean complete() {
        return modules.stream().allMatch(ModuleOutcome::succeeded);
    }

    public List<String> failedModules() {
        return modules.stream().filter(m -> !m.succeeded()).map(ModuleOutcome::module).toList();
    }
}
