package org.lockaudit.core.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.lockaudit.core.facts.AccessKind;
import org.lockaudit.core.program.FunctionId;

/**
 * {@code AccessSites.merged} (placing the removed and the fresh sites by binary search and copying the runs between
 * them) gives exactly the list of the full stable sort of every function's sites in pass order, as the merge that
 * compared every site did: random programs whose sites share files, lines and fields across functions (ties ranked
 * by the functions' order), with random functions' sites rebuilt, some with no sites left, some gaining sites.
 */
class AccessSitesMergeTest {
    @Test
    void mergeEqualsTheFullSort() {
        Random random = new Random(15);
        for (int round = 0; round < 400; round++) {
            int functions = 1 + random.nextInt(30);
            List<FunctionId> order = new ArrayList<>();
            for (int i = 0; i < functions; i++) {
                order.add(new FunctionId("f" + i, null));
            }
            Collections.shuffle(order, random);
            List<List<AccessSite>> before = new ArrayList<>();
            for (FunctionId f : order) {
                before.add(sitesOf(f, random));
            }
            List<AccessSite> previous = fullSort(before);
            // rebuild some functions: their sites are removed and new ones (equal or not) added
            List<List<AccessSite>> after = new ArrayList<>(before);
            Set<AccessSite> removed = Collections.newSetFromMap(new IdentityHashMap<>());
            List<AccessSite> fresh = new ArrayList<>();
            for (int i = 0; i < functions; i++) {
                if (random.nextInt(4) == 0) {
                    removed.addAll(before.get(i));
                    List<AccessSite> rebuilt = random.nextInt(3) == 0 ? copies(before.get(i)) : sitesOf(order.get(i), random);
                    after.set(i, rebuilt);
                    fresh.addAll(rebuilt);
                }
            }
            fresh.sort(AccessSitesMergeTest::compare); // stable: pass order, then build order on ties
            List<AccessSite> expected = fullSort(after);
            List<AccessSite> merged = AccessSites.merged(previous, removed, fresh, order);
            assertEquals(expected.size(), merged.size(), "round " + round);
            for (int i = 0; i < expected.size(); i++) {
                assertSame(expected.get(i), merged.get(i), "round " + round + ", site " + i);
            }
            // one field's sites merged alone (what the guard inference asks for a changed field) are that field's
            // sites of the whole merge, in order
            for (String field : List.of("s.f0", "s.f1", "s.f2")) {
                List<AccessSite> alone = AccessSites.merged(ofField(previous, field), removed, ofField(fresh, field),
                        order);
                List<AccessSite> want = ofField(expected, field);
                assertEquals(want.size(), alone.size(), "round " + round + ", " + field);
                for (int i = 0; i < want.size(); i++) {
                    assertSame(want.get(i), alone.get(i), "round " + round + ", " + field + ", site " + i);
                }
            }
        }
    }

    private static List<AccessSite> ofField(List<AccessSite> sites, String field) {
        return sites.stream().filter(s -> s.field().equals(field)).toList();
    }

    private static List<AccessSite> fullSort(List<List<AccessSite>> inPassOrder) {
        List<AccessSite> all = new ArrayList<>();
        inPassOrder.forEach(all::addAll);
        all.sort(AccessSitesMergeTest::compare);
        return all;
    }

    private static int compare(AccessSite a, AccessSite b) {
        return Comparator.comparing(AccessSite::file).thenComparingInt(AccessSite::line).thenComparing(AccessSite::field)
                .compare(a, b);
    }

    /** A function's sites: few files, lines and fields, so that functions tie; sometimes none. */
    private static List<AccessSite> sitesOf(FunctionId f, Random random) {
        List<AccessSite> out = new ArrayList<>();
        int n = random.nextInt(5) == 0 ? 0 : random.nextInt(6);
        for (int i = 0; i < n; i++) {
            out.add(site(f, "/tree/src/" + (char) ('a' + random.nextInt(3)) + ".c", 1 + random.nextInt(6),
                    "s.f" + random.nextInt(3)));
        }
        return out;
    }

    private static List<AccessSite> copies(List<AccessSite> sites) {
        List<AccessSite> out = new ArrayList<>();
        for (AccessSite s : sites) {
            out.add(site(s.function(), s.file(), s.line(), s.field()));
        }
        return out;
    }

    private static AccessSite site(FunctionId f, String file, int line, String field) {
        return new AccessSite(f, file, line, field, true, AccessKind.WRITE, null, false, null, null, List.of(),
                List.of(), List.of(), new AccessContext(List.of(), f.name()), List.of(), null);
    }
}
