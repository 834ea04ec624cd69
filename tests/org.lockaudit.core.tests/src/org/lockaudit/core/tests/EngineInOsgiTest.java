package org.lockaudit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.EPackage;
import org.junit.jupiter.api.Test;
import org.lockaudit.core.FactsAnalysis;
import org.lockaudit.core.config.TreeConfig;
import org.lockaudit.core.facts.FactsPackage;
import org.lockaudit.core.facts.Function;
import org.lockaudit.core.facts.LockOpKind;
import org.lockaudit.core.facts.LockOperation;
import org.lockaudit.core.facts.TranslationUnitFacts;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** The engine inside OSGi, wired to the wrapped CDT core exactly as in an Eclipse install. */
class EngineInOsgiTest {

    @Test
    void cdtCoreIsTheWrappedBundleAndTheFactsPackageIsRegistered() {
        Bundle self = FrameworkUtil.getBundle(FactsAnalysis.class);
        assertNotNull(self, "org.lockaudit.core must be loaded as a bundle");
        Bundle cdt = FrameworkUtil.getBundle(org.eclipse.cdt.core.dom.ast.IASTTranslationUnit.class);
        assertEquals("org.eclipse.cdt.core", cdt.getSymbolicName());
        assertEquals(9, cdt.getVersion().getMajor());
        // registered through plugin.xml's generated_package extension, not by touching eINSTANCE first
        assertSame(FactsPackage.class.getName(),
                EPackage.Registry.INSTANCE.getEPackage(FactsPackage.eNS_URI).getClass().getInterfaces()[0].getName());
    }

    @Test
    void extractsLockSitesInsideOsgi() throws Exception {
        Path dir = Files.createTempDirectory("lockaudit-osgi");
        Path c = dir.resolve("pci.c");
        Files.writeString(c, """
                typedef struct { int raw; } spinlock_t;
                void spin_lock(spinlock_t *l);
                void spin_unlock(spinlock_t *l);
                struct pci_dev { spinlock_t lock; int quarantine; };
                void set_quarantine(struct pci_dev *pdev)
                {
                    spin_lock(&pdev->lock);
                    pdev->quarantine = 1;
                    spin_unlock(&pdev->lock);
                }
                """);
        List<TranslationUnitFacts> units = FactsAnalysis.run(TreeConfig.empty(), List.of(c), null).units();
        Function fn = units.get(0).getFunctions().get(0);
        assertEquals("set_quarantine", fn.getName());
        List<LockOperation> ops = fn.getNodes().stream().flatMap(n -> n.getEvents().stream())
                .filter(LockOperation.class::isInstance).map(LockOperation.class::cast).toList();
        assertEquals(2, ops.size());
        assertEquals(LockOpKind.ACQUIRE, ops.get(0).getOp());
        assertEquals(7, ops.get(0).getLine());
        assertEquals("pci_dev", ops.get(0).getLock().getOwnerType());
        assertEquals(LockOpKind.RELEASE, ops.get(1).getOp());
        assertEquals(9, ops.get(1).getLine());
    }
}
