package org.lockaudit.core;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lockaudit.core.config.TreeConfig;
import org.lockaudit.core.facts.Access;
import org.lockaudit.core.facts.AccessKind;
import org.lockaudit.core.facts.Function;
import org.lockaudit.core.facts.TranslationUnitFacts;

class FactsSmokeTest {
    @Test
    void extractsAWriteOfANestedField() throws Exception {
        Path dir = java.nio.file.Files.createTempDirectory("la");
        Path c = dir.resolve("t.c");
        java.nio.file.Files.writeString(c, """
                struct pci_dev { struct { unsigned count; } fault; };
                void f(struct pci_dev *pdev)
                {
                    pdev->fault.count++;
                }
                """);
        TranslationUnitFacts tu = FactsAnalysis.run(TreeConfig.empty(), List.of(c), null).units().get(0);
        Function f = tu.getFunctions().get(0);
        Access a = (Access) f.getNodes().get(0).getEvents().get(0);
        assertTrue(a.getTarget().equals("pci_dev.fault.count") && a.getKind() == AccessKind.WRITE && a.getLine() == 4,
                a.getTarget() + " " + a.getKind() + " " + a.getLine());
    }
}
