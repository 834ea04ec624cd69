package org.lockaudit.core.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.lockaudit.core.dataflow.HeldLock;
import org.lockaudit.core.dataflow.HeldLockSet;
import org.lockaudit.core.dataflow.LockState;
import org.lockaudit.core.dataflow.Step;
import org.lockaudit.core.facts.Access;
import org.lockaudit.core.facts.AccessKind;
import org.lockaudit.core.facts.LockMode;
import org.lockaudit.core.program.FunctionId;

/**
 * {@code write-under-read-lock}, a first approximation: a write of a field or global made while a reader/writer
 * lock R is held for reading only, when the same target is written elsewhere with R held for writing (so R is
 * what protects it), and the write holds no other exclusively-held lock that is also held at every one of those
 * other writes (which would be the real protection), nor one that every other read-side write of it also holds
 * exclusively ({@link SerialisedReadSide}: the read lock only pins a pointer). Writes with nothing held for
 * reading are left to the guard inference. Locks are compared by canonical id. Limit: atomic operations and per-CPU data written under a read
 * lock on purpose are reported too; taking an address is not counted as a write here.
 */
public final class WriteUnderReadLockChecker implements Checker {
    private record Write(FunctionId fn, String target, Step at, HeldLockSet held, List<Step> path) {
    }

    private final FindingSink sink;
    /** Per target, in observation order; hashed while collecting, gone through in target order by finish (perf). */
    private final Map<String, List<Write>> writes = new HashMap<>();

    public WriteUnderReadLockChecker(FindingSink sink) {
        this.sink = sink;
    }

    @Override
    public FindingKind kind() {
        return FindingKind.WRITE_UNDER_READ_LOCK;
    }

    @Override
    public void access(FunctionId fn, LockState before, Access access, Step at) {
        if (access.getKind() != AccessKind.WRITE || access.getTarget() == null) {
            return;
        }
        String key = access.isGlobal() && access.getFileScope() != null ? access.getFileScope() + "#" + access.getTarget()
                : access.getTarget();
        writes.computeIfAbsent(key, k -> new ArrayList<>())
                .add(new Write(fn, access.getTarget(), at, before.must(), Paths.to(before.trail(), at, List.of())));
    }

    @Override
    public boolean wholeProgram() {
        return true;
    }

    /** {@code later}'s writes after this checker's, per target: the order of a single pass. */
    @Override
    public boolean collectedNothing() {
        return writes.isEmpty();
    }

    @Override
    public void absorb(Checker later) {
        ((WriteUnderReadLockChecker) later).writes
                .forEach((key, list) -> writes.computeIfAbsent(key, k -> new ArrayList<>()).addAll(list));
    }

    /** What the last finish concluded per target ({@link FinishMemo}); may be null. */
    FinishMemo memo;

    @Override
    public void finish() {
        if (memo == null) {
            for (List<Write> all : new TreeMap<>(writes).values()) {
                finish(all, sink);
            }
            return;
        }
        // a target whose writes are the same records as last time (their functions were not analysed again) gives
        // the same findings
        Map<String, FinishMemo.Part> next = new HashMap<>();
        for (Map.Entry<String, List<Write>> e : new TreeMap<>(writes).entrySet()) {
            List<Object> inputs = new ArrayList<>(e.getValue());
            FinishMemo.Part known = memo.targets.get(e.getKey());
            if (known != null && known.sameInputs(inputs)) {
                known.findings().forEach(sink::report);
                next.put(e.getKey(), known);
                memo.counted(true);
                continue;
            }
            List<Finding> out = new ArrayList<>();
            finish(e.getValue(), out::add);
            out.forEach(sink::report);
            next.put(e.getKey(), new FinishMemo.Part(inputs, List.copyOf(out)));
            memo.counted(false);
        }
        memo.targets = next;
    }

    /** The findings of one target's writes. */
    private void finish(List<Write> all, FindingSink sink) {
        for (Write w : all) {
            for (HeldLock r : w.held()) {
                if (r.mode() != LockMode.SHARED) {
                    continue;
                }
                List<Write> exclusive = new ArrayList<>();
                for (Write o : all) {
                    if (o != w && holds(o.held(), r.lock().canonical(), LockMode.EXCLUSIVE)) {
                        exclusive.add(o);
                    }
                }
                if (exclusive.isEmpty() || coveredOtherwise(w, r, exclusive)
                        || SerialisedReadSide.serialised(w, w.held(), r, all, Write::held)) {
                    continue;
                }
                Write o = exclusive.get(0);
                sink.report(new Finding(kind(), w.at().file(), w.at().line(), w.fn().name(),
                        List.of(r.lock().display()),
                        "writes " + w.target() + " holding " + r.lock().display() + " for reading only; it is written under "
                                + r.lock().display() + " held for writing at " + o.at().location(),
                        List.of(EvidencePath.of("write under the read lock", w.path()),
                                EvidencePath.of("write under the write lock in " + o.fn().name() + "()", o.path())),
                        null));
            }
        }
    }

    private static boolean holds(HeldLockSet held, String canonical, LockMode mode) {
        for (HeldLock h : held) {
            if (h.lock().canonical().equals(canonical) && h.mode() != LockMode.SHARED) {
                return true;
            }
        }
        return false;
    }

    private static boolean coveredOtherwise(Write w, HeldLock r, List<Write> exclusive) {
        for (HeldLock x : w.held()) {
            if (x == r || x.mode() == LockMode.SHARED) {
                continue;
            }
            boolean everywhere = true;
            for (Write o : exclusive) {
                everywhere &= holds(o.held(), x.lock().canonical(), LockMode.EXCLUSIVE);
            }
            if (everywhere) {
                return true;
            }
        }
        return false;
    }
}
