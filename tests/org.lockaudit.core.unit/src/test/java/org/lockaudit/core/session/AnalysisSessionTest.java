package org.lockaudit.core.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lockaudit.core.Analysis;
import org.lockaudit.core.AnalysisResult;
import org.lockaudit.core.AnalysisSession;
import org.lockaudit.core.FactsAnalysis;
import org.lockaudit.core.FactsResult;
import org.lockaudit.core.config.TreeConfig;
import org.lockaudit.core.config.TreeLoader;
import org.lockaudit.core.facts.TranslationUnitFacts;
import org.lockaudit.core.program.FunctionId;
import org.lockaudit.core.summary.FunctionSummary;

/**
 * {@link AnalysisSession} gives the same result as a from-scratch analysis after every edit: random edits to units
 * and headers of the PCI example and of a small generated kernel-like corpus (findings, suppressed findings,
 * entry contexts, summaries, diagnostics, and Engine III's access sites, calling contexts and field guards compared
 * after each update); and the header-function memo of
 * {@link FactsAnalysis} yields the same facts as extracting every unit on its own.
 */
class AnalysisSessionTest {
    static final Path REPO = Path.of(System.getProperty("lockaudit.repo"));

    @TempDir
    Path tmp;

    /** The header of {@link #unitOne} and {@link #unitTwo}. */
    private static final String SHARED_H = """
            #include <locks.h>
            extern spinlock_t lock_a;
            extern spinlock_t lock_b;
            extern spinlock_t lock_c;
            extern rwlock_t tbl_lock;
            struct tbl { int count; int hits; };
            extern struct tbl tbl;
            extern int counter;
            void b_then_a(void);
            """;

    @Test
    void randomEditsOfTheExampleGiveTheFreshResult() throws Exception {
        Path dir = tmp.resolve("pci");
        copy(REPO.resolve("examples/pci/before"), dir);
        TreeConfig.Builder b = new TreeConfig.Builder();
        b.includePath(dir.resolve("include").toAbsolutePath());
        editAndCompare(b.build(), sources(dir, ".c"), sources(dir, ""), 20, 7);
    }

    @Test
    void randomEditsOfAGeneratedCorpusGiveTheFreshResult() throws Exception {
        Path dir = tmp.resolve("corpus");
        Assumptions.assumeTrue(generate(dir, 16), "python3 not available: generated corpus skipped");
        TreeLoader.Tree tree = TreeLoader.load(TreeLoader.Request.of(List.of(dir)));
        editAndCompare(tree.config(), tree.units(), sources(dir, ""), 12, 11);
    }

    /**
     * Scripted body edits that each change one thing the incremental bookkeeping keeps per function (FunctionChecks,
     * the memos, the patched call graph): a lock-order edge that creates and removes an inversion (its first witness
     * in the other unit then in this one), local findings added and removed (double acquire, inconsistent return,
     * release of an unheld lock), a whole-program finding from one unit's write (write under a read lock) and
     * acquisition (irq mismatch), an entry context that changes (a static helper's caller stops holding the lock),
     * a call added and removed (the call graph's edges and components change), the same unit edited again and
     * again, and edits reverted. After each, the session's result equals a fresh run's, the update was
     * incremental, and the edit had the intended effect on the findings.
     */
    @Test
    void scriptedBodyEditsGiveTheFreshResult() throws Exception {
        Path dir = withFixtureIncludes("scripted");
        Path one = dir.resolve("one.c");
        Path two = dir.resolve("two.c");
        Files.writeString(dir.resolve("include/shared.h"), SHARED_H);
        Files.writeString(one, unitOne("spin_lock(&lock_a);", "spin_unlock(&lock_a);"));
        Files.writeString(two, unitTwo("", "", "", "", ""));
        TwoUnits t = TwoUnits.in(dir, one, two);
        AnalysisSession session = t.session();
        AnalysisResult first = t.initial();
        assertEquals(0, count(first, "lock-order-inversion"), "initial");

        String inversion = "spin_lock(&lock_a); spin_unlock(&lock_a);";
        String aThenB = "spin_lock(&lock_a); spin_lock(&lock_b); spin_unlock(&lock_b); spin_unlock(&lock_a);";
        record Edit(Path file, String text, String kind, int expected) {
        }
        List<Edit> script = List.of(
                // b then a in two.c: an inversion with one.c's a then b
                new Edit(two, unitTwo(inversion, "", "", "", ""), "lock-order-inversion", 1),
                new Edit(two, unitTwo("", "", "", "", ""), "lock-order-inversion", 0),
                new Edit(two, unitTwo(inversion, "", "", "", ""), "lock-order-inversion", 1),
                // a second witness of a then b, in two.c: the edge keeps the first in pass order; one.c's goes and
                // comes back, so the witness shown moves from one function to the other and back
                new Edit(two, unitTwo(inversion, "", "", "", aThenB), "lock-order-inversion", 1),
                new Edit(one, unitOne("", ""), "lock-order-inversion", 1),
                new Edit(one, unitOne("spin_lock(&lock_a);", "spin_unlock(&lock_a);"), "lock-order-inversion", 1),
                new Edit(two, unitTwo(inversion, "", "", "", ""), "lock-order-inversion", 1),
                // the same unit again, other function: the edge's witness in two.c stays, a local finding comes
                new Edit(two, unitTwo(inversion, "spin_lock(&lock_c);", "", "", ""), "double-acquire", 1),
                new Edit(two, unitTwo(inversion, "", "", "", ""), "double-acquire", 0),
                // one.c's a-then-b goes away and comes back: the inversion's witness moves between functions
                new Edit(one, unitOne("", ""), "lock-order-inversion", 0),
                new Edit(one, unitOne("spin_lock(&lock_a);", "spin_unlock(&lock_a);"), "lock-order-inversion", 1),
                new Edit(two, unitTwo("", "", "", "", ""), "lock-order-inversion", 0),
                // an early return holding the lock, then fixed
                new Edit(two, unitTwo("", "", "if (x) return -1;", "", ""), "inconsistent-return", 1),
                new Edit(two, unitTwo("", "", "", "", ""), "inconsistent-return", 0),
                // a write under the read lock in two.c, judged against one.c's write under the write lock
                new Edit(two, unitTwo("", "", "", "tbl.count = 2;", ""), "write-under-read-lock", 1),
                new Edit(two, unitTwo("", "", "", "", ""), "write-under-read-lock", 0),
                // a plain recursive acquisition of a lock one.c takes with interrupts disabled
                new Edit(two, unitTwo("", "", "", "", "spin_lock_recursive(&lock_c); spin_unlock_recursive(&lock_c);"),
                        "irq-mismatch", 1),
                new Edit(two, unitTwo("", "", "", "", ""), "irq-mismatch", 0),
                // a call added (new call-graph edge: b_then_x calls b_then_a) and removed
                new Edit(two, unitTwo("", "", "", "", "b_then_a();"), "lock-order-inversion", 0),
                new Edit(two, unitTwo("", "", "", "", ""), "lock-order-inversion", 0),
                // the static helper's only caller stops holding lock_a: its entry context changes, and back
                new Edit(one, unitOne("", ""), "release-unheld", 0),
                new Edit(one, unitOne("spin_lock(&lock_a);", "spin_unlock(&lock_a);"), "release-unheld", 0),
                // a release of a lock not held, in the helper whose context changes
                new Edit(one, unitOne("spin_lock(&lock_a);", "spin_unlock(&lock_a); spin_unlock(&lock_b);"),
                        "release-unheld", 1),
                new Edit(one, unitOne("spin_lock(&lock_a);", "spin_unlock(&lock_a);"), "release-unheld", 0),
                // a caller added in two.c (a new entry in b_then_a's callers), then b_then_a's summary changes in
                // one.c: the new caller is analysed again (double acquire there), and back
                new Edit(two, unitTwo("", "", "", "", "b_then_a(); spin_lock(&lock_b); spin_unlock(&lock_b);"),
                        "double-acquire", 0),
                new Edit(one, unitOne("spin_lock(&lock_a);", "spin_unlock(&lock_a);", ""), "double-acquire", 1),
                new Edit(one, unitOne("spin_lock(&lock_a);", "spin_unlock(&lock_a);"), "double-acquire", 0),
                new Edit(two, unitTwo("", "", "", "", ""), "double-acquire", 0),
                // a static function nobody called gets a caller holding lock_a (no longer an entry point: its
                // entry context changes), then loses it again
                new Edit(two, unitTwo("", "", "", "", "spin_lock(&lock_a); lonely(); spin_unlock(&lock_a);"),
                        "double-acquire", 0),
                new Edit(two, unitTwo("", "", "", "", ""), "double-acquire", 0));
        int round = 0;
        for (Edit e : script) {
            Files.writeString(e.file(), e.text());
            AnalysisResult r = session.update(Set.of(e.file()), null);
            String when = "edit " + round++ + " of " + e.file().getFileName();
            assertSame(t.fresh(), r, when);
            assertFalse(session.lastStats().full(), when + ": a body edit is incremental");
            assertEquals(e.expected(), count(r, e.kind()), when + ": " + e.kind() + " findings");
        }
    }

    /**
     * A function that stops (and starts again) being inferred noreturn changes its callers' paths while its own
     * summary stays the same (it takes no lock): the caller's summary, and what its callers see, must follow. fail()
     * ends every path in exit(), then returns on one, then does not again; lock_or_die() releases and calls fail()
     * on its error path, so it acquires on every path that returns only while fail() is noreturn.
     */
    @Test
    void aCalleeThatStopsBeingNoreturnIsSeenByItsCallersSummaries() throws Exception {
        Path dir = tmp.resolve("noreturn");
        Files.createDirectories(dir);
        Path a = dir.resolve("a.c");
        Path b = dir.resolve("b.c");
        String noreturn = """
                void exit(int status) __attribute__((noreturn));
                void fail(const char *why) { if (why) exit(1); exit(2); }
                """;
        String returns = """
                void exit(int status) __attribute__((noreturn));
                void fail(const char *why) { if (why) exit(1); }
                """;
        Files.writeString(a, noreturn);
        Files.writeString(b, """
                typedef struct { int m; } pthread_mutex_t;
                int pthread_mutex_lock(pthread_mutex_t *m);
                int pthread_mutex_unlock(pthread_mutex_t *m);
                void fail(const char *why);
                extern int bad_state;
                static pthread_mutex_t m;
                static int counter;
                void lock_or_die(pthread_mutex_t *l)
                {
                    pthread_mutex_lock(l);
                    if (bad_state) {
                        pthread_mutex_unlock(l);
                        fail("bad");
                    }
                }
                void user(void) { lock_or_die(&m); counter++; pthread_mutex_unlock(&m); }
                """);
        TreeConfig config = new TreeConfig.Builder().build();
        List<Path> units = List.of(a.toAbsolutePath().normalize(), b.toAbsolutePath().normalize());
        FactsAnalysis.Options options = new FactsAnalysis.Options(null, 1, FactsAnalysis.Options.DEFAULT_MAX_FILE_BYTES);
        AnalysisSession session = new AnalysisSession(config, units, options);
        assertSame(fresh(config, units, options), session.update(Set.of(), null), "initial");
        assertEquals(0, count(session.update(Set.of(), null), "inconsistent-return"), "initial");
        int round = 0;
        for (String text : List.of(returns, noreturn, returns)) {
            Files.writeString(a, text);
            AnalysisResult r = session.update(Set.of(a), null);
            String when = "edit " + round++;
            assertSame(fresh(config, units, options), r, when);
            assertFalse(session.lastStats().full(), when + ": a body edit is incremental");
            assertEquals(text == returns ? 1 : 0, count(r, "inconsistent-return"), when);
        }
    }

    /**
     * The entry-context pass and the guard inference's contextual pass visit only the changed functions and what
     * their changed runs reach ({@code EntryContexts.Memo#changedOnly}, {@code ContextualAnalysis.Memo#changedOnly}):
     * a caller's edit that changes the locks it holds around a call must still reach the callee's callee, which is
     * neither edited nor a caller of an edited function, and the callee's contexts must come in the order a full
     * pass gives them (its callers in two units); the entry context of a static callee's static callee must follow.
     * Each edit keeps every line, so no other function of the unit changes; after each, the session equals a fresh
     * run, the
     * leaf's write is seen under the lock the top caller now holds (or no longer holds), and the static leaf of
     * two.c is entered holding lock_a exactly when top_b() holds it.
     */
    @Test
    void callerEditReachesTheCalleesOfItsCallee() throws Exception {
        Path dir = withFixtureIncludes("reach");
        Path one = dir.resolve("one.c");
        Path two = dir.resolve("two.c");
        Files.writeString(dir.resolve("include/chain.h"), """
                #include <locks.h>
                extern spinlock_t lock_a;
                extern spinlock_t lock_b;
                extern int counter;
                extern int other;
                void mid(int n);
                void leaf(int n);
                """);
        Files.writeString(one, chainOne("spin_lock(&lock_b);", "spin_unlock(&lock_b);"));
        Files.writeString(two, chainTwo("", ""));
        TwoUnits t = TwoUnits.in(dir, one, two);
        AnalysisSession session = t.session();
        t.initial();
        record Edit(Path file, String text, String lockAtLeaf, boolean underIt, boolean enteredWithLockA) {
        }
        String a = "spin_lock(&lock_a);", unA = "spin_unlock(&lock_a);";
        String bl = "spin_lock(&lock_b);", unB = "spin_unlock(&lock_b);";
        List<Edit> script = List.of(
                new Edit(two, chainTwo(a, unA), "lock_a", true, true),
                new Edit(one, chainOne(a, unA), "lock_a", true, true),
                new Edit(one, chainOne("", ""), "lock_b", false, true),
                new Edit(two, chainTwo("", ""), "lock_a", false, false),
                new Edit(one, chainOne(a, unA), "lock_a", true, false),
                new Edit(two, chainTwo(bl, unB), "lock_b", true, false),
                new Edit(two, chainTwo(a, unA), "lock_a", true, true),
                new Edit(one, chainOne(bl, unB), "lock_a", true, true));
        int round = 0;
        for (Edit e : script) {
            Files.writeString(e.file(), e.text());
            AnalysisResult r = session.update(Set.of(e.file()), null);
            String when = "edit " + round++ + " of " + e.file().getFileName();
            assertSame(t.fresh(), r, when);
            AnalysisSession.Stats st = session.lastStats();
            assertFalse(st.full(), when + ": incremental");
            assertTrue(st.inferenceRun() < st.functions(), when + ": contextual runs reused");
            // Engine III: one of leaf's contexts comes from the edited caller, two calls up
            boolean held = r.guards().sites().stream().anyMatch(s -> s.function().name().equals("leaf")
                    && s.field().equals("counter")
                    && s.must().stream().anyMatch(g -> g.lock().contains(e.lockAtLeaf())));
            assertEquals(e.underIt(), held, when + ": leaf's write seen under " + e.lockAtLeaf());
            // Engine II: the static sleaf() is entered with what its only caller smid() is entered with, which is
            // what top_b() holds around its call
            boolean entered = r.entryContexts().entrySet().stream().anyMatch(x -> x.getKey().name().equals("sleaf")
                    && x.getValue().describe().contains("lock_a"));
            assertEquals(e.enteredWithLockA(), entered, when + ": sleaf entered holding lock_a");
        }
    }

    /**
     * The race rule keeps what it read of each access site by itself between updates ({@code RaceDetector.Memo}),
     * and applies the concurrency model afresh to every site: an edit of main.c alone that starts (or stops starting)
     * the thread {@code other} must make (or unmake) races with the sites of work.c, which are kept; an edit of a
     * thread's body must re-read its sites; an edit that changes the program's globals (a new one, one that becomes
     * thread-local) must forget the memo. After each,
     * the session equals a fresh run and has the expected unguarded-access findings; an edit of main.c re-reads fewer
     * sites than the program has.
     */
    @Test
    void raceRuleFollowsTheModelOverKeptSites() throws Exception {
        Path dir = withFixtureIncludes("races");
        Path main = dir.resolve("main.c");
        Path work = dir.resolve("work.c");
        Files.writeString(dir.resolve("include/work.h"), """
                #include <pt.h>
                extern pthread_mutex_t m1, m2;
                extern int counter;
                extern int mixed;
                void *worker(void *arg);
                void *other(void *arg);
                """);
        Files.writeString(main, raceMain(""));
        Files.writeString(work, raceWork("", "", ""));
        TwoUnits t = TwoUnits.in(dir, main, work);
        AnalysisSession session = t.session();
        AnalysisResult first = t.initial();
        // worker's counter++ and main's counter = 5 after starting it; other() is not started: no race on mixed
        assertEquals(2, count(first, "unguarded-access"), "initial");
        String startOther = "pthread_create(&b, NULL, other, NULL);";
        String m2 = "pthread_mutex_lock(&m2);", unM2 = "pthread_mutex_unlock(&m2);";
        record Edit(Path file, String text, int races, boolean full) {
        }
        List<Edit> script = List.of(
                // the model changes, work.c's sites do not: mixed++ (worker, no lock) races with mixed = 0 (other, m2)
                new Edit(main, raceMain(startOther), 4, false),
                // worker takes m2 around its writes: mixed is under m2 on both sides
                new Edit(work, raceWork(m2, unM2, ""), 2, false),
                new Edit(work, raceWork("", "", ""), 4, false),
                // other is no longer started: its kept sites run in an unknown context again
                new Edit(main, raceMain(""), 2, false),
                new Edit(main, raceMain(startOther), 4, false),
                // a new global: the program is linked anew, the memo forgotten
                new Edit(work, raceWork("", "", "int extra;"), 4, true),
                new Edit(work, raceWork(m2, unM2, "int extra;"), 2, false),
                new Edit(work, raceWork("", "", "int extra;"), 4, false),
                // counter becomes thread-local storage (the race rule reads that with the site, once): linked anew,
                // and its races go; then shared again
                new Edit(work, raceWork("", "", "int extra;").replace("int counter;", "__thread int counter;"), 2,
                        true),
                new Edit(work, raceWork("", "", "int extra;"), 4, true));
        int round = 0;
        for (Edit e : script) {
            Files.writeString(e.file(), e.text());
            AnalysisResult r = session.update(Set.of(e.file()), null);
            String when = "edit " + round++ + " of " + e.file().getFileName();
            assertSame(t.fresh(), r, when);
            assertEquals(e.full(), session.lastStats().full(), when + ": full update");
            assertEquals(e.races(), count(r, "unguarded-access"), when + ": unguarded-access findings");
            if (e.file().equals(main)) {
                assertTrue(session.lastReuse().raceSitesRead() < r.guards().sites().size(),
                        when + ": the sites of work.c were not read again");
            }
        }
    }

    /**
     * The guard inference's exemptions depend on which parameters each function publishes, a fixpoint over the
     * program that an update skips when no function's publications changed ({@code Exemptions.Cache}): an edit of
     * keep() that starts (or stops) storing its parameter must be seen by create(), whose fresh object stays private
     * across the call to keep() only while keep() does not publish it. create()'s read after the call is then the
     * counter-example to the guard lock_a that three locked increments give count; the session equals a fresh run.
     */
    @Test
    void publicationThroughACalleeFollowsItsEdits() throws Exception {
        Path dir = withFixtureIncludes("publish");
        Path a = dir.resolve("keep.c");
        Path b = dir.resolve("obj.c");
        Files.writeString(dir.resolve("include/obj.h"), """
                #include <locks.h>
                extern spinlock_t lock_a;
                struct obj { int count; };
                extern struct obj *shared;
                void *kmalloc(unsigned long size, int flags);
                void keep(struct obj *o);
                """);
        String keeps = "#include <obj.h>\nvoid keep(struct obj *o)\n{\n    (void)o;\n}\n";
        String publishes = "#include <obj.h>\nvoid keep(struct obj *o)\n{\n    shared = o;\n}\n";
        Files.writeString(a, keeps);
        Files.writeString(b, """
                #include <obj.h>
                spinlock_t lock_a;
                struct obj *shared;
                void bump1(struct obj *o) { spin_lock(&lock_a); o->count++; spin_unlock(&lock_a); }
                void bump2(struct obj *o) { spin_lock(&lock_a); o->count += 2; spin_unlock(&lock_a); }
                void bump3(struct obj *o) { spin_lock(&lock_a); o->count += 3; spin_unlock(&lock_a); }
                int create(void)
                {
                    struct obj *o = kmalloc(sizeof(*o), 0);
                    o->count = 0;
                    keep(o);
                    return o->count;
                }
                """);
        TwoUnits t = TwoUnits.in(dir, a, b);
        AnalysisSession session = t.session();
        assertEquals(0, count(t.initial(), "unguarded-access"), "initial");
        int round = 0;
        for (String text : List.of(publishes, keeps, publishes)) {
            Files.writeString(a, text);
            AnalysisResult r = session.update(Set.of(a), null);
            String when = "edit " + round++;
            assertSame(t.fresh(), r, when);
            assertFalse(session.lastStats().full(), when + ": a body edit is incremental");
            assertEquals(text == publishes ? 1 : 0, count(r, "unguarded-access"), when);
        }
    }

    private static String raceMain(String startOther) {
        return """
                #include <work.h>

                int main(void)
                {
                	pthread_t a, b;
                	pthread_create(&a, NULL, worker, NULL);
                	%s
                	counter = 5;
                	pthread_join(a, NULL);
                	return 0;
                }
                """.formatted(startOther);
    }

    private static String raceWork(String take, String drop, String global) {
        return """
                #include <work.h>
                pthread_mutex_t m1, m2;
                int counter;
                int mixed;
                %s

                void *worker(void *arg)
                {
                	%s
                	counter++;
                	mixed++;
                	%s
                	return NULL;
                }

                void *other(void *arg)
                {
                	pthread_mutex_lock(&m2);
                	mixed = 0;
                	pthread_mutex_unlock(&m2);
                	return NULL;
                }
                """.formatted(global, take, drop);
    }

    /**
     * The whole-program checkers' finish reports a part from the memo when its inputs are equal to last time's
     * ({@code FinishMemo}): an edit of a function that takes part in neither the lock-order inversion nor the writes
     * of {@code tbl.count} reuses both parts; an edit that changes the inversion's witness in two.c (lock_a taken with
     * interrupts disabled: another step), or the read-side write, computes them again, and the result is a fresh
     * run's each time (a reused part would show the old witness).
     */
    @Test
    void wholeProgramFinishReusesOnlyUnchangedParts() throws Exception {
        Path dir = withFixtureIncludes("finish");
        Path one = dir.resolve("one.c");
        Path two = dir.resolve("two.c");
        Files.writeString(dir.resolve("include/shared.h"), SHARED_H);
        String inversion = "spin_lock(&lock_a); spin_unlock(&lock_a);";
        String inversionAgain = "spin_lock_irq(&lock_a); spin_unlock_irq(&lock_a);";
        Files.writeString(one, unitOne("spin_lock(&lock_a);", "spin_unlock(&lock_a);"));
        Files.writeString(two, unitTwo(inversion, "", "", "tbl.count = 2;", ""));
        TwoUnits t = TwoUnits.in(dir, one, two);
        AnalysisSession session = t.session();
        AnalysisResult first = t.initial();
        assertEquals(1, count(first, "lock-order-inversion"), "initial");
        assertEquals(1, count(first, "write-under-read-lock"), "initial");
        /** {@code reuse}: both parts reused (true), a part computed again (false), not checked (null). */
        record Edit(String text, int inversions, int underRead, Boolean reusesBoth) {
        }
        List<Edit> script = List.of(
                // other() gets a local statement: neither part's records change
                new Edit(unitTwo(inversion, "", "", "tbl.count = 2;", "int x = 1; (void)x;"), 1, 1, true),
                // b_then_x takes lock_a with interrupts disabled: the inversion's witness there is another
                new Edit(unitTwo(inversionAgain, "", "", "tbl.count = 2;", "int x = 1; (void)x;"), 1, 1, false),
                // the write under the read lock goes, then comes back
                new Edit(unitTwo(inversionAgain, "", "", "", "int x = 1; (void)x;"), 1, 0, false),
                new Edit(unitTwo(inversionAgain, "", "", "tbl.count = 2;", "int x = 1; (void)x;"), 1, 1, false),
                new Edit(unitTwo(inversionAgain, "", "", "tbl.count = 2;", ""), 1, 1, true),
                new Edit(unitTwo("", "", "", "tbl.count = 2;", ""), 0, 1, null));
        int round = 0;
        for (Edit e : script) {
            Files.writeString(two, e.text());
            AnalysisResult r = session.update(Set.of(two), null);
            String when = "edit " + round++;
            assertSame(t.fresh(), r, when);
            assertFalse(session.lastStats().full(), when + ": incremental");
            assertEquals(e.inversions(), count(r, "lock-order-inversion"), when + ": inversions");
            assertEquals(e.underRead(), count(r, "write-under-read-lock"), when + ": writes under the read lock");
            if (e.reusesBoth() == null) {
                continue;
            }
            if (e.reusesBoth()) {
                assertTrue(session.lastReuse().finishPartsReused() >= 2, when + ": both parts reused, "
                        + session.lastReuse());
            } else {
                assertTrue(session.lastReuse().finishPartsComputed() >= 1, when + ": a part computed again, "
                        + session.lastReuse());
            }
        }
    }

    /**
     * A wrapper that calls a lock-requiring function without the lock passes the requirement on to its callers
     * (RequirementInheritance): whether it has callers decides where the violation is reported, so an edit of
     * another unit that adds or removes the wrapper's only caller moves the finding, though neither the wrapper's
     * facts nor its entry context changed.
     */
    @Test
    void requirementFollowsTheWrappersCallersAcrossEdits() throws Exception {
        Path dir = withFixtureIncludes("inherit");
        Path one = dir.resolve("one.c");
        Path two = dir.resolve("two.c");
        Files.writeString(dir.resolve("include/wrap.h"), """
                #include <locks.h>
                extern spinlock_t lock_a;
                void wrapper(int n);
                """);
        Files.writeString(one, """
                #include <wrap.h>
                spinlock_t lock_a;
                static int count;
                static void needs(int n)
                {
                    ASSERT(spin_is_locked(&lock_a));
                    count += n;
                }
                void wrapper(int n)
                {
                    needs(n);
                }
                """);
        String none = "#include <wrap.h>\nvoid user(int n)\n{\n    (void)n;\n}\n";
        String locked = "#include <wrap.h>\nvoid user(int n)\n{\n    spin_lock(&lock_a);\n    wrapper(n);\n"
                + "    spin_unlock(&lock_a);\n}\n";
        String unlocked = "#include <wrap.h>\nvoid user(int n)\n{\n    wrapper(n);\n}\n";
        Files.writeString(two, none);
        TwoUnits t = TwoUnits.in(dir, one, two);
        AnalysisSession session = t.session();
        AnalysisResult first = t.initial();
        assertEquals(List.of("wrapper"), violationsIn(first), "no caller: the wrapper is where it stops");
        record Edit(String text, List<String> reportedIn) {
        }
        List<Edit> script = List.of(new Edit(locked, List.of()), new Edit(unlocked, List.of("user")),
                new Edit(none, List.of("wrapper")), new Edit(unlocked, List.of("user")),
                new Edit(locked, List.of()));
        int round = 0;
        for (Edit e : script) {
            Files.writeString(two, e.text());
            AnalysisResult r = session.update(Set.of(two), null);
            String when = "edit " + round++;
            assertSame(t.fresh(), r, when);
            assertFalse(session.lastStats().full(), when + ": incremental");
            assertEquals(e.reportedIn(), violationsIn(r), when + ": precondition-violations");
        }
    }

    private static List<String> violationsIn(AnalysisResult r) {
        return r.findings().stream().filter(f -> f.kind().id().equals("precondition-violation"))
                .map(f -> f.function()).toList();
    }

    /** {@code top_a()} calls {@code mid()} between {@code take} and {@code drop}; {@code leaf()} writes counter. */
    private static String chainOne(String take, String drop) {
        return """
                #include <chain.h>
                spinlock_t lock_a;
                spinlock_t lock_b;
                int counter;
                int other;

                void leaf(int n)
                {
                	counter += n;
                }

                void top_a(void)
                {
                	%s
                	mid(1);
                	%s
                }
                """.formatted(take, drop);
    }

    /**
     * {@code mid()} calls {@code leaf()}; {@code top_b()} calls {@code mid()} and the static {@code smid()}, which calls
     * the static {@code sleaf()}, between {@code take} and {@code drop}.
     */
    private static String chainTwo(String take, String drop) {
        return """
                #include <chain.h>
                static int inner;

                void mid(int n)
                {
                	other++;
                	leaf(n);
                }

                static void sleaf(void)
                {
                	inner++;
                }

                static void smid(void)
                {
                	sleaf();
                }

                void top_b(void)
                {
                	%s
                	mid(2);
                	smid();
                	%s
                }
                """.formatted(take, drop);
    }

    private static long count(AnalysisResult r, String kind) {
        return r.findings().stream().filter(f -> f.kind().id().equals(kind)).count();
    }

    /** {@code caller()} holds lock_a (or not) around the static helper; one.c also writes tbl under the write lock. */
    private static String unitOne(String take, String drop) {
        return unitOne(take, drop, "spin_unlock(&lock_b);");
    }

    private static String unitOne(String take, String drop, String bThenARelease) {
        return """
                #include <shared.h>
                spinlock_t lock_a;
                spinlock_t lock_b;
                spinlock_t lock_c;
                rwlock_t tbl_lock;
                struct tbl tbl;
                int counter;

                void a_then_b(void)
                {
                	%s
                	spin_lock(&lock_b);
                	counter++;
                	spin_unlock(&lock_b);
                	%s
                }

                static void helper(void)
                {
                	counter++;
                }

                void caller(void)
                {
                	spin_lock(&lock_a);
                	helper();
                	spin_unlock(&lock_a);
                }

                void writer(void)
                {
                	unsigned long flags;
                	write_lock(&tbl_lock);
                	tbl.count = 1;
                	write_unlock(&tbl_lock);
                	spin_lock_irqsave(&lock_c, flags);
                	counter++;
                	spin_unlock_irqrestore(&lock_c, flags);
                }

                void b_then_a(void)
                {
                	spin_lock(&lock_b);
                	counter++;
                	%s
                }
                """.formatted(take, drop, bThenARelease);
    }

    private static String unitTwo(String underB, String doubled, String earlyReturn, String underRead, String extra) {
        return """
                #include <shared.h>

                void b_then_x(void)
                {
                	spin_lock(&lock_b);
                	%s
                	spin_unlock(&lock_b);
                }

                void takes_c(void)
                {
                	spin_lock(&lock_c);
                	%s
                	counter++;
                	spin_unlock(&lock_c);
                }

                int returns(int x)
                {
                	spin_lock(&lock_b);
                	%s
                	spin_unlock(&lock_b);
                	return 0;
                }

                int reader(void)
                {
                	int v;
                	read_lock(&tbl_lock);
                	v = tbl.count;
                	%s
                	read_unlock(&tbl_lock);
                	return v;
                }

                static void lonely(void)
                {
                	counter++;
                }

                void other(void)
                {
                	%s
                }
                """.formatted(underB, doubled, earlyReturn, underRead, extra);
    }

    /**
     * The update pays for what the edit changed, not for what the edited unit defines: after an edit of one
     * statement of one function (lines unchanged) of a unit with header inline functions, only that function is
     * summarised and analysed again (its callers too only if its summary changed, which this edit does not do; a
     * callee too if the witness path of its entry context changed), the
     * unit's other functions keep their facts objects, the unit is re-extracted with the header bodies the opening
     * run already extracted served blank (the front end is kept while only units change), and the result equals a
     * fresh run's. A header edit drops the kept front end and still gives the fresh result.
     */
    @Test
    void oneFunctionEditRedoesThatFunctionOnly() throws Exception {
        Path dir = tmp.resolve("one-function");
        Assumptions.assumeTrue(generate(dir, 8), "python3 not available: generated corpus skipped");
        TreeLoader.Tree tree = TreeLoader.load(TreeLoader.Request.of(List.of(dir)));
        FactsAnalysis.Options options = new FactsAnalysis.Options(null, 2, FactsAnalysis.Options.DEFAULT_MAX_FILE_BYTES);
        AnalysisSession session = new AnalysisSession(tree.config(), tree.units(), options);
        session.update(Set.of(), null);
        Path unit = tree.units().get(3);
        int index = tree.units().indexOf(unit);
        List<org.lockaudit.core.facts.Function> before = List.copyOf(session.facts().get(index).getFunctions());
        assertTrue(before.size() > 6, "a unit with several functions");
        String text = Files.readString(unit);
        // "x += 3;" becomes "x += edit_probe(3);": a call the facts record, to a function the program does not
        // define (no new call graph edge, no effect on the summary). Changing the constant alone changes no fact:
        // the function keeps its facts object and nothing is analysed again.
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^(\t+.*[^=!<>]\\s)(\\+=|-=)\\s(\\d+);$")
                .matcher(text);
        assertTrue(m.find(), "a compound assignment of a constant to edit in " + unit);
        Files.writeString(unit, text.substring(0, m.start(3)) + "edit_probe(" + m.group(3) + ")"
                + text.substring(m.end(3)));
        AnalysisResult r = session.update(Set.of(unit), null);
        assertSame(fresh(tree.config(), tree.units(), options), r, "one statement edited");
        AnalysisSession.Stats st = session.lastStats();
        assertFalse(st.full(), "incremental");
        assertEquals(1, st.summarised(), "only the edited function is summarised again");
        // the edited function, and at most a callee or two whose entry context's witness path now passes the new
        // call (not the unit's other functions: before.size() of them)
        assertTrue(st.analysed() >= 1 && st.analysed() <= 3, "analysed again: " + st.analysed());
        assertTrue(session.lastFactsStats().blankBodies() > 0, "the kept front end serves header bodies blank");
        List<org.lockaudit.core.facts.Function> after = session.facts().get(index).getFunctions();
        int kept = 0;
        for (int i = 0; i < before.size(); i++) {
            kept += after.get(i) == before.get(i) ? 1 : 0;
        }
        assertEquals(before.size() - 1, kept, "every function but the edited one keeps its facts object");

        Path header = sources(dir, ".h").get(0);
        Files.writeString(header, Files.readString(header) + "\n/* edited */\n");
        assertSame(fresh(tree.config(), tree.units(), options), session.update(Set.of(header), null), "header edit");
    }

    /**
     * An update cancelled after the re-extraction (when the unchanged function objects have moved into the new
     * facts) leaves every unit's facts as they were, and the next update gives the fresh result.
     */
    @Test
    void cancelledUpdateLeavesTheFactsAsTheyWere() throws Exception {
        Path dir = tmp.resolve("cancel");
        Assumptions.assumeTrue(generate(dir, 6), "python3 not available: generated corpus skipped");
        TreeLoader.Tree tree = TreeLoader.load(TreeLoader.Request.of(List.of(dir)));
        FactsAnalysis.Options options = new FactsAnalysis.Options(null, 2, FactsAnalysis.Options.DEFAULT_MAX_FILE_BYTES);
        AnalysisSession session = new AnalysisSession(tree.config(), tree.units(), options);
        session.update(Set.of(), null);
        Path unit = tree.units().get(2);
        int index = tree.units().indexOf(unit);
        List<org.lockaudit.core.facts.Function> before = List.copyOf(session.facts().get(index).getFunctions());
        Files.writeString(unit, Files.readString(unit) + "\n/* edited */\n");
        // cancelled once the facts phase (6 of the update's 11 ticks) is done: in the summaries
        org.eclipse.core.runtime.NullProgressMonitor cancelAfterFacts = new org.eclipse.core.runtime.NullProgressMonitor() {
            double total = 1, done;

            @Override
            public void beginTask(String name, int totalWork) {
                total = totalWork;
            }

            @Override
            public void internalWorked(double work) {
                done += work;
            }

            @Override
            public void worked(int work) {
                done += work;
            }

            @Override
            public boolean isCanceled() {
                return done >= total * 6 / 11 - 1e-6;
            }
        };
        org.junit.jupiter.api.Assertions.assertThrows(org.eclipse.core.runtime.OperationCanceledException.class,
                () -> session.update(Set.of(unit), cancelAfterFacts));
        assertEquals(before, session.facts().get(index).getFunctions(), "the unit's facts are as before the update");
        assertSame(fresh(tree.config(), tree.units(), options), session.update(Set.of(unit), null), "after the cancel");
    }

    @Test
    void headerFunctionMemoYieldsTheSameFactsAsUnitsAlone() throws Exception {
        Path dir = tmp.resolve("memo");
        Assumptions.assumeTrue(generate(dir, 8), "python3 not available: generated corpus skipped");
        TreeLoader.Tree tree = TreeLoader.load(TreeLoader.Request.of(List.of(dir)));
        FactsResult together = FactsAnalysis.run(tree.config(), tree.units(), null);
        for (int i = 0; i < tree.units().size(); i++) {
            TranslationUnitFacts alone = FactsAnalysis.run(tree.config(), List.of(tree.units().get(i)), null).units()
                    .get(0);
            assertTrue(EcoreUtil.equals(alone, together.units().get(i)), "facts differ: " + tree.units().get(i));
        }
    }

    /** {@code rounds} random edits; after each, the session's result must equal a fresh run's. */
    private static void editAndCompare(TreeConfig config, List<Path> units, List<Path> editable, int rounds,
            long seed) throws IOException {
        FactsAnalysis.Options options = new FactsAnalysis.Options(null, 2, FactsAnalysis.Options.DEFAULT_MAX_FILE_BYTES);
        AnalysisSession session = new AnalysisSession(config, units, options);
        assertSame(fresh(config, units, options), session.update(Set.of(), null), "initial");
        Random rnd = new Random(seed);
        int incremental = 0;
        boolean partialInference = false;
        for (int round = 0; round < rounds; round++) {
            Path file = editable.get(rnd.nextInt(editable.size()));
            String what = edit(file, rnd);
            AnalysisResult r = session.update(Set.of(file), null);
            assertSame(fresh(config, units, options), r, "round " + round + ": " + what);
            incremental += session.lastStats().full() ? 0 : 1;
            if (!session.lastStats().full()) {
                partialInference |= session.lastStats().inferenceRun() < session.lastStats().functions();
            }
            assertEquals(0, session.update(Set.of(), null).findings().size() - r.findings().size(),
                    "an empty update changes nothing");
        }
        assertTrue(incremental > 0, "no update was incremental");
        assertTrue(partialInference, "no update reused the guard inference's contextual runs");
    }

    /** A directory of the test's own with the check fixtures' headers in its {@code include}. */
    private Path withFixtureIncludes(String name) throws IOException {
        Path dir = tmp.resolve(name);
        copy(REPO.resolve("tests/org.lockaudit.core.unit/src/test/resources/fixtures/checks/include"),
                dir.resolve("include"));
        return dir;
    }

    /** A session over two units of {@code dir} whose headers are in {@code dir/include}, on one parsing thread. */
    private record TwoUnits(TreeConfig config, List<Path> units, FactsAnalysis.Options options, AnalysisSession session) {
        static TwoUnits in(Path dir, Path first, Path second) {
            TreeConfig.Builder b = new TreeConfig.Builder();
            b.includePath(dir.resolve("include").toAbsolutePath());
            TreeConfig config = b.build();
            List<Path> units = List.of(first.toAbsolutePath().normalize(), second.toAbsolutePath().normalize());
            FactsAnalysis.Options options = new FactsAnalysis.Options(null, 1, FactsAnalysis.Options.DEFAULT_MAX_FILE_BYTES);
            return new TwoUnits(config, units, options, new AnalysisSession(config, units, options));
        }

        /** A from-scratch analysis of the units as they are now. */
        AnalysisResult fresh() {
            return AnalysisSessionTest.fresh(config, units, options);
        }

        /** The session's first update, which must equal a fresh run. */
        AnalysisResult initial() {
            AnalysisResult first = session.update(Set.of(), null);
            assertSame(fresh(), first, "initial");
            return first;
        }
    }

    private static AnalysisResult fresh(TreeConfig config, List<Path> units, FactsAnalysis.Options options) {
        return Analysis.run(FactsAnalysis.run(config, units, options, null), null);
    }

    private static void assertSame(AnalysisResult expected, AnalysisResult actual, String when) {
        assertEquals(expected.findings(), actual.findings(), when + ": findings");
        assertEquals(expected.suppressed(), actual.suppressed(), when + ": suppressed");
        assertEquals(expected.entryContexts(), actual.entryContexts(), when + ": entry contexts");
        assertEquals(expected.summaries().keySet(), actual.summaries().keySet(), when + ": summarised functions");
        for (Map.Entry<FunctionId, FunctionSummary> e : expected.summaries().entrySet()) {
            assertTrue(sameSummary(e.getValue(), actual.summaries().get(e.getKey())), when + ": summary of "
                    + e.getKey());
        }
        // Engine III: every access in every context, the contexts of every function, every field's guard (in order)
        assertEquals(expected.guards().sites(), actual.guards().sites(), when + ": access sites");
        assertEquals(expected.guards().contexts(), actual.guards().contexts(), when + ": calling contexts");
        assertEquals(List.copyOf(expected.guards().fields().entrySet()), List.copyOf(actual.guards().fields().entrySet()),
                when + ": field guards");
        assertEquals(expected.diagnostics().size(), actual.diagnostics().size(), when + ": diagnostics");
        for (int i = 0; i < expected.diagnostics().size(); i++) {
            assertTrue(EcoreUtil.equals(expected.diagnostics().get(i), actual.diagnostics().get(i)),
                    when + ": diagnostic " + i);
        }
    }

    private static boolean sameSummary(FunctionSummary a, FunctionSummary b) {
        try {
            var m = AnalysisSession.class.getDeclaredMethod("sameSummary", FunctionSummary.class, FunctionSummary.class);
            m.setAccessible(true);
            return (Boolean) m.invoke(null, a, b);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    /** One random edit that keeps the file mostly C: duplicate, delete or blank out a line, or add a line. */
    private static String edit(Path file, Random rnd) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        int kind = rnd.nextInt(6);
        List<Integer> lockLines = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).matches(".*\\b\\w*(lock|unlock)\\w*\\s*\\(.*;\\s*") && !lines.get(i).contains("#")) {
                lockLines.add(i);
            }
        }
        String what;
        if (kind <= 1 && !lockLines.isEmpty()) {
            int i = lockLines.get(rnd.nextInt(lockLines.size()));
            lines.add(i, lines.get(i));
            what = "duplicated line " + (i + 1);
        } else if (kind == 2 && !lockLines.isEmpty()) {
            int i = lockLines.get(rnd.nextInt(lockLines.size()));
            lines.set(i, "");
            what = "blanked line " + (i + 1);
        } else if (kind == 3) {
            int i = rnd.nextInt(lines.size() + 1);
            lines.add(i, "");
            what = "inserted an empty line at " + (i + 1);
        } else if (kind == 4 && !lockLines.isEmpty()) {
            int i = lockLines.get(rnd.nextInt(lockLines.size()));
            lines.add(i + 1, "barrier();");
            what = "inserted a statement after line " + (i + 1);
        } else {
            lines.add("/* edited */");
            what = "appended a comment";
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file.getFileName() + ": " + what;
    }

    private static boolean generate(Path dir, int units) throws Exception {
        Path gen = REPO.resolve("bench/gen_corpus.py");
        if (!Files.exists(gen)) {
            return false;
        }
        try {
            Process p = new ProcessBuilder("python3", gen.toString(), "--units", Integer.toString(units), "--seed",
                    "3", "--out", dir.toString()).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static List<Path> sources(Path dir, String suffix) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(suffix.isEmpty() ? ".c" : suffix)
                    || suffix.isEmpty() && p.toString().endsWith(".h")).filter(p -> !p.toString().contains(
                            ".lockaudit-cache")).map(p -> p.toAbsolutePath().normalize()).sorted().toList();
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.filter(p -> !p.toString().contains(".lockaudit-cache")).toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
    }
}
