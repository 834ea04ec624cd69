package org.lockaudit.cli;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.lockaudit.core.facts.CfgNode;
import org.lockaudit.core.facts.Event;
import org.lockaudit.core.facts.Function;
import org.lockaudit.core.facts.LockKind;
import org.lockaudit.core.facts.LockOperation;
import org.lockaudit.core.facts.TranslationUnitFacts;

/**
 * The lock names a user may give to {@code --lock}: every lock the code operates on ({@code _pcidevs_lock},
 * {@code pci_dev.lock}) and every function that operates on a lock (its wrappers, {@code pcidevs_lock}). An unknown
 * name is a usage error naming the closest known ones.
 */
final class KnownLocks {
    private final Set<String> names = new TreeSet<>();
    /** A function of at most this many events that calls a lock wrapper is a wrapper too. */
    private static final int THIN = 4;

    KnownLocks(List<TranslationUnitFacts> units) {
        java.util.Map<String, Set<String>> callers = new java.util.HashMap<>();
        for (TranslationUnitFacts tu : units) {
            for (Function fn : tu.getFunctions()) {
                boolean thin = fn.getNodes().stream().mapToInt(n -> n.getEvents().size()).sum() <= THIN;
                for (CfgNode n : fn.getNodes()) {
                    for (Event e : n.getEvents()) {
                        if (e instanceof LockOperation o && o.getLock() != null && o.getLock().getName() != null) {
                            names.add(o.getLock().getKind() == LockKind.MEMBER
                                    ? o.getLock().getOwnerType() + "." + o.getLock().getName() : o.getLock().getName());
                            names.add(fn.getName());
                        } else if (thin && e instanceof org.lockaudit.core.facts.Call c && c.getCallee() != null) {
                            callers.computeIfAbsent(c.getCallee(), k -> new TreeSet<>()).add(fn.getName());
                        }
                    }
                }
            }
        }
        // thin wrappers of wrappers: Xen 4.19's pcidevs_lock() calls pcidevs_lock_unsafe(), which takes the lock
        java.util.ArrayDeque<String> work = new java.util.ArrayDeque<>(names);
        while (!work.isEmpty()) {
            for (String caller : callers.getOrDefault(work.pop(), Set.of())) {
                if (names.add(caller) && callers.containsKey(caller)) {
                    work.push(caller);
                }
            }
        }
    }

    /** Throws a usage error when {@code lock} names no lock nor wrapper of these units. */
    void check(String lock, String where) {
        String name = lock.trim().replaceAll("\\(\\s*\\)$", "").replaceAll("^&", "");
        if (names.contains(name)) {
            return;
        }
        List<String> closest = names.stream()
                .sorted(Comparator.comparingInt((String n) -> distance(name.toLowerCase(), n.toLowerCase()))
                        .thenComparing(Comparator.naturalOrder()))
                .limit(3).toList();
        throw new ErrorMessages.UsageError("unknown lock \"" + lock + "\" (--lock): no lock or lock wrapper of that name in "
                + where + (closest.isEmpty() ? "; the code takes no lock at all"
                        : "; closest known: " + String.join(", ", closest)));
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
