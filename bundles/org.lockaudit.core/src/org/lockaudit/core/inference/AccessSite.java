package org.lockaudit.core.inference;

import java.util.List;

import org.lockaudit.core.facts.AccessKind;
import org.lockaudit.core.program.FunctionId;
import org.lockaudit.core.program.LockId;

/**
 * One access in one calling context, with the locks held there: {@code must} on every path (as guard candidates
 * relative to the accessed object, and as display names), {@code may} on some path only. {@code exemption} is set
 * when the object is private at this point; {@code atomic} when the access is the pointer argument of an atomic
 * builtin; {@code mustLocks} are the instances held on every path (the binder's ids, with their subscripts:
 * {@code lru_locks[id]}); {@code reference} names the get/put call that keeps the object alive here, if any (lifetime only);
 * {@code hardIrq} true when every path to it tested a hard-IRQ predicate ({@code in_irq()}) true, false when every path
 * tested it false, null otherwise.
 */
public record AccessSite(FunctionId function, String file, int line, String field, boolean global, AccessKind kind,
        String base, boolean atomic, Exemption exemption, String reference, List<GuardCandidate> must,
        List<String> mustDisplay, List<String> mayOnly, AccessContext context, List<LockId> mustLocks,
        Boolean hardIrq) {
    public AccessSite {
        must = List.copyOf(must);
        mustLocks = List.copyOf(mustLocks);
        mustDisplay = List.copyOf(mustDisplay);
        mayOnly = List.copyOf(mayOnly);
    }

    public boolean write() {
        return kind != AccessKind.READ;
    }

    public boolean exempt() {
        return exemption != null;
    }

    /** Needs a lock: neither exempt nor atomic. */
    public boolean needsGuard() {
        return exemption == null && !atomic;
    }

    public boolean holds(GuardCandidate c) {
        return must.contains(c);
    }

    public boolean holdsLockNamed(String name) {
        for (GuardCandidate c : must) {
            if (c.named(name)) {
                return true;
            }
        }
        return false;
    }

    public String location() {
        return file + ":" + line;
    }

    public String kindName() {
        return switch (kind) {
            case READ -> "read";
            case WRITE -> "write";
            default -> "address";
        };
    }

    /** The function the access is reported under (see {@link AccessContext#attributedTo()}). */
    public String attributedTo() {
        return context.attributedTo();
    }
}
