package org.lockaudit.core.inference;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * The knobs of guard inference, each a heuristic stated where it is used. Immutable; {@link #defaults()} are tuned
 * on the fixtures and the examples (see docs/guards.md).
 *
 * @param minSupport     an inferred guard is strong (it yields unguarded-access findings) when it is held at this
 *                       fraction of the field's (non-exempt, non-atomic) accesses, and at every write; below, it is
 *                       shown as weak and yields no finding. Two thirds, a clear majority: on real trees (docs/precision.md)
 *                       guards held at half the accesses ("1 of 2", "2 of 4") were mostly coincidences: a debug
 *                       dump, an init path, a field another lock protects.
 * @param minAccesses    ... and at least this many such accesses (two accesses are no evidence to compare).
 * @param allocators     calls (or the macros they were expanded from) returning a fresh, private object.
 * @param publishers     calls that make an object reachable by others when given the address of one of its members
 *                       (intrusive list insertion).
 * @param unpublishers   calls that unlink an object when given the address of one of its members.
 * @param freers         calls that free the object they are given.
 * @param atomics        calls whose pointer argument is accessed atomically.
 * @param refGets        reference-count increments (keep an object alive, guard nothing).
 * @param refPuts        reference-count decrements.
 * @param containerTypes generic link types whose own fields ({@code list_head.next}) are not inferred: an embedded
 *                       link is accounted for by the embedding field whose address is passed to the list helper.
 * @param configGuards   declared guards from lockaudit.json: target → lock.
 * @param lockApi        the tree's lock API (presets and lockaudit.json additions): its concurrent entry points
 *                       decide what may run at once for the race rule and the lock-split diff.
 */
public record GuardOptions(double minSupport, int minAccesses, Pattern allocators, Pattern publishers,
        Pattern unpublishers, Pattern freers, Pattern atomics, Pattern refGets, Pattern refPuts, Pattern containerTypes,
        Map<String, String> configGuards, org.lockaudit.core.lockapi.LockApi lockApi) {

    public GuardOptions {
        configGuards = Map.copyOf(configGuards);
    }

    public static GuardOptions defaults() {
        return new GuardOptions(2.0 / 3, 3,
                Pattern.compile("x[zm]alloc\\w*|k[zmc]alloc\\w*|kmem_cache_z?alloc\\w*|v[zm]alloc\\w*|[mc]alloc|zalloc\\w*"),
                Pattern.compile("list_add\\w*|hlist_add\\w*|list_splice\\w*|rcu_assign_pointer"),
                Pattern.compile("list_del\\w*|hlist_del\\w*"),
                Pattern.compile("xfree|kfree\\w*|vfree|free|kmem_cache_free"),
                Pattern.compile("__atomic_\\w+|__sync_\\w+|atomic(64)?_\\w+|atomic_long_\\w+|refcount_\\w+|kref_\\w+|READ_ONCE|WRITE_ONCE|test_and_\\w+_bit|set_bit|clear_bit"),
                Pattern.compile("\\w+_get|kref_get\\w*|refcount_inc\\w*"),
                Pattern.compile("\\w+_put|kref_put\\w*|refcount_dec\\w*"),
                Pattern.compile("list_head|hlist_head|hlist_node|llist_node|llist_head|rb_node|rb_root"),
                Map.of(), org.lockaudit.core.lockapi.LockApi.defaults());
    }

    /** These options with the tree's lock API. */
    public GuardOptions withLockApi(org.lockaudit.core.lockapi.LockApi api) {
        return new GuardOptions(minSupport, minAccesses, allocators, publishers, unpublishers, freers, atomics, refGets,
                refPuts, containerTypes, configGuards, api);
    }

    public GuardOptions withMinSupport(double s) {
        return new GuardOptions(s, minAccesses, allocators, publishers, unpublishers, freers, atomics, refGets, refPuts,
                containerTypes, configGuards, lockApi);
    }

    public GuardOptions withConfigGuards(Map<String, String> g) {
        return new GuardOptions(minSupport, minAccesses, allocators, publishers, unpublishers, freers, atomics, refGets,
                refPuts, containerTypes, g, lockApi);
    }

    public GuardOptions withAllocators(Pattern p) {
        return new GuardOptions(minSupport, minAccesses, p, publishers, unpublishers, freers, atomics, refGets, refPuts,
                containerTypes, configGuards, lockApi);
    }

    /** Keys of {@code lockaudit.json}'s {@code "inference"} object, with what each one takes. */
    public static final java.util.Map<String, String> CONFIG_KEYS = java.util.Map.of("minSupport",
            "a fraction in (0, 1]", "minAccesses", "a whole number >= 1", "allocators", "a regular expression",
            "publishers", "a regular expression", "unpublishers", "a regular expression", "freers",
            "a regular expression", "atomics", "a regular expression", "refGets", "a regular expression", "refPuts",
            "a regular expression");

    /**
     * These options changed by a configuration's {@code "inference"} object: {@code minSupport} and
     * {@code minAccesses} replace the defaults; each pattern (a regular expression over function or macro names) is
     * added to the default one as an alternative.
     *
     * @throws IllegalArgumentException naming the key, for an unknown key or a bad value
     */
    public GuardOptions withConfig(com.google.gson.JsonObject o) {
        if (o == null) {
            return this;
        }
        GuardOptions g = this;
        for (java.util.Map.Entry<String, com.google.gson.JsonElement> e : o.entrySet()) {
            String key = e.getKey();
            com.google.gson.JsonElement v = e.getValue();
            if (!CONFIG_KEYS.containsKey(key)) {
                throw new IllegalArgumentException("unknown key \"" + key + "\"; known keys: "
                        + String.join(", ", new java.util.TreeSet<>(CONFIG_KEYS.keySet())));
            }
            try {
                switch (key) {
                    case "minSupport" -> {
                        double d = v.getAsDouble();
                        if (!(d > 0 && d <= 1)) {
                            throw new IllegalArgumentException("bad");
                        }
                        g = g.withMinSupport(d);
                    }
                    case "minAccesses" -> {
                        int n = v.getAsInt();
                        if (n < 1 || v.getAsDouble() != n) {
                            throw new IllegalArgumentException("bad");
                        }
                        g = new GuardOptions(g.minSupport, n, g.allocators, g.publishers, g.unpublishers, g.freers,
                                g.atomics, g.refGets, g.refPuts, g.containerTypes, g.configGuards, g.lockApi);
                    }
                    default -> g = g.withPattern(key, Pattern.compile(v.getAsString()));
                }
            } catch (RuntimeException ex) {
                throw new IllegalArgumentException("\"" + key + "\" takes " + CONFIG_KEYS.get(key) + ", not " + v);
            }
        }
        return g;
    }

    private GuardOptions withPattern(String key, Pattern extra) {
        java.util.function.UnaryOperator<Pattern> add = p -> Pattern.compile("(?:" + p.pattern() + ")|(?:"
                + extra.pattern() + ")");
        return new GuardOptions(minSupport, minAccesses, key.equals("allocators") ? add.apply(allocators) : allocators,
                key.equals("publishers") ? add.apply(publishers) : publishers,
                key.equals("unpublishers") ? add.apply(unpublishers) : unpublishers,
                key.equals("freers") ? add.apply(freers) : freers, key.equals("atomics") ? add.apply(atomics) : atomics,
                key.equals("refGets") ? add.apply(refGets) : refGets, key.equals("refPuts") ? add.apply(refPuts) : refPuts,
                containerTypes, configGuards, lockApi);
    }

    /** The options a tree's configuration asks for: its {@code "inference"} settings and declared guards. */
    public static GuardOptions of(org.lockaudit.core.config.TreeConfig config) {
        return defaults().withConfig(config.inference()).withConfigGuards(config.guards())
                .withLockApi(config.lockApi());
    }
}
