package org.lockaudit.core.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lockaudit.core.Analysis;
import org.lockaudit.core.AnalysisResult;
import org.lockaudit.core.FactsAnalysis;
import org.lockaudit.core.config.TreeLoader;

/** The hover's content on the lock-split example: the racing read in deassign_device and its locked counterpart. */
class AccessExplainerTest {
    static final Path AFTER = Path.of(System.getProperty("lockaudit.repo", "../.."), "examples/pci/after")
            .toAbsolutePath().normalize();
    static AccessExplainer explainer;

    @BeforeAll
    static void analyse() throws Exception {
        TreeLoader.Tree tree = TreeLoader.load(new TreeLoader.Request(List.of(AFTER), null, null, false, null, null,
                null, null, true));
        AnalysisResult r = Analysis.run(FactsAnalysis.run(tree.config(), tree.units(), null), null);
        explainer = new AccessExplainer(r.guards());
    }

    @Test
    void theRacingReadInDeassignDeviceIsUnprotected() {
        AccessExplanation e = explainer.explain(AFTER.resolve("passthrough.c"), 87, "quarantine").orElseThrow();
        assertEquals("pci_dev.quarantine", e.field());
        assertTrue(e.guard().startsWith("pci_dev.lock"), e.guard());
        assertTrue(e.support() != null && e.support().matches("held at \\d+ of \\d+ accesses .*"), String.valueOf(e.support()));
        assertEquals(List.of(), e.certainlyHeld());
        assertEquals(Verdict.UNPROTECTED, e.verdict());
        assertTrue(e.why().contains("counted reference"), e.why());
        assertTrue(e.toHtml().contains("<b>unprotected</b>"), e.toHtml());
    }

    @Test
    void theWriteInAssignDeviceHoldsTheDevicesOwnLock() {
        AccessExplanation e = explainer.explain(AFTER.resolve("passthrough.c"), 40, "quarantine").orElseThrow();
        assertEquals(Verdict.PROTECTED, e.verdict(), e.toText());
        assertTrue(e.certainlyHeld().stream().anyMatch(l -> l.startsWith("pci_dev.lock")), e.certainlyHeld().toString());
    }

    @Test
    void aLineWithoutThatFieldHasNoAnswer() {
        assertTrue(explainer.explain(AFTER.resolve("passthrough.c"), 87, "phantom_stride").isEmpty());
    }
}
