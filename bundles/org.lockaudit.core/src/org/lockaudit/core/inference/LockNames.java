package org.lockaudit.core.inference;

import java.util.Map;

import org.lockaudit.core.dataflow.LockChange;
import org.lockaudit.core.program.FunctionId;
import org.lockaudit.core.program.LockId;
import org.lockaudit.core.summary.FunctionSummary;

/**
 * Resolves a lock name as a user writes it: the lock's own name ({@code _pcidevs_lock}, {@code pci_dev.lock}), or a
 * wrapper function that acquires exactly one lock ({@code pcidevs_lock} = {@code _pcidevs_lock}), found from Engine
 * II's summaries.
 */
public final class LockNames {
    private final Map<FunctionId, FunctionSummary> summaries;

    public LockNames(Map<FunctionId, FunctionSummary> summaries) {
        this.summaries = summaries;
    }

    /** The lock name guard candidates use ({@code _pcidevs_lock}); {@code name} itself when not a wrapper. */
    public String resolve(String name) {
        if (name == null) {
            return null;
        }
        name = name.trim().replaceAll("\\(\\s*\\)$", "").replaceAll("^&", "");
        for (Map.Entry<FunctionId, FunctionSummary> e : summaries.entrySet()) {
            if (!e.getKey().name().equals(name)) {
                continue;
            }
            LockId only = null;
            for (LockChange c : e.getValue().any()) {
                if (c.kind() == LockChange.Kind.ACQUIRE) {
                    if (only != null) {
                        return name;
                    }
                    only = c.lock();
                }
            }
            if (only != null) {
                return only.kind() == LockId.Kind.GLOBAL ? only.display().replaceAll(" \\(.*\\)$", "") : only.canonical();
            }
        }
        return name;
    }

    /** Whether {@code c} is the lock a user named {@code name} (directly or through its wrapper). */
    public boolean matches(GuardCandidate c, String name) {
        return c.named(name) || c.named(resolve(name));
    }
}
