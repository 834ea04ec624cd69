package org.lockaudit.core.concurrency;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.lockaudit.core.facts.Call;
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
    private Program program;
    private CallGraph callGraph;
    private LockApi api;
    private Set<FunctionId> joiners = Set.of();
    private ThreadJoins joins;
    /** Every start and join call of the program ({@link #threadCalls}). */
    private List<ThreadCall> threadCalls = List.of();
    /** Per thread root: the functions that start it, directly or through direct calls. */
    private final Map<String, Set<String>> startersOf = new HashMap<>();
    /** Per (function, thread root): the function's phases with respect to that root alone. */
    private final Map<String, CreatorPhases> phasesFor = new HashMap<>();

    private ConcurrencyModel(Map<FunctionId, ThreadRoot> roots) {
        this.roots = roots;
        roots.forEach((f, r) -> rootsByName.put(f.name(), r));
    }

    public static ConcurrencyModel of(Program program, CallGraph callGraph, LockApi api) {
        ConcurrencyModel m = new ConcurrencyModel(ThreadRoots.of(program, api));
        if (m.roots.isEmpty()) {
            return m;
        }
        m.program = program;
        m.callGraph = callGraph;
        m.api = api;
        m.threadCalls = threadCalls(program, api);
        Set<FunctionId> starters = closure(callGraph, m.threadCalls, c -> api.starts(c.getCallee()));
        Set<FunctionId> joiners = closure(callGraph, m.threadCalls, c -> api.isJoin(c.getCallee()));
        m.joiners = joiners;
        ThreadJoins joins = new ThreadJoins(program, api, m.rootsByName);
        m.joins = joins;
        for (FunctionId f : starters) {
            Function fn = program.function(f);
            if (fn == null || m.roots.containsKey(f)) {
                continue;
            }
            // the creator's code is alone only after a join of every thread (one it cannot bind to a start); after a
            // join bound to some threads, mayRunTogether asks per thread (started)
            m.creators.put(f.name(), new CreatorPhases(fn,
                    c -> api.starts(c.getCallee()) || reaches(program, c, fn, starters),
                    c -> m.joinedAt(c, fn) == ThreadJoins.EVERY));
        }
        return m;
    }

    /** A call of a program function (its first definition) to a thread start or join entry of the lock API. */
    private record ThreadCall(FunctionId caller, Call call) {
    }

    /**
     * Every start and join call of the program, in function order: the only calls {@link #closure} tests, found
     * with one walk over every function's events instead of one per closure (one per thread root, perf).
     */
    private static List<ThreadCall> threadCalls(Program program, LockApi api) {
        List<ThreadCall> out = new java.util.ArrayList<>();
        for (ThreadCalls.Caller e : ThreadCalls.callers(program, api)) {
            List<org.lockaudit.core.program.FunctionCalls.At> calls = org.lockaudit.core.program.FunctionCalls.of(
                    e.fn());
            for (int k : e.calls()) {
                out.add(new ThreadCall(e.id(), calls.get(k).call()));
            }
        }
        return out;
    }

    private static boolean reaches(Program program, Call c, Function from, Set<FunctionId> set) {
        FunctionId t = c.getCallee() == null ? null : program.resolve(c.getCallee(), from.getFile());
        return t != null && set.contains(t);
    }

    /**
     * Functions that make a call matching {@code direct} (one of {@code calls}, every start and join call),
     * themselves or through direct calls to such functions: the least fixpoint, found from the matching functions
     * up their callers (a worklist over {@link CallGraph#callersOf}, which lists exactly the sites naming a callee
     * among their candidates) instead of sweeping every function until nothing changes.
     */
    private static Set<FunctionId> closure(CallGraph cg, List<ThreadCall> calls,
            java.util.function.Predicate<Call> direct) {
        Set<FunctionId> out = new HashSet<>();
        java.util.ArrayDeque<FunctionId> work = new java.util.ArrayDeque<>();
        for (ThreadCall c : calls) {
            if (direct.test(c.call()) && out.add(c.caller())) {
                work.add(c.caller());
            }
        }
        while (!work.isEmpty()) {
            FunctionId f = work.poll();
            for (CallSite s : cg.callersOf(f)) {
                if (!s.indirect() && cg.program().function(s.caller()) != null && out.add(s.caller())) {
                    work.add(s.caller());
                }
            }
        }
        return out;
    }

    /**
     * Whether two accesses in contexts {@code a} and {@code b} may run at the same time: {@link
     * ExecutionContext#mayRunWith}, and for a creator against a thread, whether the creator had started that thread
     * at the access: decided in the innermost function of the creator's call path that starts it (the access
     * before {@code pthread_create(.., worker, ..)} in the same function, or in {@code main} before the call that
     * starts the worker, runs alone with respect to the worker).
     */
    public boolean mayRunTogether(ExecutionContext a, ExecutionContext b) {
        if (!a.mayRunWith(b)) {
            return false;
        }
        if (a.kind() == ExecutionContext.Kind.CREATOR && b.kind() == ExecutionContext.Kind.THREAD) {
            return started(a, b.root());
        }
        if (b.kind() == ExecutionContext.Kind.CREATOR && a.kind() == ExecutionContext.Kind.THREAD) {
            return started(b, a.root());
        }
        return true;
    }

    private boolean started(ExecutionContext creator, String root) {
        if (rootsByName.get(root).sites().stream().noneMatch(s -> api.starts(s.api()))) {
            // a configured entry point (hypercall, system call: no site), or a handler only registered ("deferred":
            // open_softirq, init_timer) runs once the system runs and something calls, raises or arms it: the code
            // that starts or registers threads (boot, initcalls, main) is taken to run before (limit: a creator that
            // keeps running while they run, such as a server's accept loop that also serves requests, is missed)
            return false;
        }
        Set<String> starters = startersOf.computeIfAbsent(root, r -> {
            FunctionId target = rootsByName.get(r).function();
            Set<String> names = new HashSet<>();
            for (FunctionId f : closure(callGraph, threadCalls, c -> api.starts(c.getCallee())
                    && spawnsTarget(c, target))) {
                names.add(f.name());
            }
            return names;
        });
        // along the call path, outermost first: each function that starts or joins the thread moves the phase at
        // the line where the path leaves it, entered in the phase its caller left it in (a function called after
        // the start runs concurrently from its entry until it joins; one called after the join runs alone until it
        // starts the thread again). Functions that do neither leave the phase as it is.
        List<ExecutionContext.Frame> frames = creator.frames();
        if (frames.stream().noneMatch(fr -> starters.contains(fr.function()))) {
            // no function on the path is known to start it (a routine passed through a helper's parameter is not
            // matched by name): whether the creator is past some start, as before any join was bound
            return creator.concurrent();
        }
        Boolean phase = null;
        for (int i = 0; i < frames.size(); i++) {
            ExecutionContext.Frame fr = frames.get(i);
            FunctionId fid = byName(fr.function());
            Function fn = fid == null ? null : program.function(fid);
            if (fn == null || !starters.contains(fr.function()) && !joiners.contains(fid)) {
                continue;
            }
            boolean entry = phase != null && phase;
            CreatorPhases p = phasesFor.computeIfAbsent(fr.function() + "|" + root + "|" + entry,
                    k -> new CreatorPhases(fn,
                            c -> (api.starts(c.getCallee()) && spawnsTarget(c, rootsByName.get(root).function()))
                                    || calls(c, fn, starters),
                            c -> ThreadJoins.joins(joinedAt(c, fn), root), entry));
            // a caller's frame: the phase of the call it makes (the access's own frame: of the access's line)
            phase = i + 1 < frames.size() ? p.concurrentBeforeCall(fr.line(), frames.get(i + 1).function())
                    : p.concurrentAt(fr.line());
        }
        return phase == null ? creator.concurrent() : phase;
    }

    /** The threads call {@code c} of {@code fn} joins, itself or through its callee (empty: none). */
    private Set<String> joinedAt(Call c, Function fn) {
        if (api.isJoin(c.getCallee())) {
            return joins.joined(c);
        }
        FunctionId t = c.getCallee() == null ? null : program.resolve(c.getCallee(), fn.getFile());
        return t != null && joiners.contains(t) ? joins.joinedBy(t) : Set.of();
    }

    private final Map<String, FunctionId> functionsByName = new HashMap<>();

    private FunctionId byName(String name) {
        if (functionsByName.isEmpty()) {
            for (FunctionId f : program.functions().keySet()) {
                functionsByName.putIfAbsent(f.name(), f);
            }
        }
        return functionsByName.get(name);
    }

    private boolean spawnsTarget(Call c, FunctionId target) {
        LockApi.ThreadEntry t = api.spawn(c.getCallee());
        for (int idx : t.routines()) {
            if (idx < c.getArguments().size()
                    && target.name().equals(ThreadRoots.routineName(c.getArguments().get(idx)))) {
                return true;
            }
        }
        return false;
    }

    private boolean calls(Call c, Function from, Set<String> names) {
        FunctionId t = c.getCallee() == null ? null : program.resolve(c.getCallee(), from.getFile());
        return t != null && names.contains(t.name());
    }

    /**
     * The access touches thread-local storage: a global declared {@code __thread}, {@code _Thread_local} or
     * {@code thread_local} (the facts' {@code GlobalVariable.threadLocal}), one of its members or elements, or data
     * reached through such a variable when it is a pointer. Each thread has its own copy of the variable, so two
     * threads never touch the same one: never a race, like the per-CPU slots. Limit: a thread-local pointer aimed at
     * shared data ({@code tls_p = &shared; tls_p->n++}) is taken as per-thread too (missed).
     */
    public boolean perThread(AccessSite s) {
        if (program == null) {
            return false;
        }
        String root = rootName(s.global() ? s.field() : s.base());
        org.lockaudit.core.facts.GlobalVariable g = root.isEmpty() ? null : program.global(root, s.file());
        return g != null && g.isThreadLocal();
    }

    /** The variable an access path starts from: {@code print_context} for {@code (&print_context)->lines[i]}. */
    static String rootName(String path) {
        if (path == null) {
            return "";
        }
        String b = path.trim();
        while (b.startsWith("(") || b.startsWith("&") || b.startsWith("*")) {
            b = b.substring(1).trim();
        }
        int end = 0;
        while (end < b.length() && (Character.isLetterOrDigit(b.charAt(end)) || b.charAt(end) == '_')) {
            end++;
        }
        return b.substring(0, end);
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

    /**
     * Whether code in context {@code c} may run in a hard interrupt handler: a thread root registered as an
     * interrupt handler ({@code request_irq}). Tasklets, softirqs, timers, threads, hypercalls and creators do not, so
     * a path that needs {@code in_irq()} true is not theirs. Limit: an interrupt handler reached through an entry the
     * presets do not name is not seen as one.
     */
    public boolean inHardIrq(ExecutionContext c) {
        ThreadRoot r = c.kind() == ExecutionContext.Kind.THREAD ? rootsByName.get(c.root()) : null;
        return r != null && "irq".equals(r.kind());
    }

    /** The context an access runs in, from the root of its calling context. */
    public ExecutionContext contextOf(AccessSite s) {
        return contextOf(s, callFrames(s.context().callPath()));
    }

    /**
     * The frames of a calling context's call path ({@code function (file:line)}, outermost first), or null when
     * the path holds an entry that is not such a frame (the context is then unknown). A function of the path alone:
     * the race rule keeps it per context between updates ({@link RaceDetector.Memo}).
     */
    static List<ExecutionContext.Frame> callFrames(List<String> path) {
        List<ExecutionContext.Frame> frames = new java.util.ArrayList<>(path.size());
        for (String p : path) {
            int open = p.lastIndexOf(" (");
            int colon = p.lastIndexOf(':');
            if (p.startsWith("(") || open < 0 || colon < open) {
                return null;
            }
            int l;
            try {
                l = Integer.parseInt(p.substring(colon + 1, p.length() - 1));
            } catch (NumberFormatException e) {
                l = -1;
            }
            frames.add(new ExecutionContext.Frame(p.substring(0, open), l));
        }
        return List.copyOf(frames);
    }

    /** As {@link #contextOf(AccessSite)}, given {@link #callFrames} of its context's call path. */
    ExecutionContext contextOf(AccessSite s, List<ExecutionContext.Frame> pathFrames) {
        if (pathFrames == null) {
            return new ExecutionContext(ExecutionContext.Kind.UNKNOWN, s.function().name(), false, false,
                    "unknown context", List.of());
        }
        List<ExecutionContext.Frame> frames = new java.util.ArrayList<>(pathFrames.size() + 1);
        frames.addAll(pathFrames);
        frames.add(new ExecutionContext.Frame(s.function().name(), s.line()));
        // the outermost frame that is a concurrent entry: a hypercall handler called by a dispatcher the model
        // knows nothing about runs as that entry (limit: a thread routine also called directly is its caller's too)
        int at = 0;
        while (at < frames.size() - 1 && !rootsByName.containsKey(frames.get(at).function())) {
            at++;
        }
        at = rootsByName.containsKey(frames.get(at).function()) ? at : 0;
        String root = frames.get(at).function();
        int line = frames.get(at).line();
        ThreadRoot r = rootsByName.get(root);
        if (r != null) {
            return new ExecutionContext(ExecutionContext.Kind.THREAD, root, true, r.multi(), "thread " + r.describe(),
                    frames);
        }
        CreatorPhases p = creators.get(root);
        if (p != null) {
            boolean c = p.concurrentAt(line);
            return new ExecutionContext(ExecutionContext.Kind.CREATOR, root, c, false, root + "() "
                    + (c ? "after starting threads" : "before starting threads or after joining them"), frames);
        }
        return new ExecutionContext(ExecutionContext.Kind.UNKNOWN, root, false, false, "unknown context", frames);
    }

    static String shortFile(String path) {
        if (path == null) {
            return "";
        }
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return path.substring(slash + 1);
    }
}
