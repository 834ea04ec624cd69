package org.lockaudit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.lockaudit.core.FactsBuilder.*;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lockaudit.core.check.Finding;
import org.lockaudit.core.facts.AccessKind;
import org.lockaudit.core.facts.IrqEffect;
import org.lockaudit.core.facts.LockMode;
import org.lockaudit.core.facts.LockOpKind;
import org.lockaudit.core.facts.Access;
import org.lockaudit.core.facts.TranslationUnitFacts;
import org.lockaudit.core.program.FunctionId;
import org.lockaudit.core.summary.FunctionSummary;

/** Checks on facts built in code (the shape the extractor produces), before C fixtures can drive them. */
class ProgrammaticChecksTest {

    static List<String> findings(FactsBuilder... units) {
        return result(units).findings().stream().map(ProgrammaticChecksTest::brief).toList();
    }

    static AnalysisResult result(FactsBuilder... units) {
        List<TranslationUnitFacts> tus = Arrays.stream(units).map(u -> u.tu).toList();
        return Analysis.run(tus, null);
    }

    static String brief(Finding f) {
        return f.kind().id() + "@" + f.line();
    }

    /** The pcidevs wrappers of the PCI example. */
    static FactsBuilder pciWrappers() {
        FactsBuilder b = new FactsBuilder("/nonexistent/pci.c");
        var lock = b.fn("pcidevs_lock");
        lock.node(op(LockOpKind.ACQUIRE, global("_pcidevs_lock"), LockMode.RECURSIVE, IrqEffect.NONE, "spin_lock_recursive", 17));
        lock.node(ret(18));
        lock.chain(0, 1).done();
        var unlock = b.fn("pcidevs_unlock");
        unlock.node(op(LockOpKind.RELEASE, global("_pcidevs_lock"), LockMode.RECURSIVE, IrqEffect.NONE, "spin_unlock_recursive", 22));
        unlock.node(ret(23));
        unlock.chain(0, 1).done();
        var locked = b.fn("pcidevs_locked");
        locked.node(isLocked("_pcidevs_lock", 27), retResultOf(27, 0, false));
        locked.done();
        return b;
    }

    /** {@code ASSERT(pcidevs_locked())} at {@code line}, then the body; returns the first body node. */
    static int assertLocked(FactsBuilder.Fn f, int line) {
        int a = f.node(call("pcidevs_locked", line));
        int bug = f.node(noReturn("__builtin_trap", line));
        int body = a + 2;
        f.branch(a, assertion(0, line), bug, body);
        return body;
    }

    @Test
    void wrappersPredicatesAndAssertionsAcrossFunctions() {
        FactsBuilder b = pciWrappers();
        var free = b.fn("msi_free_all", "pdev");
        int body = assertLocked(free, 12);
        free.node(ret(17));
        free.done();
        var reset = b.fn("pci_msi_flr_reset", "pdev");
        reset.node(call("msi_free_all", 71, "pdev"), ret(72));
        reset.done();
        var disable = b.fn("pci_disable_msi");
        disable.node(call("pcidevs_lock", 56));
        disable.node(call("msi_free_all", 59, "pdev"));
        disable.node(call("pcidevs_unlock", 62), retVar(63, "rc"));
        disable.chain(0, 2).done();
        assertEquals(2, body);
        AnalysisResult r = result(b);
        assertEquals(List.of("precondition-violation@71"), r.findings().stream().map(ProgrammaticChecksTest::brief).toList());
        FunctionSummary lockSummary = r.summaries().get(new FunctionId("pcidevs_lock", null));
        assertEquals("pcidevs_lock: acquires _pcidevs_lock (recursive) takes [_pcidevs_lock]", lockSummary.describe());
        FunctionSummary locked = r.summaries().get(new FunctionId("pcidevs_locked", null));
        assertEquals("_pcidevs_lock", locked.predicateOf().canonical());
        FunctionSummary freeSummary = r.summaries().get(new FunctionId("msi_free_all", null));
        assertEquals("_pcidevs_lock", freeSummary.requires().get(0).lock().canonical());
    }

    @Test
    void gotoErrorPathsReleaseUnheldAndInconsistentReturn() {
        FactsBuilder b = pciWrappers();
        var ats = b.fn("pci_ats_enable");
        ats.node();                                   // 0: if (!iommu) goto out_unlock
        ats.node(call("pcidevs_lock", 94));           // 1
        ats.node(call("pcidevs_unlock", 99));         // 2: out_unlock
        ats.node(retVar(100, "rc"));                  // 3
        ats.branch(0, other("!iommu", 91), 2, 1).chain(1, 3).done();
        var msi = b.fn("pci_enable_msi");
        msi.node(call("pcidevs_lock", 31));           // 0
        msi.node();                                   // 1: if (!pdev) goto out
        msi.node(call("pcidevs_unlock", 44));         // 2
        msi.node(retVar(46, "rc"));                   // 3: out
        msi.edge(0, 1).branch(1, other("!pdev", 33), 3, 2).edge(2, 3).done();
        assertEquals(List.of("inconsistent-return@46", "release-unheld@99"), findings(b));
    }

    @Test
    void doubleAcquireThroughACalleeIsReportedAtTheCallOnly() {
        FactsBuilder b = new FactsBuilder("/nonexistent/vtd.c");
        var gcmd = b.staticFn("vtd_gcmd_set", "iommu", "bits");
        gcmd.node(op(LockOpKind.ACQUIRE, member("iommu", "register_lock", "iommu"), LockMode.EXCLUSIVE, IrqEffect.SAVE, "spin_lock_irqsave", 8));
        gcmd.node(op(LockOpKind.RELEASE, member("iommu", "register_lock", "iommu"), LockMode.EXCLUSIVE, IrqEffect.RESTORE, "spin_unlock_irqrestore", 17));
        gcmd.node(ret(18));
        gcmd.chain(0, 2).done();
        var enable = b.fn("vtd_enable_translation", "iommu");
        enable.node(op(LockOpKind.ACQUIRE, member("iommu", "register_lock", "iommu"), LockMode.EXCLUSIVE, IrqEffect.SAVE, "spin_lock_irqsave", 88));
        enable.node(call("vtd_gcmd_set", 90, "iommu", "bits"));
        enable.node(op(LockOpKind.RELEASE, member("iommu", "register_lock", "iommu"), LockMode.EXCLUSIVE, IrqEffect.RESTORE, "spin_unlock_irqrestore", 91), retConst(92, 0));
        enable.chain(0, 2).done();
        var other = b.fn("other_unit", "a", "b");
        other.node(op(LockOpKind.ACQUIRE, member("iommu", "register_lock", "a"), LockMode.EXCLUSIVE, IrqEffect.SAVE, "spin_lock_irqsave", 100));
        other.node(call("vtd_gcmd_set", 101, "b", "0"));
        other.node(op(LockOpKind.RELEASE, member("iommu", "register_lock", "a"), LockMode.EXCLUSIVE, IrqEffect.RESTORE, "spin_unlock_irqrestore", 102), ret(103));
        other.chain(0, 2).done();
        assertEquals(List.of("double-acquire@90"), findings(b));
    }

    @Test
    void irqSaveReleasedByPlainUnlockAndTryLockByReturnValue() {
        FactsBuilder b = new FactsBuilder("/nonexistent/fault.c");
        var f = b.fn("iommu_fault_interrupt", "iommu");
        var reg = member("iommu", "register_lock", "iommu");
        f.node(op(LockOpKind.ACQUIRE, reg, LockMode.EXCLUSIVE, IrqEffect.SAVE, "spin_lock_irqsave", 50)); // 0
        f.node(op(LockOpKind.RELEASE, member("iommu", "register_lock", "iommu"), LockMode.EXCLUSIVE, IrqEffect.NONE, "spin_unlock", 53), ret(54)); // 1
        f.node(op(LockOpKind.RELEASE, member("iommu", "register_lock", "iommu"), LockMode.EXCLUSIVE, IrqEffect.RESTORE, "spin_unlock_irqrestore", 58)); // 2
        f.node(tryLock("fault_ring_lock", 61, null));  // 3
        f.node(ret(63));                                 // 4
        f.node(unlock("fault_ring_lock", 75), ret(77)); // 5
        f.branch(0, other("!(sts & PPF)", 51), 1, 2).edge(2, 3).branch(3, callResult(0, true, "!spin_trylock(&fault_ring_lock)", 61), 4, 5).done();
        assertEquals(List.of("irq-mismatch@53"), findings(b));
    }

    @Test
    void tryLockThroughALocalAndConditionalLockingByFlag() {
        FactsBuilder b = new FactsBuilder("/nonexistent/t.c");
        var f = b.fn("try_local");
        f.node(tryLock("l", 5, "locked"));   // 0
        f.node(unlock("l", 8));              // 1
        f.node(retConst(10, 0));             // 2
        f.branch(0, variable("locked", false, 6), 1, 2).edge(1, 2).done();
        var g = b.fn("flagged", "flag");
        g.node();                            // 0 if (flag)
        g.node(lock("l", 3));                // 1
        g.node();                            // 2 if (flag)
        g.node(unlock("l", 6));              // 3
        g.node(ret(8));                      // 4
        g.branch(0, variable("flag", false, 2), 1, 2).edge(1, 2).branch(2, variable("flag", false, 5), 3, 4).edge(3, 4).done();
        var w = b.fn("trylock_wrapper");
        w.node(tryLock("l", 20, null), retResultOf(20, 0, false));
        w.done();
        var u = b.fn("uses_wrapper");
        u.node(call("trylock_wrapper", 30));  // 0
        u.node(unlock("l", 31));              // 1
        u.node(ret(33));                      // 2
        u.branch(0, callResult(0, false, "trylock_wrapper()", 30), 1, 2).edge(1, 2).done();
        var bad = b.fn("ignores_result");
        bad.node(tryLock("l", 40, "ok"));     // 0
        bad.node(unlock("l", 42), ret(43));   // 1
        bad.edge(0, 1).done();
        assertEquals(List.of("release-unheld@42"), findings(b));
    }

    @Test
    void loopsRecursionOpsTablesOrderAndReadLocks() {
        FactsBuilder b = pciWrappers();
        var loop = b.fn("per_iteration");
        loop.node();                   // 0: while (x)
        loop.node(lock("l", 3));       // 1
        loop.node(unlock("l", 5));     // 2
        loop.node(ret(7));             // 3
        loop.branch(0, other("x", 2), 1, 3).chain(1, 2).edge(2, 0).done();
        var rec = b.fn("recurse", "n");
        rec.node(call("pcidevs_lock", 10));   // 0
        rec.node(call("recurse", 12, "n"));   // 1
        rec.node(call("pcidevs_unlock", 13), ret(14)); // 2
        rec.branch(0, other("n", 11), 1, 2).edge(1, 2).done();
        var vtdAssign = b.staticFn("vtd_assign_device", "d", "devfn", "pdev");
        assertLocked(vtdAssign, 216);
        vtdAssign.node(retConst(223, 0));
        vtdAssign.done();
        b.ops("iommu_ops.assign_device", "vtd_assign_device");
        var assign = b.fn("assign_device");
        assign.node(call("pcidevs_lock", 195));
        assign.node(indirect("iommu_ops.assign_device", 213, "d", "devfn", "pdev"));
        assign.node(call("pcidevs_unlock", 226), ret(227));
        assign.chain(0, 2).done();
        var unlocked = b.fn("assign_unlocked");
        unlocked.node(indirect("iommu_ops.assign_device", 300, "d", "devfn", "pdev"), ret(301));
        unlocked.done();
        var ab = b.fn("a_then_b");
        ab.node(lock("a", 400));
        ab.node(lock("b", 401));
        ab.node(unlock("b", 402));
        ab.node(unlock("a", 403), ret(404));
        ab.chain(0, 3).done();
        var takeA = b.staticFn("take_a");
        takeA.node(lock("a", 410));
        takeA.node(unlock("a", 411), ret(412));
        takeA.chain(0, 1).done();
        var ba = b.fn("b_then_a");
        ba.node(lock("b", 420));
        ba.node(call("take_a", 421));
        ba.node(unlock("b", 422), ret(423));
        ba.chain(0, 2).done();
        var reader = b.fn("reader");
        reader.node(op(LockOpKind.ACQUIRE, global("tbl_lock"), LockMode.SHARED, IrqEffect.NONE, "read_lock", 500));
        reader.node(write("tbl.count", 501));
        reader.node(op(LockOpKind.RELEASE, global("tbl_lock"), LockMode.SHARED, IrqEffect.NONE, "read_unlock", 502), ret(503));
        reader.chain(0, 2).done();
        var writer = b.fn("writer");
        writer.node(op(LockOpKind.ACQUIRE, global("tbl_lock"), LockMode.EXCLUSIVE, IrqEffect.NONE, "write_lock", 510));
        writer.node(write("tbl.count", 511));
        writer.node(op(LockOpKind.RELEASE, global("tbl_lock"), LockMode.EXCLUSIVE, IrqEffect.NONE, "write_unlock", 512), ret(513));
        writer.chain(0, 2).done();
        assertEquals(List.of("precondition-violation@300", "lock-order-inversion@401", "write-under-read-lock@501"),
                findings(b));
    }

    static Access write(String target, int line) {
        Access a = FactsBuilder.F.createAccess();
        a.setTarget(target);
        a.setKind(AccessKind.WRITE);
        a.setLine(line);
        return a;
    }
}
