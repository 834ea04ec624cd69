package org.lockaudit.core.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lockaudit.core.Analysis;
import org.lockaudit.core.AnalysisResult;
import org.lockaudit.core.FactsAnalysis;
import org.lockaudit.core.FactsResult;
import org.lockaudit.core.config.TreeLoader;

class LockSpellingTest {
    static final Path BEFORE = Path.of(System.getProperty("lockaudit.repo", "../.."), "examples/pci/before");

    @Test
    void fixesUseTheProjectsWrappersAndOtherwiseItsMostUsedLockCall() throws Exception {
        TreeLoader.Tree tree = TreeLoader.load(new TreeLoader.Request(List.of(BEFORE), null, null, false, null, null,
                null, null, true));
        FactsResult facts = FactsAnalysis.run(tree.config(), tree.units(), null);
        AnalysisResult result = Analysis.run(facts, null);
        LockSpelling spelling = new LockSpelling(result.summaries(), facts.units());

        LockStatements global = spelling.of("_pcidevs_lock").orElseThrow();
        assertEquals(new LockStatements("pcidevs_lock();", "pcidevs_unlock();", "ASSERT(pcidevs_locked());"), global);

        // the register lock is only ever taken with irqsave: no spelling a fix could write without a flags variable
        assertTrue(spelling.of("iommu.register_lock (iommu)").isEmpty());
        // a lock nobody takes has none either
        assertTrue(spelling.of("no_such_lock").isEmpty());
    }

    /** The assertion a fix writes is spelled as the tree's preset spells it (issue 13). */
    @Test
    void theAssertionFollowsThePreset() throws Exception {
        TreeLoader.Tree tree = TreeLoader.load(new TreeLoader.Request(List.of(BEFORE), null, null, false, null, null,
                null, null, true));
        FactsResult facts = FactsAnalysis.run(tree.config(), tree.units(), null);
        AnalysisResult result = Analysis.run(facts, null);
        String member = "pci_seg_lock";
        assertEquals("ASSERT(spin_is_locked(&pci_seg_lock));",
                new LockSpelling(result.summaries(), facts.units(), List.of("xen")).of(member).orElseThrow().assertion());
        assertEquals("lockdep_assert_held(&pci_seg_lock);",
                new LockSpelling(result.summaries(), facts.units(), List.of("linux")).of(member).orElseThrow().assertion());
        assertEquals("lockdep_assert_held(&_pcidevs_lock);", new LockSpelling(result.summaries(), facts.units(),
                List.of("linux")).of("_pcidevs_lock").orElseThrow().assertion());
        assertEquals("assert(pcidevs_locked());", new LockSpelling(result.summaries(), facts.units(),
                List.of("posix")).of("_pcidevs_lock").orElseThrow().assertion());
        assertEquals(null, new LockSpelling(result.summaries(), facts.units(), List.of("posix")).of(member)
                .orElseThrow().assertion(), "POSIX has no held test to assert");
    }
}
