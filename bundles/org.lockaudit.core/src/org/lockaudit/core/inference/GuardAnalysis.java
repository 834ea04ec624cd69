package org.lockaudit.core.inference;

import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.lockaudit.core.check.SourceLines;
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
        Exemptions exemptions = new Exemptions(engine.program(), options, new SourceLines(), monitor);
        AccessSites collector = new AccessSites(options, exemptions, AccessSites.lockFields(engine.program()));
        ContextualAnalysis.RunListener both = extra == null ? collector : new ContextualAnalysis.RunListener() {
            @Override
            public LockSetListener listenerFor(FunctionId f, Function fn, AccessContext context, HeldLockSet entry) {
                return LockSetListener.all(List.of(collector.listenerFor(f, fn, context, entry),
                        extra.listenerFor(f, fn, context, entry)));
            }
        };
        Map<FunctionId, List<AccessContext>> contexts = ContextualAnalysis.run(engine, both, monitor);
        if (monitor != null && monitor.isCanceled()) {
            throw new org.eclipse.core.runtime.OperationCanceledException();
        }
        List<AccessSite> sites = collector.sites();
        LockNames names = new LockNames(engine.summaries());
        Map<String, FieldGuard> fields = new GuardInference(options, new DeclaredGuards(units, options.configGuards()),
                names).infer(sites);
        return new Result(engine, sites, contexts, fields, names, options);
    }
}
