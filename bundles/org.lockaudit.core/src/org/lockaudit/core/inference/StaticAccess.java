package org.lockaudit.core.inference;

import java.util.ArrayList;
import java.util.List;

import org.lockaudit.core.facts.AccessKind;
import org.lockaudit.core.program.FunctionId;

/**
 * One access in the source (function, file, line, kind, field) with all its calling contexts. It counts as holding
 * a lock only if every context holds it: one caller without the lock is enough for a race.
 */
public record StaticAccess(FunctionId function, String file, int line, String field, AccessKind kind,
        List<AccessSite> contexts) {
    public StaticAccess {
        contexts = List.copyOf(contexts);
    }

    public AccessSite first() {
        return contexts.get(0);
    }

    public boolean write() {
        return kind != AccessKind.READ;
    }

    public boolean needsGuard() {
        return first().needsGuard();
    }

    public boolean holds(GuardCandidate c) {
        for (AccessSite s : contexts) {
            if (!s.holds(c)) {
                return false;
            }
        }
        return true;
    }

    /** Candidates held in every context. */
    public List<GuardCandidate> heldEverywhere() {
        List<GuardCandidate> out = new ArrayList<>(first().must());
        for (AccessSite s : contexts) {
            out.retainAll(s.must());
        }
        return out;
    }

    /** The contexts where {@code c} is not held. */
    public List<AccessSite> contextsWithout(GuardCandidate c) {
        return contexts.stream().filter(s -> !s.holds(c)).toList();
    }

    public String location() {
        return file + ":" + line;
    }

    public String kindName() {
        return first().kindName();
    }

    public String attributedTo() {
        return first().attributedTo();
    }
}
