package org.lockaudit.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.lockaudit.ui.LockAuditMarkers;
import org.lockaudit.ui.internal.LockAuditNature;
import org.lockaudit.ui.internal.ProjectAnalysisJob;

/**
 * The embedded example in a real workbench: the seeded defects of examples/pci/before appear as markers of their
 * kinds, an edit saved through the editor updates them, and the persisted state survives a restart.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExamplesUiTest {
    static final Path REPO = Path.of(System.getProperty("lockaudit.repo", "../.."));
    static final String PROJECT = "pci-before-copy";

    /** kind id, file, line: examples/README.md's table for the before side. */
    static final List<String> SEEDED = List.of("irq-mismatch fault.c 53", "release-unheld iommu.c 99",
            "inconsistent-return msi.c 46", "precondition-violation msi.c 71", "double-acquire vtd.c 90");

    static IProject project() throws Exception {
        IProject p = ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT);
        if (!p.exists()) {
            p.create(null);
            p.open(null);
            copy(REPO.resolve("examples/pci/before"), p);
        }
        p.open(null);
        return p;
    }

    static void copy(Path dir, IContainer into) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            for (Path child : s.sorted().toList()) {
                String name = child.getFileName().toString();
                if (name.startsWith(".")) {
                    continue;
                }
                if (Files.isDirectory(child)) {
                    IFolder f = into.getFolder(new org.eclipse.core.runtime.Path(name));
                    f.create(true, true, null);
                    copy(child, f);
                } else {
                    into.getFile(new org.eclipse.core.runtime.Path(name)).create(Files.newInputStream(child), true,
                            null);
                }
            }
        }
    }

    static List<String> findings(IProject p) throws Exception {
        return Arrays.stream(p.findMarkers(LockAuditMarkers.PROBLEM, true, IResource.DEPTH_INFINITE))
                .filter(m -> !m.getAttribute(LockAuditMarkers.ATTR_KIND, "").startsWith("diagnostic"))
                .map(m -> m.getAttribute(LockAuditMarkers.ATTR_KIND, "?") + " " + m.getResource().getName() + " "
                        + m.getAttribute(IMarker.LINE_NUMBER, -1))
                .sorted().toList();
    }

    @Test
    @Order(1)
    void seededDefectsAreMarkersOfTheirKinds() throws Exception {
        IProject p = project();
        LockAuditNature.setEnabled(p, true);
        p.build(org.eclipse.core.resources.IncrementalProjectBuilder.FULL_BUILD, null);
        NatureAndBuilderUiTest.waitForAnalysis(p);
        assertEquals(SEEDED.stream().sorted().toList(), findings(p));
        IMarker doubleAcquire = p.getFile("vtd.c").findMarkers("org.lockaudit.ui.doubleAcquire", false,
                IResource.DEPTH_ZERO)[0];
        assertTrue(doubleAcquire.isSubtypeOf(IMarker.PROBLEM));
        assertEquals(IMarker.SEVERITY_ERROR, doubleAcquire.getAttribute(IMarker.SEVERITY, -1));
        assertEquals("iommu.register_lock (iommu)", doubleAcquire.getAttribute(LockAuditMarkers.ATTR_LOCK, ""));
        assertEquals("vtd_enable_translation", doubleAcquire.getAttribute(LockAuditMarkers.ATTR_FUNCTION, ""));
        String evidence = doubleAcquire.getAttribute(LockAuditMarkers.ATTR_EVIDENCE, "");
        assertTrue(evidence.contains("vtd.c:88") && evidence.contains("vtd.c:13"), evidence);
        assertEquals(0, p.findMarkers(LockAuditMarkers.DIAGNOSTIC, false, IResource.DEPTH_INFINITE).length,
                "the example parses cleanly");

        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        Screenshots.fillScreen();
        IDE.openEditor(page, p.getFile("msi.c"), "org.eclipse.ui.DefaultTextEditor");
        page.showView("org.eclipse.ui.views.ProblemView");
        Screenshots.save("problems-view");
    }

    @Test
    @Order(2)
    void anEditSavedInTheEditorUpdatesTheMarkers() throws Exception {
        IProject p = project();
        IFile msi = p.getFile("msi.c");
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        ITextEditor editor = (ITextEditor) IDE.openEditor(page, msi, "org.eclipse.ui.DefaultTextEditor");
        IDocument doc = editor.getDocumentProvider().getDocument(editor.getEditorInput());
        int line = 71 - 1;
        String old = doc.get(doc.getLineOffset(line), doc.getLineLength(line));
        assertTrue(old.contains("msi_free_all(pdev);"), old);
        // the fix a maintainer would make: take the lock the callee asserts
        doc.replace(doc.getLineOffset(line), doc.getLineLength(line),
                "\tpcidevs_lock();\n\tmsi_free_all(pdev);\n\tpcidevs_unlock();\n");
        editor.doSave(null);
        NatureAndBuilderUiTest.waitForAnalysis(p);
        List<String> now = findings(p);
        assertFalse(now.contains("precondition-violation msi.c 71"), now.toString());
        assertEquals(4, now.size(), now.toString());
        long millis = ProjectAnalysisJob.of(p).lastDurationMillis();
        System.out.println("LockAudit: save to updated markers: " + millis + " ms (examples/pci/before, "
                + ProjectAnalysisJob.of(p).factsStats().parsed() + " unit(s) re-parsed)");
        assertEquals(1, ProjectAnalysisJob.of(p).factsStats().parsed(), "only the edited unit is re-parsed");
        assertTrue(millis >= 0);
        editor.close(false);
    }

    @Test
    @Order(3)
    void afterARestartThePersistedStateServesWithoutReparsing() throws Exception {
        IProject p = project();
        List<String> before = findings(p);
        ProjectAnalysisJob.forgetInMemoryState();
        // markers are persistent: they are there before any analysis runs
        assertEquals(before, findings(p));
        ProjectAnalysisJob.request(p, null);
        NatureAndBuilderUiTest.waitForAnalysis(p);
        assertNotNull(ProjectAnalysisJob.of(p).factsStats());
        assertEquals(0, ProjectAnalysisJob.of(p).factsStats().parsed(), "every unit comes from the persisted state");
        assertEquals(before, findings(p));
    }

    @Test
    @Order(4)
    void aCorruptStateFileIsDiscardedRebuiltAndLogged() throws Exception {
        IProject p = project();
        List<String> before = findings(p);
        Path state = org.lockaudit.ui.internal.AnalysisStateStore.stateDir(p);
        List<Path> entries;
        try (Stream<Path> s = Files.walk(state)) {
            entries = s.filter(f -> f.toString().endsWith(".facts")).filter(Files::isRegularFile).toList();
        }
        assertFalse(entries.isEmpty(), "the project's state holds facts entries under " + state);
        for (Path e : entries) {
            byte[] b = Files.readAllBytes(e);
            b[b.length / 2] ^= 0x5a;
            Files.write(e, b);
        }
        List<org.eclipse.core.runtime.IStatus> logged = new java.util.concurrent.CopyOnWriteArrayList<>();
        org.eclipse.core.runtime.ILogListener listener = (status, plugin) -> logged.add(status);
        org.eclipse.core.runtime.Platform.addLogListener(listener);
        try {
            ProjectAnalysisJob.forgetInMemoryState();
            ProjectAnalysisJob.request(p, null);
            NatureAndBuilderUiTest.waitForAnalysis(p);
        } finally {
            org.eclipse.core.runtime.Platform.removeLogListener(listener);
        }
        assertTrue(ProjectAnalysisJob.of(p).factsStats().cacheDiscarded() > 0, "corrupt entries are not trusted");
        assertTrue(ProjectAnalysisJob.of(p).factsStats().parsed() > 0, "they are rebuilt by parsing again");
        assertEquals(before, findings(p), "and the results are the same");
        assertTrue(logged.stream().anyMatch(s -> s.getMessage().contains("discarded and rebuilt")), logged.toString());
    }
}
