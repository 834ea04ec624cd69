package org.lockaudit.core.frontend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lockaudit.core.FactsAnalysis;
import org.lockaudit.core.FactsResult;
import org.lockaudit.core.config.TreeLoader;
import org.lockaudit.core.facts.Function;
import org.lockaudit.core.facts.TranslationUnitFacts;

/**
 * Header inline bodies served blank ({@link ElidedBodies}) once the run's memo holds their facts: every unit's facts
 * must be exactly those of a run that parses every header whole, whatever the units' macros do.
 */
class BlankBodiesTest {
    private static final Path REPO = Path.of(System.getProperty("lockaudit.repo"));

    @TempDir
    Path dir;

    private Path write(String rel, String text) throws IOException {
        return SourceFiles.write(dir, rel, text);
    }

    /** Both runs on one thread, so which unit is parsed whole and which blank is fixed. */
    private static FactsResult[] both(TreeLoader.Tree tree) {
        FactsAnalysis.Options one = new FactsAnalysis.Options(null, 1, FactsAnalysis.Options.DEFAULT_MAX_FILE_BYTES);
        return new FactsResult[] {FactsAnalysis.run(tree.config(), tree.units(), one, null),
                FactsAnalysis.run(tree.config(), tree.units(), one.withWholeHeaders(), null)};
    }

    private static void assertSameFacts(TreeLoader.Tree tree, FactsResult blank, FactsResult whole) {
        assertEquals(whole.units().size(), blank.units().size());
        for (int i = 0; i < whole.units().size(); i++) {
            TranslationUnitFacts a = blank.units().get(i), b = whole.units().get(i);
            assertTrue(EcoreUtil.equals(a, b), "facts differ with blank bodies: " + tree.units().get(i) + "\n"
                    + names(a) + "\n" + names(b));
        }
        assertEquals(0, whole.stats().blankBodies());
    }

    private static String names(TranslationUnitFacts tu) {
        StringBuilder b = new StringBuilder();
        for (Function f : tu.getFunctions()) {
            b.append(f.getName()).append('/').append(f.getNodes().size()).append(' ');
        }
        return b.toString();
    }

    @Test
    void generatedKernelCorpusHasTheSameFactsWithBlankBodies() throws Exception {
        Path corpus = dir.resolve("corpus");
        Assumptions.assumeTrue(generate(corpus, 24), "python3 not available: generated corpus skipped");
        TreeLoader.Tree tree = TreeLoader.load(TreeLoader.Request.of(List.of(corpus)));
        FactsResult[] r = both(tree);
        assertSameFacts(tree, r[0], r[1]);
        assertTrue(r[0].stats().blankBodies() > 20 * 50, "too few blank bodies: " + r[0].stats().blankBodies());
        assertEquals(0, r[0].stats().reparsedUnits(), "one configuration: no unit needs its headers whole");
    }

    @Test
    void examplesHaveTheSameFactsWithBlankBodies() throws Exception {
        for (String version : List.of("before", "after")) {
            Path root = REPO.resolve("examples/pci/" + version);
            Assumptions.assumeTrue(Files.isDirectory(root), "examples not found");
            TreeLoader.Tree tree = TreeLoader.load(TreeLoader.Request.of(List.of(root)));
            FactsResult[] r = both(tree);
            assertSameFacts(tree, r[0], r[1]);
        }
    }

    /**
     * A unit that defines a macro a header body uses differently gets its own facts (parsed again with that body
     * whole, the bodies its macros do not change still blank), as do bodies that cannot be served blank: a directive
     * inside, a pasting macro, a function a macro defines.
     */
    @Test
    void unitsWhoseMacrosDifferAreParsedAgainWithThoseBodiesWhole() throws Exception {
        write("include/lock.h", """
                #ifndef LOCK_H
                #define LOCK_H
                typedef struct { int v; } spinlock_t;
                void spin_lock(spinlock_t *l);
                void spin_unlock(spinlock_t *l);
                void spin_lock_irq(spinlock_t *l);
                #endif
                """);
        write("include/dev.h", """
                #ifndef DEV_H
                #define DEV_H
                #include <lock.h>
                #ifndef DEV_LOCK
                #define DEV_LOCK(d) spin_lock(&(d)->lock)
                #endif
                #define DEV_CALL(op, d) dev_##op(d)
                struct dev { spinlock_t lock; int count; int state; };
                static inline void dev_get(struct dev *d)
                {
                    DEV_LOCK(d);
                    d->count++;
                    spin_unlock(&d->lock);
                }
                static inline void dev_put(struct dev *d)
                {
                    spin_lock(&d->lock);
                #ifdef DEV_DEBUG
                    d->state = 0;
                #endif
                    d->count--;
                    spin_unlock(&d->lock);
                }
                static inline void dev_reset(struct dev *d) { spin_lock(&d->lock); d->state = 1; spin_unlock(&d->lock); }
                static inline void dev_cycle(struct dev *d) { DEV_CALL(get, d); DEV_CALL(put, d); }
                #define DEFINE_DEV_GETTER(f) static inline int dev_##f(struct dev *d) { return d->f; }
                DEFINE_DEV_GETTER(state)
                #endif
                """);
        String user = """
                #include <dev.h>
                void %s(struct dev *d) { dev_get(d); dev_put(d); dev_reset(d); dev_cycle(d); (void)dev_state(d); }
                """;
        write("a.c", user.formatted("use_a"));
        write("b.c", user.formatted("use_b"));
        write("c.c", "#define DEV_LOCK(d) spin_lock_irq(&(d)->lock)\n" + user.formatted("use_c"));
        write("d.c", "#define DEV_DEBUG 1\n" + user.formatted("use_d"));
        write("e.c", user.formatted("use_e"));
        write("compile_commands.json", "[" + Stream.of("a", "b", "c", "d", "e").map(u -> """
                {"directory": "%s", "file": "%s.c", "command": "gcc -Iinclude -c %s.c"}""".formatted(dir, u, u))
                .reduce((x, y) -> x + "," + y).get() + "]");
        TreeLoader.Tree tree = TreeLoader.load(TreeLoader.Request.of(List.of(dir)));
        assertEquals(5, tree.units().size());
        FactsResult[] r = both(tree);
        assertSameFacts(tree, r[0], r[1]);
        // b and e take dev_get, dev_put (its #ifdef is balanced) and dev_reset blank; c redefines DEV_LOCK, which
        // dev_get's body names, d defines DEV_DEBUG, which dev_put's #ifdef names: both parsed again
        assertEquals(2, r[0].stats().reparsedUnits(), "c.c and d.c must be parsed again");
        // b and e: 3 each; parsed again, c keeps dev_put and dev_reset blank, d dev_get and dev_reset (the first
        // parse of a unit that misses counts no hit)
        assertEquals(10, r[0].stats().blankBodies(), "blank bodies");
        // the facts really differ where the macros do (else this test would prove nothing)
        Function getA = function(unit(r[0], "a.c"), "dev_get"), getC = function(unit(r[0], "c.c"), "dev_get");
        assertTrue(!EcoreUtil.equals(getA, getC), "DEV_LOCK's two definitions must give dev_get different facts");
        Function putA = function(unit(r[0], "a.c"), "dev_put"), putD = function(unit(r[0], "d.c"), "dev_put");
        assertTrue(!EcoreUtil.equals(putA, putD), "DEV_DEBUG must give dev_put different facts");
    }

    /** A blank body keeps its braces, newlines and length; a range that is not a body blanks nothing. */
    @Test
    void aBlankBodyKeepsEveryOffsetAndLine() throws Exception {
        String text = "static inline int f(int *p)\n{\n    return *p; /* } */\n}\nint g;\n";
        Path h = write("include/f.h", text);
        HeaderCache cache = new HeaderCache("");
        ElidedBodies bodies = new ElidedBodies();
        assertEquals(null, bodies.serve(cache.get(h.toString())), "nothing registered: served whole");
        int open = text.indexOf('{'), close = text.lastIndexOf('}');
        bodies.add(h.toString(), open, close - open + 1);
        bodies.add(h.toString(), 0, 6); // not a body: ignored
        ElidedBodies.Version v = bodies.serve(cache.get(h.toString()));
        char[] chars = new char[v.content().getLength()];
        v.content().arraycopy(0, chars, 0, chars.length);
        String served = new String(chars);
        assertEquals("static inline int f(int *p)\n{\n" + " ".repeat(22) + "\n}\nint g;\n", served);
        assertEquals(text.length(), served.length());
        assertEquals(java.util.Set.of(ElidedBodies.range(open, close - open + 1)), v.ranges());
        assertTrue(v == bodies.serve(cache.get(h.toString())), "same registrations: same version");
    }

    /**
     * Seeded random trees: headers whose inline functions use macros that units may define differently (or not at
     * all) before their includes, in different include orders, some headers defining a macro another one tests.
     * Every unit's facts must be a whole-header run's, whatever was served blank.
     */
    @Test
    void randomMacroConfigurationsGiveTheSameFactsAsWholeHeaders() throws Exception {
        int reparsed = 0, blank = 0;
        for (long seed = 1; seed <= 12; seed++) {
            java.util.Random rnd = new java.util.Random(seed);
            Path root = dir.resolve("tree" + seed);
            SourceFiles.write(root, "include/lk.h", """
                    #ifndef LK_H
                    #define LK_H
                    typedef struct { int v; } spinlock_t;
                    void spin_lock(spinlock_t *l);
                    void spin_unlock(spinlock_t *l);
                    void spin_lock_irq(spinlock_t *l);
                    void spin_unlock_irq(spinlock_t *l);
                    void note(int x);
                    #endif
                    """);
            String[] variants = {"spin_lock(&(o)->lock)", "spin_lock_irq(&(o)->lock)", "note(0)", "do { } while (0)"};
            SourceFiles.write(root, "include/obj.h", """
                    #ifndef OBJ_H
                    #define OBJ_H
                    #include <lk.h>
                    #ifndef OBJ_LOCK
                    #define OBJ_LOCK(o) spin_lock(&(o)->lock)
                    #endif
                    #ifndef OBJ_UNLOCK
                    #define OBJ_UNLOCK(o) spin_unlock(&(o)->lock)
                    #endif
                    #define OBJ_TOUCH(o, f) ((o)->f++)
                    struct obj { spinlock_t lock; int a; int b; int c; };
                    static inline void obj_a(struct obj *o) { OBJ_LOCK(o); OBJ_TOUCH(o, a); OBJ_UNLOCK(o); }
                    static inline void obj_b(struct obj *o)
                    {
                        OBJ_LOCK(o);
                        if (o->a)
                            OBJ_TOUCH(o, b);
                        OBJ_UNLOCK(o);
                    }
                    static inline int obj_c(struct obj *o) { int r; spin_lock(&o->lock); r = o->c; spin_unlock(&o->lock); return r; }
                    static inline void obj_all(struct obj *o) { obj_a(o); obj_b(o); (void)obj_c(o); }
                    #endif
                    """);
            SourceFiles.write(root, "include/ext.h", """
                    #ifndef EXT_H
                    #define EXT_H
                    #include <obj.h>
                    #ifdef EXT_TRACE
                    #define EXT_NOTE(x) note(x)
                    #else
                    #define EXT_NOTE(x) ((void)0)
                    #endif
                    static inline void ext_b(struct obj *o) { EXT_NOTE(1); OBJ_LOCK(o); o->b = 0; OBJ_UNLOCK(o); }
                    #endif
                    """);
            StringBuilder cc = new StringBuilder("[");
            int units = 6 + rnd.nextInt(5);
            for (int u = 0; u < units; u++) {
                StringBuilder c = new StringBuilder();
                if (rnd.nextInt(3) == 0) {
                    c.append("#define OBJ_LOCK(o) ").append(variants[rnd.nextInt(variants.length)]).append('\n');
                }
                if (rnd.nextInt(4) == 0) {
                    c.append("#define OBJ_UNLOCK(o) spin_unlock_irq(&(o)->lock)\n");
                }
                if (rnd.nextInt(4) == 0) {
                    c.append("#define EXT_TRACE 1\n");
                }
                List<String> includes = new java.util.ArrayList<>(List.of("#include <obj.h>", "#include <ext.h>"));
                java.util.Collections.shuffle(includes, rnd);
                includes.forEach(l -> c.append(l).append('\n'));
                c.append("void use_").append(u).append("(struct obj *o) { obj_all(o); ext_b(o); }\n");
                SourceFiles.write(root, "u" + u + ".c", c.toString());
                cc.append(u == 0 ? "" : ",").append("""
                        {"directory": "%s", "file": "u%d.c", "command": "gcc -Iinclude -c u%d.c"}""".formatted(root, u, u));
            }
            SourceFiles.write(root, "compile_commands.json", cc.append("]").toString());
            TreeLoader.Tree tree = TreeLoader.load(TreeLoader.Request.of(List.of(root)));
            FactsResult[] r = both(tree);
            assertSameFacts(tree, r[0], r[1]);
            reparsed += r[0].stats().reparsedUnits();
            blank += r[0].stats().blankBodies();
        }
        assertTrue(blank > 0 && reparsed > 0, "the trees must exercise both blank bodies and re-parses: " + blank
                + " blank, " + reparsed + " re-parsed");
    }

    /**
     * A unit parsed again whole registers its bodies for its macro state: the next unit with the same state takes them
     * blank instead of being parsed again too (on Xen, a parameter named like a macro defined later, {@code max},
     * sent every unit after the first one back to a whole parse).
     */
    @Test
    void aSecondUnitWithTheSameDifferingMacrosIsNotParsedAgain() throws Exception {
        write("include/dev.h", """
                #ifndef DEV_H
                #define DEV_H
                typedef struct { int v; } spinlock_t;
                void spin_lock(spinlock_t *l);
                void spin_unlock(spinlock_t *l);
                struct dev { spinlock_t lock; int count; };
                static inline int dev_pick(struct dev *d, int max)
                {
                    spin_lock(&d->lock);
                    d->count = max;
                    spin_unlock(&d->lock);
                    return max;
                }
                #endif
                """);
        write("include/kernel.h", "#define max(a, b) ((a) > (b) ? (a) : (b))\n");
        String user = """
                #include <dev.h>
                int %s(struct dev *d) { return dev_pick(d, 3); }
                """;
        write("a.c", user.formatted("use_a"));
        write("b.c", "#include <kernel.h>\n" + user.formatted("use_b"));
        write("c.c", "#include <kernel.h>\n" + user.formatted("use_c"));
        write("d.c", "#include <kernel.h>\n" + user.formatted("use_d"));
        write("compile_commands.json", "[" + Stream.of("a", "b", "c", "d").map(u -> """
                {"directory": "%s", "file": "%s.c", "command": "gcc -Iinclude -c %s.c"}""".formatted(dir, u, u))
                .reduce((x, y) -> x + "," + y).get() + "]");
        TreeLoader.Tree tree = TreeLoader.load(TreeLoader.Request.of(List.of(dir)));
        FactsResult[] r = both(tree);
        assertSameFacts(tree, r[0], r[1]);
        assertEquals(1, r[0].stats().reparsedUnits(), "only b.c, the first with max defined, is parsed again");
        assertEquals(2, r[0].stats().blankBodies(), "c.c and d.c take dev_pick blank");
    }

    /**
     * A unit whose flags other than macros differ (its own {@code -std}, as Xen's EFI and {@code usercopy} units) is a
     * configuration of its own for the header function memo: the bodies units of another configuration registered
     * are not served blank to it (no memo entry could match, the unit was parsed a second time with them whole), and
     * a second unit of its configuration takes the bodies the first registered.
     */
    @Test
    void aUnitOfAnotherConfigurationIsNotServedBodiesItCannotTake() throws Exception {
        write("include/dev.h", """
                #ifndef DEV_H
                #define DEV_H
                typedef struct { int v; } spinlock_t;
                void spin_lock(spinlock_t *l);
                void spin_unlock(spinlock_t *l);
                struct dev { spinlock_t lock; int count; };
                static inline void dev_get(struct dev *d) { spin_lock(&d->lock); d->count++; spin_unlock(&d->lock); }
                static inline void dev_put(struct dev *d) { spin_lock(&d->lock); d->count--; spin_unlock(&d->lock); }
                #endif
                """);
        String user = """
                #include <dev.h>
                void %s(struct dev *d) { dev_get(d); dev_put(d); }
                """;
        for (String u : List.of("a", "b", "c", "d")) {
            write(u + ".c", user.formatted("use_" + u));
        }
        write("compile_commands.json", "[" + Stream.of("a", "b", "c", "d").map(u -> """
                {"directory": "%s", "file": "%s.c", "command": "gcc -Iinclude %s -c %s.c"}""".formatted(dir, u,
                u.equals("a") || u.equals("b") ? "-std=gnu99" : "-std=gnu11", u)).reduce((x, y) -> x + "," + y).get()
                + "]");
        TreeLoader.Tree tree = TreeLoader.load(TreeLoader.Request.of(List.of(dir)));
        FactsResult[] r = both(tree);
        assertSameFacts(tree, r[0], r[1]);
        assertEquals(0, r[0].stats().reparsedUnits(), "c.c, the first unit of the second configuration, is parsed once");
        assertEquals(4, r[0].stats().blankBodies(), "b.c and d.c take both bodies blank, each from its own configuration");
    }

    /**
     * A per-unit {@code -D} label that a header function only stringifies into inline assembly (Xen's
     * {@code __OBJECT_LABEL__} in {@code UNLIKELY_START}) does not make each unit a configuration of its own for that
     * function: the units after the first take its body blank instead of being parsed again. A label that is not
     * plain tokens (here with a comma) is keyed by its definition all the same. Each unit's facts are those it has
     * parsed alone and whole.
     */
    @Test
    void aPerUnitLabelOnlyInInlineAssemblyDoesNotForceAParse() throws Exception {
        write("include/dev.h", """
                #ifndef DEV_H
                #define DEV_H
                typedef struct { int v; } spinlock_t;
                void spin_lock(spinlock_t *l);
                void spin_unlock(spinlock_t *l);
                #define str_1(x...) #x
                #define str(x...) str_1(x)
                #define LABEL(tag) ".L" str(__UNIT_LABEL__) "." #tag ":\\n\\t"
                struct dev { spinlock_t lock; int count; };
                static inline void dev_sync(struct dev *d)
                {
                    spin_lock(&d->lock);
                    asm volatile (
                #ifdef HAVE_NOP
                                   "nop\\n\\t"
                #else
                                   ".byte 0x90\\n\\t"
                #endif
                                   LABEL(sync) "nop" : : "r" (d) : "memory" );
                    d->count++;
                    spin_unlock(&d->lock);
                }
                #endif
                """);
        List<String> labels = List.of("dir/u0.o", "dir/u1.o", "other/u2.o", "u3.o", "a,b");
        StringBuilder cc = new StringBuilder("[");
        for (int u = 0; u < labels.size(); u++) {
            write("u" + u + ".c", """
                    #include <dev.h>
                    void use_%d(struct dev *d) { dev_sync(d); }
                    """.formatted(u));
            cc.append(u == 0 ? "" : ",").append("""
                    {"directory": "%s", "file": "u%d.c", "arguments": ["gcc", "-Iinclude", "-D__UNIT_LABEL__=%s", \
                    "-c", "u%d.c"]}""".formatted(dir, u, labels.get(u), u));
        }
        write("compile_commands.json", cc.append("]").toString());
        TreeLoader.Tree tree = TreeLoader.load(TreeLoader.Request.of(List.of(dir)));
        FactsAnalysis.Options one = new FactsAnalysis.Options(null, 1, FactsAnalysis.Options.DEFAULT_MAX_FILE_BYTES);
        FactsResult shared = FactsAnalysis.run(tree.config(), tree.units(), one, null);
        for (int i = 0; i < tree.units().size(); i++) {
            TranslationUnitFacts alone = FactsAnalysis.run(tree.config(), List.of(tree.units().get(i)),
                    one.withWholeHeaders(), null).units().get(0);
            assertTrue(EcoreUtil.equals(shared.units().get(i), alone), "facts differ from the unit's alone: "
                    + tree.units().get(i));
        }
        assertEquals(3, shared.stats().blankBodies(), "u1 to u3 take dev_sync blank (u4's label is not plain)");
        assertEquals(1, shared.stats().reparsedUnits(), "only u4, whose label has a comma, is parsed again");
    }

    /**
     * Units whose command lines differ only in macros (a per-unit {@code -D__UNIT_LABEL__=uN.o}, as real build systems
     * pass) share header functions and blank bodies, and each unit's facts are those it has when parsed alone (no
     * memo, nothing blank): also for a body with {@code #ifdef} on a command-line macro, a body using a command-line
     * macro's value, and a body whose macros paste tokens.
     */
    @Test
    void perUnitCommandLineMacrosShareHeaderFunctionsAndKeepTheirFacts() throws Exception {
        int blank = 0, reparsed = 0;
        for (long seed = 1; seed <= 4; seed++) {
            java.util.Random rnd = new java.util.Random(seed);
            Path root = dir.resolve("tree" + seed);
            SourceFiles.write(root, "include/dev.h", """
                    #ifndef DEV_H
                    #define DEV_H
                    typedef struct { int v; } spinlock_t;
                    void spin_lock(spinlock_t *l);
                    void spin_unlock(spinlock_t *l);
                    void note(int x);
                    #define DEV_FIELD(d, n) ((d)->f_ ## n)
                    struct dev { spinlock_t lock; int f_a; int f_b; int state; };
                    static inline void dev_get(struct dev *d) { spin_lock(&d->lock); d->state++; spin_unlock(&d->lock); }
                    static inline void dev_put(struct dev *d)
                    {
                        spin_lock(&d->lock);
                        d->state--;
                        spin_unlock(&d->lock);
                    }
                    static inline int dev_a(struct dev *d) { return DEV_FIELD(d, a); }
                    static inline void dev_trace(struct dev *d)
                    {
                    #ifdef TRACE
                        spin_lock(&d->lock);
                    #endif
                        d->f_b = 1;
                    #ifdef TRACE
                        spin_unlock(&d->lock);
                    #endif
                    }
                    static inline void dev_mark(struct dev *d) { note(UNIT_NUM); d->f_b = UNIT_NUM; }
                    #endif
                    """);
            StringBuilder cc = new StringBuilder("[");
            int units = 5 + rnd.nextInt(4);
            for (int u = 0; u < units; u++) {
                SourceFiles.write(root, "u" + u + ".c", """
                        #include <dev.h>
                        void use_%d(struct dev *d) { dev_get(d); dev_put(d); (void)dev_a(d); dev_trace(d); dev_mark(d); }
                        """.formatted(u));
                String flags = "-Iinclude -D__UNIT_LABEL__=u" + u + ".o -DUNIT_NUM=" + rnd.nextInt(2)
                        + (rnd.nextBoolean() ? " -DTRACE" : "");
                cc.append(u == 0 ? "" : ",").append("""
                        {"directory": "%s", "file": "u%d.c", "command": "gcc %s -c u%d.c"}""".formatted(root, u, flags,
                        u));
            }
            SourceFiles.write(root, "compile_commands.json", cc.append("]").toString());
            TreeLoader.Tree tree = TreeLoader.load(TreeLoader.Request.of(List.of(root)));
            FactsAnalysis.Options one = new FactsAnalysis.Options(null, 1, FactsAnalysis.Options.DEFAULT_MAX_FILE_BYTES);
            FactsResult shared = FactsAnalysis.run(tree.config(), tree.units(), one, null);
            for (int i = 0; i < tree.units().size(); i++) {
                TranslationUnitFacts alone = FactsAnalysis.run(tree.config(), List.of(tree.units().get(i)),
                        one.withWholeHeaders(), null).units().get(0);
                TranslationUnitFacts a = shared.units().get(i);
                assertTrue(EcoreUtil.equals(a, alone), "facts differ from the unit's alone: " + tree.units().get(i)
                        + "\n" + names(a) + "\n" + names(alone));
            }
            blank += shared.stats().blankBodies();
            reparsed += shared.stats().reparsedUnits();
        }
        assertTrue(blank > 0, "no blank bodies: per-unit macros must not make every unit a configuration of its own");
        assertTrue(reparsed < blank, blank + " blank bodies, " + reparsed + " units parsed again");
    }

    /**
     * On a real tree you built (not part of the repository): {@code -Dlockaudit.realTree=PATH} (a compile database in
     * PATH or a parent), {@code -Dlockaudit.realTree.sample=N} units spread over it (default 40). One run over the
     * sample, with the memo and blank bodies, must give each unit the facts it has parsed alone and whole. Skipped
     * without the property.
     */
    @Test
    void aRealTreeSampleHasTheFactsOfEachUnitParsedAlone() throws Exception {
        String tree = System.getProperty("lockaudit.realTree");
        Assumptions.assumeTrue(tree != null && !tree.isBlank(), "-Dlockaudit.realTree=PATH not given");
        TreeLoader.Tree t = TreeLoader.load(TreeLoader.Request.of(List.of(Path.of(tree))));
        int n = Integer.getInteger("lockaudit.realTree.sample", 40);
        List<Path> all = t.units();
        List<Path> sample = new java.util.ArrayList<>();
        for (int i = 0; i < n && i < all.size(); i++) {
            sample.add(all.get((int) ((long) i * all.size() / Math.min(n, all.size()))));
        }
        FactsAnalysis.Options opts = new FactsAnalysis.Options(null, 2, FactsAnalysis.Options.DEFAULT_MAX_FILE_BYTES);
        FactsResult shared = FactsAnalysis.run(t.config(), sample, opts, null);
        // A header's declaration diagnostics (a guard comment not understood) are said once per run, by the first
        // unit that reads the header's struct: compared over the whole sample, and left out of each unit's facts.
        java.util.Set<String> sharedSaid = new java.util.TreeSet<>();
        java.util.Set<String> aloneSaid = new java.util.TreeSet<>();
        for (int i = 0; i < sample.size(); i++) {
            TranslationUnitFacts alone = FactsAnalysis.run(t.config(), List.of(sample.get(i)), opts.withWholeHeaders(),
                    null).units().get(0);
            TranslationUnitFacts mine = withoutHeaderDiagnostics(shared.units().get(i), sharedSaid);
            alone = withoutHeaderDiagnostics(alone, aloneSaid);
            assertTrue(EcoreUtil.equals(mine, alone), "facts differ from the unit's alone: "
                    + sample.get(i) + "\n" + names(mine) + "\n" + names(alone));
        }
        assertEquals(aloneSaid, sharedSaid, "the headers' declaration diagnostics of the sample");
        System.out.printf("real tree sample: %d units, %d blank bodies, %d parsed again whole%n", sample.size(),
                shared.stats().blankBodies(), shared.stats().reparsedUnits());
    }

    /**
     * A copy of {@code unit} without its diagnostics about declarations in headers, which go to {@code said} (as
     * file, line and message).
     */
    private static TranslationUnitFacts withoutHeaderDiagnostics(TranslationUnitFacts unit, java.util.Set<String> said) {
        TranslationUnitFacts copy = EcoreUtil.copy(unit);
        copy.getDiagnostics().removeIf(d -> {
            boolean header = d.getKind() == org.lockaudit.core.facts.DiagnosticKind.DECLARATION
                    && d.getFile() != null && d.getFile().endsWith(".h");
            if (header) {
                said.add(d.getFile() + ":" + d.getLine() + " " + d.getMessage());
            }
            return header;
        });
        return copy;
    }

    private static TranslationUnitFacts unit(FactsResult r, String file) {
        return r.units().stream().filter(u -> u.getPath().endsWith("/" + file)).findFirst().orElseThrow();
    }

    private static Function function(TranslationUnitFacts tu, String name) {
        return tu.getFunctions().stream().filter(f -> f.getName().equals(name)).findFirst().orElseThrow();
    }

    private static boolean generate(Path out, int units) throws Exception {
        Path gen = REPO.resolve("bench/gen_corpus.py");
        if (!Files.exists(gen)) {
            return false;
        }
        try {
            Process p = new ProcessBuilder("python3", gen.toString(), "--units", Integer.toString(units), "--seed", "5",
                    "--out", out.toString()).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
