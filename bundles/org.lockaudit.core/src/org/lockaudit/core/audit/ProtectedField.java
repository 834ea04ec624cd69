package org.lockaudit.core.audit;

import java.util.List;

import org.lockaudit.core.inference.StaticAccess;

/**
 * A field or global accessed while the audited lock is held. {@code role}: {@code sole} (no other lock held at any
 * of those accesses), {@code co-guarded} (with {@code coGuards}, held at all of them too); {@code mutable} is false for
 * init-only, immutable and atomic fields, which need no lock; {@code without} are its accesses elsewhere that need a
 * lock and do not hold this one; {@code bare} are the accesses under the lock where no other lock is held (left
 * unprotected if the lock disappeared).
 */
public record ProtectedField(String field, String guard, boolean mutable, String role, List<String> coGuards,
        List<StaticAccess> under, List<StaticAccess> without, List<StaticAccess> bare) {
    public ProtectedField {
        coGuards = List.copyOf(coGuards);
        under = List.copyOf(under);
        without = List.copyOf(without);
        bare = List.copyOf(bare);
    }
}
