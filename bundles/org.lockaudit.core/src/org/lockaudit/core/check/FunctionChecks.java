package org.lockaudit.core.check;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.lockaudit.core.dataflow.LockSetListener;

/**
 * What the checkers made of one function's run, kept so that an analysis which runs only some functions again
 * ({@code AnalysisSession}) need not show the others' callbacks to the checkers again: the findings reported while
 * observing the run, the findings of the checkers finished per function (not {@link Checker#wholeProgram()}), and
 * the whole-program checkers having observed this run only. {@link #report} turns the records of every function,
 * in pass order, into the findings a single pass would report, in the same order per kind (the order matters where
 * a sink keeps the first of duplicate findings, and for the witness a lock-order edge keeps).
 *
 * <p>Valid as long as the run would give the same callbacks (same facts, entry context and callee summaries: what
 * decides whether the function is analysed again) and each checker's callbacks depend on their arguments only,
 * plus, for a checker finished per function, on the same function's earlier callbacks. Immutable once built.
 */
public final class FunctionChecks {
    /** Findings reported while observing the run, in order. */
    private final List<Finding> observed;
    /** Per checker (by position in the checker list): what finishing it after this run alone reported; empty for whole-program checkers. */
    private final List<List<Finding>> finished;
    /**
     * Per checker: the whole-program checker having observed this run only, null when it collected nothing (and for
     * the checkers finished per function).
     */
    private final List<Checker> collected;

    /** Nothing observed, finished or collected: the record adds nothing to {@link #report}. */
    private final boolean empty;

    private FunctionChecks(List<Finding> observed, List<List<Finding>> finished, List<Checker> collected) {
        this.observed = observed;
        this.finished = finished;
        this.collected = collected;
        boolean nothing = observed.isEmpty();
        for (int i = 0; nothing && i < finished.size(); i++) {
            nothing = finished.get(i).isEmpty() && collected.get(i) == null;
        }
        this.empty = nothing;
    }

    /** Fresh checkers observing one function's run; {@link #done()} when the run is over. */
    public static final class Recorder {
        private final List<Finding> observed = new ArrayList<>();
        private final List<Checker> checkers;
        private final LockSetListener listener;

        /** {@code checkers} makes the full list of checkers, reporting to the sink it is given. */
        public Recorder(Function<FindingSink, List<Checker>> checkers) {
            this.checkers = checkers.apply(observed::add);
            this.listener = LockSetListener.all(this.checkers);
        }

        /** The listener to give the function's run. */
        public LockSetListener listener() {
            return listener;
        }

        /** The record: finishes the checkers that are finished per function. Call once. */
        public FunctionChecks done() {
            List<List<Finding>> finished = new ArrayList<>();
            List<Checker> collected = new ArrayList<>();
            for (Checker c : checkers) {
                if (c.wholeProgram()) {
                    finished.add(List.of());
                    collected.add(c.collectedNothing() ? null : c);
                } else {
                    List<Finding> out = new ArrayList<>();
                    int before = observed.size();
                    c.finish();
                    // finish() reports to the same sink: move what it added after the run's own findings
                    out.addAll(observed.subList(before, observed.size()));
                    observed.subList(before, observed.size()).clear();
                    finished.add(out.isEmpty() ? List.of() : List.copyOf(out));
                    collected.add(null);
                }
            }
            return new FunctionChecks(observed.isEmpty() ? List.of() : List.copyOf(observed), List.copyOf(finished),
                    java.util.Collections.unmodifiableList(collected));
        }
    }

    /**
     * Reports to {@code sink} what {@code checkers} (a fresh list, as the records were made with) would report
     * having observed the runs recorded in {@code inPassOrder} one after the other and then been finished: every
     * run's findings while observing, then, checker by checker in list order, the per-function finishes in pass
     * order or the whole-program checker having absorbed every run in pass order, finished.
     */
    public static void report(List<FunctionChecks> all, List<Checker> checkers, FindingSink sink) {
        // the records that add something, in pass order: most functions' add nothing, and each checker below goes
        // through the list again (perf)
        List<FunctionChecks> inPassOrder = new ArrayList<>();
        for (FunctionChecks f : all) {
            if (!f.empty) {
                inPassOrder.add(f);
            }
        }
        for (FunctionChecks f : inPassOrder) {
            f.observed.forEach(sink::report);
        }
        for (int i = 0; i < checkers.size(); i++) {
            Checker program = checkers.get(i);
            if (!program.wholeProgram()) {
                for (FunctionChecks f : inPassOrder) {
                    f.finished.get(i).forEach(sink::report);
                }
                continue;
            }
            for (FunctionChecks f : inPassOrder) {
                Checker collected = f.collected.get(i);
                if (collected != null) {
                    program.absorb(collected);
                }
            }
            program.finish();
        }
    }
}
