package org.lockaudit.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.expressions.IEvaluationContext;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.TextSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ISources;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.lockaudit.ui.LockAuditMarkers;
import org.lockaudit.ui.internal.audit.AuditInput;
import org.lockaudit.ui.internal.audit.AuditLockHandler;
import org.lockaudit.ui.internal.audit.AuditRows.Row;
import org.lockaudit.ui.internal.audit.AuditView;
import org.lockaudit.ui.internal.audit.CompareLockSplitHandler;
import org.lockaudit.ui.internal.audit.KnownLocks;
import org.lockaudit.ui.internal.audit.KnownLocks.KnownLock;

/**
 * The Audit view on the embedded example: "Audit pcidevs_lock…" on examples/pci/before, and "Compare Lock Split…"
 * on (before, after), through the command framework as the context menu runs them, with their HTML exports and
 * screenshots of the view.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuditViewUiTest {
    static final String BEFORE = "audit-pci-before";
    static final String AFTER = "audit-pci-after";
    static final Path TARGET = Path.of(System.getProperty("lockaudit.screenshots", "target/screenshots")).getParent();

    static IProject example(String name, String dir) throws Exception {
        IProject p = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
        if (!p.exists()) {
            p.create(null);
            p.open(null);
            ExamplesUiTest.copy(ExamplesUiTest.REPO.resolve(dir), p);
        }
        p.open(null);
        return p;
    }

    /** Runs a command as the context menu does: in a context whose selection is {@code selection}; joins its Job. */
    static Job run(String commandId, Map<String, String> parameters, Object... selection) throws Exception {
        ICommandService cs = PlatformUI.getWorkbench().getService(ICommandService.class);
        IHandlerService hs = PlatformUI.getWorkbench().getService(IHandlerService.class);
        IEvaluationContext ctx = hs.createContextSnapshot(false);
        ctx.addVariable(ISources.ACTIVE_CURRENT_SELECTION_NAME, new StructuredSelection(selection));
        Object job = hs.executeCommandInContext(ParameterizedCommand.generateCommand(cs.getCommand(commandId),
                parameters), null, ctx);
        assertInstanceOf(Job.class, job, "the handler runs the analysis in a Job");
        ((Job) job).join();
        assertTrue(((Job) job).getResult().isOK(), String.valueOf(((Job) job).getResult()));
        return (Job) job;
    }

    /** The Audit view once it shows what {@code ready} wants (the job hands its result to the UI asynchronously). */
    static AuditView waitForView(Predicate<AuditView> ready) {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        long end = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < end) {
            if (page.findView(AuditView.ID) instanceof AuditView v && ready.test(v)) {
                return v;
            }
            Screenshots.spin(50);
        }
        throw new AssertionError("the Audit view did not show the result");
    }

    /** A column of a table as the SWT widget shows it. */
    static List<String> column(AuditView view, AuditView.Table table, int column) {
        List<String> out = new ArrayList<>();
        for (TableItem item : view.control(table).getItems()) {
            out.add(item.getText(column));
        }
        return out;
    }

    static Row row(AuditView view, AuditView.Table table, String first) {
        return view.rows(table).stream().filter(r -> r.cell(0).equals(first)).findFirst()
                .orElseThrow(() -> new AssertionError(first + " not in " + table));
    }

    static void screenshot(AuditView view, String name) throws Exception {
        IWorkbenchPage page = view.getSite().getPage();
        Screenshots.fillScreen();
        page.activate(view);
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
        Screenshots.save(name);
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);
    }

    @Test
    @Order(1)
    void auditOfPcidevsLockShowsSectionsProtectedSetAndHeldForNothing() throws Exception {
        IProject before = example(BEFORE, "examples/pci/before");
        run(AuditLockHandler.COMMAND_ID, Map.of(AuditLockHandler.PARAM_LOCK, "pcidevs_lock"), before);
        AuditView view = waitForView(v -> v.showsAudit() && v.header().contains("(pcidevs_lock)")
                && column(v, AuditView.Table.SECTIONS, 0).contains("assign_device"));
        assertTrue(view.header().startsWith("Lock _pcidevs_lock (pcidevs_lock):"), view.header());

        // held for nothing: exactly the @expect held-for-nothing sections of the example
        assertEquals(List.of("pci_hotplug_event", "pt_domctl_account"),
                column(view, AuditView.Table.HELD_FOR_NOTHING, 0).stream().sorted().toList());
        // critical sections: function, span, how held, callees under it
        List<String> sections = column(view, AuditView.Table.SECTIONS, 0);
        assertTrue(sections.contains("assign_device"), sections.toString());
        Row assign = row(view, AuditView.Table.SECTIONS, "assign_device");
        assertTrue(assign.cell(1).matches("passthrough\\.c:\\d+-\\d+"), assign.cell(1));
        assertEquals("taken through pcidevs_lock()", assign.cell(2));
        assertFalse(assign.cell(3).isEmpty(), "callees under the lock");
        assertTrue(assign.cell(4).contains("pci_dev.quarantine"), assign.cell(4));
        // protected set: field, sole guard / co-guarded, also accessed without the lock
        List<String> fields = column(view, AuditView.Table.PROTECTED, 0);
        assertTrue(fields.contains("pci_dev.quarantine"), fields.toString());
        assertTrue(column(view, AuditView.Table.PROTECTED, 1).stream()
                .anyMatch(r -> r.equals("sole guard") || r.startsWith("co-guarded with")));
        // what would be left with no lock at all
        assertFalse(view.rows(AuditView.Table.LEFT_UNPROTECTED).isEmpty());
        // the lock sites are markers too
        assertTrue(List.of(before.findMarkers(LockAuditMarkers.LOCK_SITE, true, IResource.DEPTH_INFINITE)).stream()
                .anyMatch(m -> m.getAttribute(LockAuditMarkers.ATTR_FUNCTION, "").equals("assign_device")
                        && m.getAttribute(IMarker.LINE_NUMBER, -1) == assign.line()));

        // a double-click opens the source line
        view.open(assign);
        IEditorPart editor = view.getSite().getPage().getActiveEditor();
        assertNotNull(editor);
        assertEquals("passthrough.c", editor.getEditorInput().getName());
        ITextSelection sel = (ITextSelection) editor.getAdapter(ITextEditor.class).getSelectionProvider().getSelection();
        assertEquals(assign.line() - 1, sel.getStartLine());
        IDocument doc = editor.getAdapter(ITextEditor.class).getDocumentProvider().getDocument(editor.getEditorInput());
        assertTrue(doc.get(sel.getOffset(), sel.getLength()).contains("pcidevs_lock"),
                doc.get(sel.getOffset(), sel.getLength()));

        // the HTML export is the command line's page
        Path html = TARGET.resolve("audit-pcidevs_lock.html");
        view.exportHtml(html);
        String page = Files.readString(html);
        for (String s : List.of("LockAudit audit: _pcidevs_lock", "pt_domctl_account", "pci_hotplug_event",
                "pci_dev.quarantine", "assign_device", "held for nothing")) {
            assertTrue(page.contains(s), s + " in " + html);
        }

        view.getSite().getPage().closeAllEditors(false);
        screenshot(view, "audit-view");
    }

    @Test
    @Order(2)
    void theLockChoiceListsTheKnownLocksAndFollowsTheEditorSelection() throws Exception {
        IProject before = example(BEFORE, "examples/pci/before");
        AuditInput input = AuditInput.load(List.of(before), null);
        List<KnownLock> known = KnownLocks.of(input.facts().units(), null);
        List<String> names = known.stream().map(KnownLock::name).toList();
        assertEquals("pcidevs_lock", names.get(0), names.toString());
        assertEquals("_pcidevs_lock", known.get(0).takes());
        assertEquals(List.of("pcidevs_lock", "_pcidevs_lock", "fault_ring_lock", "iommu.register_lock",
                "pci_seg_lock"), names, "the wrapper first, then the locks; pcidevs_unlock only releases");
        assertEquals("pcidevs_lock", KnownLocks.preselect(known, null).name());
        assertEquals("_pcidevs_lock", KnownLocks.preselect(known, "&_pcidevs_lock").name());
        assertEquals("iommu.register_lock", KnownLocks.preselect(known, "iommu->register_lock").name());
        // after the split, the new member locks are known too
        List<KnownLock> split = KnownLocks.of(AuditInput.load(List.of(example(AFTER, "examples/pci/after")), null)
                .facts().units(), null);
        assertEquals("pcidevs_lock", split.get(0).name());
        assertEquals("pci_dev.lock", KnownLocks.preselect(split, "pdev->lock").name());
        assertEquals("domain.pdevs_lock", KnownLocks.preselect(split, "d->pdevs_lock").name());
        assertNull(KnownLocks.preselect(List.of(), "x"));

        // in an editor, the name under the caret is what preselects the lock
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        ITextEditor editor = (ITextEditor) IDE.openEditor(page, before.getFile("passthrough.c"),
                "org.eclipse.ui.DefaultTextEditor");
        IDocument doc = editor.getDocumentProvider().getDocument(editor.getEditorInput());
        int at = doc.get().indexOf("pcidevs_lock();") + 3;
        assertEquals("pcidevs_lock", AuditLockHandler.selectedName(editor, new TextSelection(doc, at, 0)));
        assertEquals("pcidevs", AuditLockHandler.selectedName(editor, new TextSelection(doc, at - 3, 7)));
        editor.close(false);
    }

    @Test
    @Order(3)
    void auditOnALockNameSelectedInTheEditorAsksWithThatLockPreselected() throws Exception {
        IProject before = example(BEFORE, "examples/pci/before");
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        ITextEditor editor = (ITextEditor) IDE.openEditor(page, before.getFile("pci.c"),
                "org.eclipse.ui.DefaultTextEditor");
        IDocument doc = editor.getDocumentProvider().getDocument(editor.getEditorInput());
        int at = doc.get().indexOf("&pci_seg_lock") + 1;
        TextSelection selected = new TextSelection(doc, at, "pci_seg_lock".length());

        // the dialog opens from the Job (on the UI thread, in its own event loop): answer it from a timer
        Display display = Display.getCurrent();
        List<String> seen = new ArrayList<>();
        long giveUp = System.currentTimeMillis() + 30_000;
        Runnable answer = new Runnable() {
            @Override
            public void run() {
                for (Shell shell : display.getShells()) {
                    if (!shell.isDisposed() && shell.isVisible() && "Audit Lock".equals(shell.getText())) {
                        Table table = find(shell, Table.class);
                        // the dialog's list fills and selects in a UI job after opening: wait for it
                        if (table != null && table.getSelectionCount() == 1) {
                            seen.add(table.getSelection()[0].getText());
                            seen.add(String.valueOf(table.getItemCount()));
                            find(shell, Button.class, b -> Integer.valueOf(IDialogConstants.OK_ID).equals(b.getData()))
                                    .notifyListeners(SWT.Selection, new Event());
                            return;
                        }
                        if (System.currentTimeMillis() > giveUp) {
                            shell.close(); // fail rather than hang
                            return;
                        }
                    }
                }
                display.timerExec(100, this);
            }
        };
        display.timerExec(100, answer);
        ICommandService cs = PlatformUI.getWorkbench().getService(ICommandService.class);
        IHandlerService hs = PlatformUI.getWorkbench().getService(IHandlerService.class);
        IEvaluationContext ctx = hs.createContextSnapshot(false);
        ctx.addVariable(ISources.ACTIVE_CURRENT_SELECTION_NAME, selected);
        ctx.addVariable(ISources.ACTIVE_EDITOR_NAME, editor);
        Job job = (Job) hs.executeCommandInContext(new ParameterizedCommand(cs.getCommand(AuditLockHandler.COMMAND_ID),
                null), null, ctx);
        AuditView view = waitForView(v -> v.showsAudit() && v.header().startsWith("Lock pci_seg_lock:"));
        display.timerExec(-1, answer);
        job.join();
        assertTrue(job.getResult().isOK(), String.valueOf(job.getResult()));
        assertEquals(2, seen.size(), "the lock dialog was shown and answered");
        assertTrue(seen.get(0).startsWith("pci_seg_lock"), "preselected: " + seen.get(0));
        assertEquals("5", seen.get(1), "the known locks of the project");
        assertTrue(column(view, AuditView.Table.PROTECTED, 0).stream().anyMatch(f -> f.startsWith("pci_seg")),
                column(view, AuditView.Table.PROTECTED, 0).toString());
        assertEquals("Audit pci_seg_lock\u2026", AuditLockHandler.label());
        editor.close(false);
    }

    static <T extends Control> T find(Control root, Class<T> type) {
        return find(root, type, c -> true);
    }

    static <T extends Control> T find(Control root, Class<T> type, Predicate<T> test) {
        if (type.isInstance(root) && test.test(type.cast(root))) {
            return type.cast(root);
        }
        if (root instanceof Composite c) {
            for (Control child : c.getChildren()) {
                T found = find(child, type, test);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    @Test
    @Order(4)
    void compareLockSplitShowsTheUnprotectedAccessesFirst() throws Exception {
        IProject before = example(BEFORE, "examples/pci/before");
        IProject after = example(AFTER, "examples/pci/after");
        // selected in the other order: the parameter says which one is before
        run(CompareLockSplitHandler.COMMAND_ID, Map.of(CompareLockSplitHandler.PARAM_LOCK, "pcidevs_lock",
                CompareLockSplitHandler.PARAM_BEFORE, before.getFullPath().toString()), after, before);
        AuditView view = waitForView(AuditView::showsDiff);
        assertTrue(view.header().contains("before: /" + BEFORE + ", after: /" + AFTER), view.header());
        List<Row> rows = view.rows(AuditView.Table.DIFF);
        Set<String> unprotected = new TreeSet<>();
        for (Row r : rows) {
            if (r.cell(0).equals("UNPROTECTED")) {
                unprotected.add(r.cell(1) + " " + r.cell(2));
            }
        }
        assertEquals(Set.of("deassign_device pci_dev.quarantine", "deassign_device pci_dev.phantom_stride",
                "deassign_device pci_dev.fault.count"), unprotected);
        // first, and highlighted
        List<String> outcomes = column(view, AuditView.Table.DIFF, 0);
        assertEquals(List.of("UNPROTECTED", "UNPROTECTED", "UNPROTECTED"), outcomes.subList(0, 3));
        assertFalse(outcomes.subList(3, outcomes.size()).contains("UNPROTECTED"));
        TableItem first = view.control(AuditView.Table.DIFF).getItem(0);
        assertEquals(new RGB(255, 214, 214), first.getBackground(0).getRGB());
        assertFalse(view.control(AuditView.Table.DIFF).getItem(outcomes.size() - 1).getBackground(0).getRGB()
                .equals(new RGB(255, 214, 214)));
        // the rest moved to the new locks or stayed
        assertTrue(outcomes.stream().anyMatch(o -> o.startsWith("MOVED (pci_dev.lock")), outcomes.toString());
        assertTrue(outcomes.contains("SAME"), outcomes.toString());
        assertTrue(rows.stream().allMatch(r -> r.cell(3).equals("_pcidevs_lock")), "before lock column");

        Path html = TARGET.resolve("lock-split-diff.html");
        view.exportHtml(html);
        String page = Files.readString(html);
        for (String s : List.of("LockAudit lock-split diff: _pcidevs_lock", "UNPROTECTED", "pci_dev.phantom_stride",
                "pci_dev.fault.count", "deassign_device")) {
            assertTrue(page.contains(s), s + " in " + html);
        }
        screenshot(view, "lock-split-diff");
    }
}
