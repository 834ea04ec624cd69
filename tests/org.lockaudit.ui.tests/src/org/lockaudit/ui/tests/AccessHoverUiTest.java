package org.lockaudit.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.Test;
import org.lockaudit.ui.internal.LockAuditNature;
import org.lockaudit.ui.internal.hover.AccessHover;

/** After the lock split: the race LockAudit exists to find, as markers and as the hover on the racing read. */
class AccessHoverUiTest {

    /** examples/pci/after copied into the workspace, LockAudit enabled and analysed. */
    static IProject afterProject() throws Exception {
        IProject p = ResourcesPlugin.getWorkspace().getRoot().getProject("pci-after-copy");
        if (!p.exists()) {
            p.create(null);
            p.open(null);
            ExamplesUiTest.copy(ExamplesUiTest.REPO.resolve("examples/pci/after"), p);
            LockAuditNature.setEnabled(p, true);
            p.build(org.eclipse.core.resources.IncrementalProjectBuilder.FULL_BUILD, null);
        }
        NatureAndBuilderUiTest.waitForAnalysis(p);
        return p;
    }

    @Test
    void theRaceInDeassignDeviceIsMarkedAndExplainedOnHover() throws Exception {
        IProject p = afterProject();
        assertEquals(List.of("unguarded-access passthrough.c 87", "unguarded-access passthrough.c 88",
                "unguarded-access passthrough.c 90"), ExamplesUiTest.findings(p), "exactly the seeded race");

        IFile file = p.getFile("passthrough.c");
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        IEditorPart part = IDE.openEditor(page, file);
        assertEquals("org.eclipse.ui.genericeditor.GenericEditor", part.getSite().getId(),
                "C files open in the generic editor when CDT is absent");
        ITextEditor editor = (ITextEditor) part;
        ITextViewer viewer = (ITextViewer) editor.getAdapter(ITextOperationTarget.class);
        IDocument doc = viewer.getDocument();
        int offset = doc.getLineOffset(87 - 1) + doc.get(doc.getLineOffset(86), doc.getLineLength(86)).indexOf("quarantine") + 3;

        AccessHover hover = new AccessHover();
        IRegion region = hover.getHoverRegion(viewer, offset);
        assertEquals("quarantine", doc.get(region.getOffset(), region.getLength()));
        String html = hover.getHoverInfo(viewer, region);
        assertNotNull(html, "the hover has an answer for the racing read");
        assertTrue(html.contains("pci_dev.quarantine"), html);
        assertTrue(html.contains("Guard: pci_dev.lock"), html);
        assertTrue(html.contains("Held here: no lock"), html);
        assertTrue(html.contains("<b>unprotected</b>"), html);
        assertTrue(html.contains("counted reference"), html);
        System.out.println("LockAudit hover: " + html);

        // show it the way a user would (Show Tooltip Description on the caret), for the screenshot
        Screenshots.fillScreen();
        editor.selectAndReveal(region.getOffset(), 0);
        try {
            PlatformUI.getWorkbench().getService(IHandlerService.class)
                    .executeCommand("org.eclipse.ui.edit.text.showInformation", null);
        } catch (Exception e) {
            System.out.println("LockAudit: could not open the hover for the screenshot: " + e);
        }
        Screenshots.save("hover-deassign-device");
    }

    @Test
    void structFieldDeclarationsShowTheirGuardInline() throws Exception {
        IProject p = afterProject();
        IFile header = p.getFile("include/pci.h");
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        ITextEditor editor = (ITextEditor) IDE.openEditor(page, header);
        IDocument doc = editor.getDocumentProvider().getDocument(editor.getEditorInput());
        java.util.Map<Integer, String> labels = new java.util.TreeMap<>();
        for (org.eclipse.jface.text.codemining.ICodeMining m : new org.lockaudit.ui.internal.minings.FieldGuardMinings()
                .minings(doc)) {
            labels.put(doc.getLineOfOffset(m.getPosition().getOffset()) + 1, m.getLabel());
        }
        int quarantine = line(doc, "bool quarantine;");
        int stride = line(doc, "u8 phantom_stride;");
        assertTrue(labels.getOrDefault(quarantine, "").contains("pci_dev.lock"), labels.toString());
        assertTrue(labels.getOrDefault(quarantine, "").matches(".*\\d+/\\d+"), labels.toString());
        assertTrue(labels.getOrDefault(stride, "").contains("pci_dev.lock"), labels.toString());
        System.out.println("LockAudit minings on pci.h: " + labels);
        org.lockaudit.ui.internal.minings.MiningRefresher.refresh(editor);
        editor.selectAndReveal(doc.getLineOffset(quarantine - 1), 0);
        Screenshots.save("field-guards-pci-h");
    }

    static int line(IDocument doc, String text) throws Exception {
        int at = doc.get().indexOf(text);
        assertTrue(at >= 0, text);
        return doc.getLineOfOffset(at) + 1;
    }
}
