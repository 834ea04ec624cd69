package org.lockaudit.core.inference;

import java.util.Comparator;

import org.lockaudit.core.program.LockId;

/**
 * A lock as a guard of a field, independent of the instance it was reached through: its canonical id
 * ({@code _pcidevs_lock}, {@code pci_dev.lock}) and its {@link LockRelation} to the accessed object. The object's
 * own {@code pci_dev.lock} and another {@code pci_dev}'s lock are two different candidates.
 */
public record GuardCandidate(String lock, LockRelation relation) implements Comparable<GuardCandidate> {
    private static final Comparator<GuardCandidate> ORDER = Comparator.comparing(GuardCandidate::lock)
            .thenComparing(GuardCandidate::relation);

    /**
     * RCU's read side as a candidate ({@link LockId#rcuReadSide}): it keeps no writer out, so it is never proposed
     * as the field's guard: RCU is a concept of its own, not a lock. Limit: the race rule still counts it as a lock
     * both accesses hold.
     */
    public boolean rcuReadSide() {
        return relation == LockRelation.GLOBAL && LockId.RCU.equals(lock);
    }

    /** The candidate that held lock {@code l} is for an access of an object reached through {@code base}. */
    public static GuardCandidate of(LockId l, String field, boolean global, String base) {
        if (l.kind() == LockId.Kind.GLOBAL) {
            return new GuardCandidate(l.display().replaceAll(" \\(.*\\)$", ""), LockRelation.GLOBAL);
        }
        if (l.kind() != LockId.Kind.MEMBER) {
            return new GuardCandidate(l.canonical(), LockRelation.OTHER);
        }
        String owner = FieldPaths.owner(field, global);
        String lockOwner = l.canonical().substring(0, l.canonical().indexOf('.'));
        boolean same = owner != null && owner.equals(lockOwner) && sameObject(l.base(), field, base);
        return new GuardCandidate(l.canonical(), same ? LockRelation.OWN : LockRelation.OTHER);
    }

    /**
     * The access reaches the same object as the lock: same base text, or (for an access expanded from a macro, whose
     * recorded base is the macro invocation, as in {@code list_for_each_entry(p, &d->pdev_list, ...)}) the invocation
     * contains {@code lockBase->field}.
     */
    private static boolean sameObject(String lockBase, String field, String base) {
        if (lockBase == null || base == null || lockBase.startsWith("?")) {
            return false;
        }
        String b = LockId.normaliseBase(base);
        if (lockBase.equals(b)) {
            return true;
        }
        int dot = field.indexOf('.');
        String member = field.substring(dot + 1).split("\\.")[0];
        String text = org.lockaudit.core.program.LockId.withoutBlanks(base);
        return text.contains(lockBase + "->" + member) || text.contains("(" + lockBase + ")->" + member)
                || text.contains("&" + lockBase + "." + member);
    }

    /** Whether a user's lock name ({@code pcidevs_lock}, {@code _pcidevs_lock}, {@code pci_dev.lock}) names it. */
    public boolean named(String name) {
        return lock.equals(name) || lock.endsWith("#" + name);
    }

    /** {@code pci_dev.lock (own object's)}, {@code domain.pdevs_lock}, {@code _pcidevs_lock}. */
    public String display() {
        return relation == LockRelation.OWN ? lock + " (own object's)" : lock;
    }

    /** Rank among equally supported candidates: the narrower lock first (own object, then other member, then global). */
    int specificity() {
        return switch (relation) {
            case OWN -> 0;
            case OTHER -> 1;
            case GLOBAL -> 2;
        };
    }

    @Override
    public int compareTo(GuardCandidate o) {
        return ORDER.compare(this, o);
    }

    @Override
    public String toString() {
        return display();
    }
}
