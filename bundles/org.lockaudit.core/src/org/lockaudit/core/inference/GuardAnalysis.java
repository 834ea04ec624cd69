package org.lockaudit.core.inference;

import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.lockaudit.core.dataflow.HeldLockSet;
import org.lockaudit.core.dataflow.LockSetListener;
import org.lockaudit.core.facts.Function;
import org.lockaudit.core.facts.TranslationUnitFacts;
import org.lockaudit.core.program.FunctionId;

/**
 * Engine III entry point: every access in every calling context, and the guard of every field, over Engine II's
 * summaries. {@code extra} (may be null) observes the same contextual runs (the lock audit's section collector).
 */
public final class GuardAnalysis {
    /** Everything the guards, audit and diff commands render. */
    public record Result(ContextualAnalysis.Engine engine, List<AccessSite> sites,
            Map<FunctionId, List<AccessContext>> contexts, Map<String, FieldGuard> fields, LockNames names,
            GuardOptions options) {
    }

    private GuardAnalysis() {
    }

    public static Result run(List<TranslationUnitFacts> units, GuardOptions options, ContextualAnalysis.RunListener extra,
            IProgressMonitor monitor) {
        SubMonitor sub = SubMonitor.convert(monitor, "Inferring guards", 10);
        ContextualAnalysis.Engine engine = ContextualAnalysis.Engine.of(units, sub.split(4));
        return run(engine, units, options, extra, sub.split(6));
    }

    public static Result run(ContextualAnalysis.Engine engine, List<TranslationUnitFacts> units, GuardOptions options,
            ContextualAnalysis.RunListener extra, IProgressMonitor monitor) {
        return run(engine, units, options, extra, 1, monitor);
    }

    /**
     * As above; with no {@code extra} listener and two or more {@code threads}, the contextual runs of one height of
     * the component graph run side by side (the same result: {@code ContextualAnalysis.run(.., threads, ..)}).
     */
    public static Result run(ContextualAnalysis.Engine engine, List<TranslationUnitFacts> units, GuardOptions options,
            ContextualAnalysis.RunListener extra, int threads, IProgressMonitor monitor) {
        return run(engine, units, options, extra, threads, PARALLEL_HEIGHT, monitor);
    }

    /** As above; a height of fewer than {@code minShared} components is run by one thread. */
    static Result run(ContextualAnalysis.Engine engine, List<TranslationUnitFacts> units, GuardOptions options,
            ContextualAnalysis.RunListener extra, int threads, int minShared, IProgressMonitor monitor) {
        Exemptions exemptions = new Exemptions(engine.program(), options, monitor);
        AccessSites collector = new AccessSites(options, exemptions, AccessSites.lockFields(engine.program()),
                engine.program().staticsInSeveralFiles());
        ContextualAnalysis.RunListener both = extra == null ? collector : new ContextualAnalysis.RunListener() {
            @Override
            public LockSetListener listenerFor(FunctionId f, Function fn, AccessContext context, HeldLockSet entry) {
                return LockSetListener.all(List.of(collector.listenerFor(f, fn, context, entry),
                        extra.listenerFor(f, fn, context, entry)));
            }
        };
        Map<FunctionId, List<AccessContext>> contexts;
        if (extra == null && threads > 1) {
            contexts = ContextualAnalysis.run(engine, collector, monitor, threads, minShared);
            collector.inPassOrder(passOrder(engine));
        } else {
            contexts = ContextualAnalysis.run(engine, both, monitor);
        }
        if (monitor != null && monitor.isCanceled()) {
            throw new org.eclipse.core.runtime.OperationCanceledException();
        }
        List<AccessSite> sites = collector.sites();
        LockNames names = new LockNames(engine.summaries());
        Map<String, FieldGuard> fields = new GuardInference(options, new DeclaredGuards(units, options.configGuards()),
                names).infer(sites);
        return new Result(engine, sites, contexts, fields, names, options);
    }

    /** Fewer components than this in one height are run by one thread (not worth handing out). */
    static final int PARALLEL_HEIGHT = 32;

    /** The sequential contextual pass' order: callers' components first, each component's members in order. */
    private static List<FunctionId> passOrder(ContextualAnalysis.Engine engine) {
        List<List<FunctionId>> sccs = engine.callGraph().bottomUpComponents();
        List<FunctionId> order = new java.util.ArrayList<>();
        for (int i = sccs.size() - 1; i >= 0; i--) {
            order.addAll(sccs.get(i));
        }
        return order;
    }

    /**
     * What the inference remembers between analyses of an evolving program ({@code AnalysisSession}), so that an edit
     * costs what it changes: per function, its contextual runs and the contexts it passed on, its exempt accesses and
     * sites; per field, its sites and guard. Used with one {@link GuardOptions}. {@link #clear()} when the program's
     * tables change (function identities, globals, ops bindings, declared effects or guards) or an analysis failed.
     */
    public static final class Memo {
        private final ContextualAnalysis.Memo contexts = new ContextualAnalysis.Memo();
        private final Exemptions.Cache exemptions = new Exemptions.Cache();
        private final AccessSites.LockFieldsCache lockFields = new AccessSites.LockFieldsCache();
        private final AccessSites.Memo sites = new AccessSites.Memo();
        private final GuardInference.Memo fields = new GuardInference.Memo();

        public void clear() {
            contexts.clear();
            exemptions.clear();
            lockFields.clear();
            sites.clear();
            fields.clear();
        }

        /**
         * Tells the next analysis which functions can differ from the last one: every function its {@code mustRun}
         * names and every function whose facts object changed (see {@link ContextualAnalysis.Memo#changedOnly});
         * null when not known.
         */
        public void changedOnly(java.util.Set<FunctionId> functions) {
            contexts.changedOnly(functions);
        }

        /** Functions whose contextual runs the last analysis redid. */
        public int functionsRun() {
            return contexts.lastRun().size();
        }

        /** Fields whose guard the last analysis inferred again. */
        public int fieldsInferred() {
            return fields.inferred();
        }
    }

    /**
     * As {@link #run(ContextualAnalysis.Engine, List, GuardOptions, ContextualAnalysis.RunListener, IProgressMonitor)}
     * without an extra listener, redoing only what changed since the analysis {@code memo} remembers: the contextual
     * runs of functions whose facts, component or contexts changed or that {@code mustRun} names (a callee's summary
     * changed), the sites of those functions and of functions whose exempt accesses changed, and the guards of the
     * fields whose sites changed. The result equals a from-scratch run. On failure the memo is cleared.
     */
    public static Result run(ContextualAnalysis.Engine engine, List<TranslationUnitFacts> units, GuardOptions options,
            Memo memo, java.util.function.Predicate<FunctionId> mustRun, IProgressMonitor monitor) {
        try {
            Exemptions exemptions = new Exemptions(engine.program(), options, memo.exemptions, monitor);
            AccessSites collector = new AccessSites(options, exemptions,
                    AccessSites.lockFields(engine.program(), memo.lockFields), engine.program().staticsInSeveralFiles());
            Map<FunctionId, List<AccessContext>> contexts = ContextualAnalysis.run(engine, collector, monitor,
                    memo.contexts, mustRun);
            List<AccessSite> sites = collector.sites(memo.sites, memo.contexts.order());
            LockNames names = new LockNames(engine.summaries());
            Map<String, FieldGuard> fields = new GuardInference(options,
                    new DeclaredGuards(units, options.configGuards()), names).infer(sites, memo.fields,
                    memo.sites.changedFields(), memo.sites);
            return new Result(engine, sites, contexts, fields, names, options);
        } catch (RuntimeException | Error e) {
            memo.clear();
            throw e;
        }
    }
}
