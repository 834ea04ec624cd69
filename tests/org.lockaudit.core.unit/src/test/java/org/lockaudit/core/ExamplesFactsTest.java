package org.lockaudit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lockaudit.core.config.TreeConfig;
import org.lockaudit.core.facts.Access;
import org.lockaudit.core.facts.Call;
import org.lockaudit.core.facts.Event;
import org.lockaudit.core.facts.Function;
import org.lockaudit.core.facts.LockKind;
import org.lockaudit.core.facts.LockMode;
import org.lockaudit.core.facts.LockOpKind;
import org.lockaudit.core.facts.LockOperation;
import org.lockaudit.core.facts.TranslationUnitFacts;

/** Concrete facts of the embedded example, examples/pci/before: the walking skeleton's acceptance. */
class ExamplesFactsTest {
    static final Path BEFORE = Path.of(System.getProperty("lockaudit.repo", "../.."), "examples/pci/before");
    static List<TranslationUnitFacts> units;

    @BeforeAll
    static void extract() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(BEFORE)) {
            files = s.filter(p -> p.toString().endsWith(".c")).sorted().toList();
        }
        TreeConfig config = new TreeConfig.Builder().includePath(BEFORE.resolve("include").toAbsolutePath()).build();
        units = FactsAnalysis.run(config, files, null).units();
        assertEquals(6, units.size());
    }

    static Function function(String name) {
        return units.stream().flatMap(u -> u.getFunctions().stream()).filter(f -> f.getName().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no function " + name));
    }

    static List<Event> events(String function) {
        return function(function).getNodes().stream().flatMap(n -> n.getEvents().stream()).toList();
    }

    static void assertAccess(String function, String target, String kind, int line) {
        assertTrue(events(function).stream().anyMatch(e -> e instanceof Access a && a.getTarget().equals(target)
                && a.getKind().getLiteral().equals(kind) && a.getLine() == line),
                function + " should " + kind + " " + target + " at line " + line);
    }

    @Test
    void assignDeviceWritesThePciDevStateItHandsOver() {
        assertAccess("assign_device", "pci_dev.quarantine", "WRITE", 41);
        assertAccess("assign_device", "pci_dev.phantom_stride", "WRITE", 42);
        assertAccess("assign_device", "pci_dev.fault.count", "WRITE", 43);
        assertTrue(events("assign_device").stream().anyMatch(e -> e instanceof Call c
                && "pcidevs_lock".equals(c.getCallee()) && c.getLine() == 29), "wrapper call at line 29");
    }

    @Test
    void deassignDeviceReadsQuarantinePhantomStrideAndFaultCount() {
        assertAccess("deassign_device", "pci_dev.quarantine", "READ", 82);
        assertAccess("deassign_device", "pci_dev.fault.count", "READ", 83);
        assertAccess("deassign_device", "pci_dev.phantom_stride", "READ", 85);
    }

    @Test
    void theWrapperTakesTheGlobalLockRecursively() {
        LockOperation op = events("pcidevs_lock").stream().filter(LockOperation.class::isInstance)
                .map(LockOperation.class::cast).findFirst().orElseThrow();
        assertEquals(LockOpKind.ACQUIRE, op.getOp());
        assertEquals(LockMode.RECURSIVE, op.getMode());
        assertEquals(LockKind.GLOBAL, op.getLock().getKind());
        assertEquals("_pcidevs_lock", op.getLock().getName());
        assertTrue(function("pcidevs_lock").getFile().endsWith("pci.c"));
    }
}
