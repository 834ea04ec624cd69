package org.lockaudit.core.concurrency;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.lockaudit.core.facts.Call;
import org.lockaudit.core.facts.CfgNode;
import org.lockaudit.core.facts.Event;
import org.lockaudit.core.facts.Function;
import org.lockaudit.core.inference.AccessSite;
import org.lockaudit.core.lockapi.LockApi;
import org.lockaudit.core.program.CallGraph;
import org.lockaudit.core.program.CallSite;
import org.lockaudit.core.program.FunctionId;
import org.lockaudit.core.program.Program;

/**
 * What may run at the same time: the concurrent entry points ({@link ThreadRoots}) and the phases of the functions
 * that start them ({@link CreatorPhases}). An access is placed by the root of its calling context (the first
 * function of its call path): a thread root's context is that thread; a function that starts threads, directly or
 * through callees, is a creator whose code is concurrent only between a start and a join; any other root (a
 * function with no caller that starts nothing, such as a callback registered in a way the model does not know) is
 * unknown and never reported as racing.
 */
public final class ConcurrencyModel {
    private final Map<FunctionId, ThreadRoot> roots;
    private final Map<String, ThreadRoot> rootsByName = new HashMap<>();
    private final Map<String, CreatorPhases> creators = new LinkedHashMap<>();

    private ConcurrencyModel(Map<FunctionId, ThreadRoot> roots) {
        this.roots = roots;
        roots.forEach((f, r) -> rootsByName.put(f.name(), r));
    }

    public static ConcurrencyModel of(Program program, CallGraph callGraph, LockApi api) {
        ConcurrencyModel m = new ConcurrencyModel(ThreadRoots.of(program, api));
        if (m.roots.isEmpty()) {
            return m;
        }
        Set<FunctionId> starters = closure(program, callGraph, c -> api.spawn(c.getCallee()) != null);
        Set<FunctionId> joiners = closure(program, callGraph, c -> api.isJoin(c.getCallee()));
        for (FunctionId f : starters) {
            Function fn = program.function(f);
            if (fn == null || m.roots.containsKey(f)) {
                continue;
            }
            m.creators.put(f.name(), new CreatorPhases(fn,
                    c -> api.spawn(c.getCallee()) != null || reaches(program, c, fn, starters),
                    c -> api.isJoin(c.getCallee()) || reaches(program, c, fn, joiners)));
        }
        return m;
    }

    private static boolean reaches(Program program, Call c, Function from, Set<FunctionId> set) {
        FunctionId t = c.getCallee() == null ? null : program.resolve(c.getCallee(), from.getFile());
        return t != null && set.contains(t);
    }

    /** Functions that make a call matching {@code direct}, themselves or through their callees. */
    private static Set<FunctionId> closure(Program program, CallGraph cg, java.util.function.Predicate<Call> direct) {
        Set<FunctionId> out = new HashSet<>();
        for (Map.Entry<FunctionId, Function> e : program.functions().entrySet()) {
            for (CfgNode node : e.getValue().getNodes()) {
                for (Event ev : node.getEvents()) {
                    if (ev instanceof Call c && direct.test(c)) {
                        out.add(e.getKey());
                    }
                }
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (FunctionId f : program.functions().keySet()) {
                if (out.contains(f)) {
                    continue;
                }
                for (CallSite s : cg.callSitesIn(f)) {
                    if (s.candidates().stream().anyMatch(out::contains)) {
                        out.add(f);
                        changed = true;
                        break;
                    }
                }
            }
        }
        return out;
    }

    public boolean hasThreads() {
        return !roots.isEmpty();
    }

    public Map<FunctionId, ThreadRoot> roots() {
        return roots;
    }

    public boolean isRoot(FunctionId f) {
        return roots.containsKey(f);
    }

    /** The context an access runs in, from the root of its calling context. */
    public ExecutionContext contextOf(AccessSite s) {
        List<String> path = s.context().callPath();
        String root = s.function().name();
        int line = s.line();
        if (!path.isEmpty()) {
            String first = path.get(0);
            int open = first.lastIndexOf(" (");
            if (first.startsWith("(") || open < 0) {
                return new ExecutionContext(ExecutionContext.Kind.UNKNOWN, root, false, false, "unknown context");
            }
            root = first.substring(0, open);
            int colon = first.lastIndexOf(':');
            try {
                line = Integer.parseInt(first.substring(colon + 1, first.length() - 1));
            } catch (NumberFormatException e) {
                line = -1;
            }
        }
        ThreadRoot r = rootsByName.get(root);
        if (r != null) {
            return new ExecutionContext(ExecutionContext.Kind.THREAD, root, true, r.multi(), "thread " + r.describe());
        }
        CreatorPhases p = creators.get(root);
        if (p != null) {
            boolean c = p.concurrentAt(line);
            return new ExecutionContext(ExecutionContext.Kind.CREATOR, root, c, false, root + "() "
                    + (c ? "after starting threads" : "before starting threads or after joining them"));
        }
        return new ExecutionContext(ExecutionContext.Kind.UNKNOWN, root, false, false, "unknown context");
    }

    static String shortFile(String path) {
        if (path == null) {
            return "";
        }
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return path.substring(slash + 1);
    }
}
