package org.lockaudit.core.program;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

import org.lockaudit.core.facts.Call;
import org.lockaudit.core.facts.CfgNode;
import org.lockaudit.core.facts.Event;
import org.lockaudit.core.facts.Function;

/**
 * The calls of a function's facts, in node and event order, listed once per facts object: the whole-program
 * scans for thread starts and joins ({@code concurrency.ThreadRoots}, {@code ConcurrencyModel}) look at calls only,
 * and walking every node's events of every function through EMF's lists was most of their cost (perf: they run
 * at every incremental update, where all but the edited functions keep their facts objects). Facts are not changed
 * after extraction as far as calls go ({@link RecursiveLocks} rewrites lock operations only). Kept with the facts
 * object (calls) or under a weak key (callee names, which refer to nothing); thread-safe.
 */
public final class FunctionCalls {
    /** A call and the CFG node it is in. */
    public record At(int node, Call call) {
    }


    private FunctionCalls() {
    }

    private static final Map<Function, java.util.Set<String>> CALLEES = Collections.synchronizedMap(new WeakHashMap<>());

    /** The names the calls of a function's facts name (without the calls through a pointer), once per facts object. */
    public static java.util.Set<String> callees(Function fn) {
        java.util.Set<String> names = CALLEES.get(fn);
        if (names == null) {
            java.util.Set<String> out = new java.util.HashSet<>();
            for (At at : of(fn)) {
                if (at.call().getCallee() != null) {
                    out.add(at.call().getCallee());
                }
            }
            names = java.util.Set.copyOf(out);
            CALLEES.put(fn, names);
        }
        return names;
    }

    /**
     * The list, kept in an adapter of the facts object itself: its calls are contained in the function, so a weak
     * map keyed by the function would keep the function alive through its own value (an IDE session's replaced
     * facts would never be freed); the adapter goes with the object.
     */
    private static final class Listed extends org.eclipse.emf.common.notify.impl.AdapterImpl {
        final List<At> calls;

        Listed(List<At> calls) {
            this.calls = calls;
        }

        @Override
        public boolean isAdapterForType(Object type) {
            return type == Listed.class;
        }
    }

    public static List<At> of(Function fn) {
        synchronized (fn) {
            for (org.eclipse.emf.common.notify.Adapter a : fn.eAdapters()) {
                if (a instanceof Listed l) {
                    return l.calls;
                }
            }
        }
        List<At> out = new ArrayList<>();
        for (CfgNode node : fn.getNodes()) {
            for (Event ev : node.getEvents()) {
                if (ev instanceof Call c) {
                    out.add(new At(node.getId(), c));
                }
            }
        }
        List<At> calls = List.copyOf(out);
        synchronized (fn) {
            for (org.eclipse.emf.common.notify.Adapter a : fn.eAdapters()) {
                if (a instanceof Listed l) {
                    return l.calls;
                }
            }
            fn.eAdapters().add(new Listed(calls));
        }
        return calls;
    }
}
