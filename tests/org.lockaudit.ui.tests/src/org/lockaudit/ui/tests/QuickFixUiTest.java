package org.lockaudit.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.text.IDocument;
import org.eclipse.text.undo.DocumentUndoManagerRegistry;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.Test;
import org.lockaudit.ui.LockAuditMarkers;
import org.lockaudit.ui.internal.LockAuditNature;
import org.lockaudit.ui.internal.fix.SuppressResolution;

/** Quick fixes on the example's findings: each is an undoable edit that, once saved, removes its finding. */
class QuickFixUiTest {

    static IProject project() throws Exception {
        IProject p = ResourcesPlugin.getWorkspace().getRoot().getProject("pci-fixes");
        if (!p.exists()) {
            p.create(null);
            p.open(null);
            ExamplesUiTest.copy(ExamplesUiTest.REPO.resolve("examples/pci/before"), p);
            LockAuditNature.setEnabled(p, true);
            p.build(org.eclipse.core.resources.IncrementalProjectBuilder.FULL_BUILD, null);
            NatureAndBuilderUiTest.waitForAnalysis(p);
        }
        return p;
    }

    static IMarker marker(IFile f, String kind) throws Exception {
        return Arrays.stream(f.findMarkers(LockAuditMarkers.PROBLEM, true, IResource.DEPTH_ZERO))
                .filter(m -> kind.equals(m.getAttribute(LockAuditMarkers.ATTR_KIND, ""))).findFirst().orElse(null);
    }

    static IMarkerResolution fix(IMarker m, String labelStart) {
        IMarkerResolution[] all = IDE.getMarkerHelpRegistry().getResolutions(m);
        return Arrays.stream(all).filter(r -> r.getLabel().startsWith(labelStart)).findFirst()
                .orElseThrow(() -> new AssertionError(labelStart + " not among "
                        + Arrays.stream(all).map(IMarkerResolution::getLabel).toList()));
    }

    static IDocument saveAndAnalyse(IProject p, IFile f) throws Exception {
        ITextEditor editor = editorOf(f);
        IDocument doc = editor.getDocumentProvider().getDocument(editor.getEditorInput());
        editor.doSave(null);
        NatureAndBuilderUiTest.waitForAnalysis(p);
        return doc;
    }

    static ITextEditor editorOf(IFile f) {
        IEditorPart part = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().getActiveEditor();
        assertTrue(part instanceof ITextEditor, String.valueOf(part));
        assertEquals(f.getName(), part.getEditorInput().getName());
        return (ITextEditor) part;
    }

    @Test
    void lockPairAroundTheCallFixesThePreconditionViolationAndUndoes() throws Exception {
        IProject p = project();
        IFile msi = p.getFile("msi.c");
        IMarker m = marker(msi, "precondition-violation");
        assertEquals(71, m.getAttribute(IMarker.LINE_NUMBER, -1));
        List<String> labels = Arrays.stream(IDE.getMarkerHelpRegistry().getResolutions(m))
                .map(IMarkerResolution::getLabel).toList();
        assertEquals(3, labels.size(), labels.toString());

        fix(m, "Take the lock around this statement").run(m);
        ITextEditor editor = editorOf(msi);
        IDocument doc = editor.getDocumentProvider().getDocument(editor.getEditorInput());
        assertEquals("\tpcidevs_lock();", line(doc, 71));
        assertTrue(line(doc, 72).contains("msi_free_all(pdev);"));
        assertEquals("\tpcidevs_unlock();", line(doc, 73));
        Screenshots.save("quick-fix-applied");
        saveAndAnalyse(p, msi);
        assertEquals(null, marker(msi, "precondition-violation"), "the fix removes the finding");

        DocumentUndoManagerRegistry.getDocumentUndoManager(doc).undo();
        assertTrue(line(doc, 71).contains("msi_free_all(pdev);"), "one undo takes the whole fix back");
        saveAndAnalyse(p, msi);
        assertTrue(marker(msi, "precondition-violation") != null);
    }

    @Test
    void assertionAtEntryStatesWhatCallersGuarantee() throws Exception {
        IProject p = project();
        IFile msi = p.getFile("msi.c");
        IMarker m = marker(msi, "precondition-violation");
        fix(m, "Assert the lock at function entry").run(m);
        IDocument doc = editorOf(msi).getDocumentProvider().getDocument(editorOf(msi).getEditorInput());
        assertEquals("void pci_msi_flr_reset(struct pci_dev *pdev)", line(doc, 69));
        assertEquals("{", line(doc, 70));
        assertEquals("\tASSERT(pcidevs_locked());", line(doc, 71));
        saveAndAnalyse(p, msi);
        assertEquals(null, marker(msi, "precondition-violation"));
        DocumentUndoManagerRegistry.getDocumentUndoManager(doc).undo();
        saveAndAnalyse(p, msi);
    }

    @Test
    void suppressionWithAReasonSilencesTheFindingAndAnEmptyReasonWritesNothing() throws Exception {
        IProject p = project();
        IFile vtd = p.getFile("vtd.c");
        IMarker m = marker(vtd, "double-acquire");
        int line = m.getAttribute(IMarker.LINE_NUMBER, -1);
        try {
            SuppressResolution.setPrompt(kind -> null);
            fix(m, "Suppress double-acquire").run(m);
            IEditorPart active = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().getActiveEditor();
            assertFalse(active != null && active.isDirty(), "a cancelled prompt edits nothing");

            SuppressResolution.setPrompt(kind -> "the helper is only called before the IOMMU is live");
            fix(m, "Suppress double-acquire").run(m);
            IDocument doc = saveAndAnalyse(p, vtd);
            assertEquals("\t/* lockaudit: ignore double-acquire: the helper is only called before the IOMMU is live */",
                    line(doc, line));
            assertEquals(null, marker(vtd, "double-acquire"), "the suppressed finding is gone");
            assertEquals(null, marker(vtd, "suppression-without-reason"));
        } finally {
            SuppressResolution.setPrompt(null);
        }
    }

    static String line(IDocument doc, int line) throws Exception {
        int i = line - 1;
        String delim = doc.getLineDelimiter(i);
        return doc.get(doc.getLineOffset(i), doc.getLineLength(i) - (delim == null ? 0 : delim.length()));
    }
}
