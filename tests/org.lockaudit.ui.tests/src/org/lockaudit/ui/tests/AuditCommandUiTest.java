package org.lockaudit.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.expressions.IEvaluationContext;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.ISources;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;
import org.lockaudit.ui.LockAuditMarkers;
import org.lockaudit.ui.internal.audit.AuditLockHandler;
import org.lockaudit.ui.internal.audit.AuditView;

/** "Audit pcidevs_lock…" through the command framework, in a running workbench, on a small C project. */
class AuditCommandUiTest {

    static final String HEADER = """
            typedef struct { int raw; } spinlock_t;
            void spin_lock(spinlock_t *l);
            void spin_unlock(spinlock_t *l);
            void spin_lock_recursive(spinlock_t *l);
            void spin_unlock_recursive(spinlock_t *l);
            struct pci_dev { spinlock_t lock; int quarantine; };
            """;

    static final String SOURCE = """
            #include "pci.h"
            static spinlock_t _pcidevs_lock;
            void pcidevs_lock(void)
            {
                spin_lock_recursive(&_pcidevs_lock);
            }
            void pcidevs_unlock(void)
            {
                spin_unlock_recursive(&_pcidevs_lock);
            }
            void set_quarantine(struct pci_dev *pdev)
            {
                spin_lock(&pdev->lock);
                pdev->quarantine = 1;
                spin_unlock(&pdev->lock);
            }
            void quarantine_all(struct pci_dev *pdev)
            {
                pcidevs_lock();
                pdev->quarantine = 2;
                pcidevs_unlock();
            }
            void quarantine_direct(struct pci_dev *pdev)
            {
                spin_lock_recursive(&_pcidevs_lock);
                pdev->quarantine = 3;
                spin_unlock_recursive(&_pcidevs_lock);
            }
            """;

    @Test
    void auditCommandMarksEachPlaceTheLockIsTakenAndShowsTheAudit() throws Exception {
        assertTrue(PlatformUI.isWorkbenchRunning(), "workbench must be running (UI harness)");
        assertNotNull(Display.getCurrent(), "must run on the UI thread");

        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("pci");
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
        IFolder include = project.getFolder("include");
        if (!include.exists()) {
            include.create(true, true, null);
        }
        write(include.getFile("pci.h"), HEADER);
        IFile file = project.getFile("pci.c");
        write(file, SOURCE);

        ICommandService cs = PlatformUI.getWorkbench().getService(ICommandService.class);
        Command cmd = cs.getCommand(AuditLockHandler.COMMAND_ID);
        assertTrue(cmd.isDefined(), "command from plugin.xml must be defined");
        assertEquals("Audit Lock\u2026", cmd.getName());
        // the menu label names the lock (pcidevs_lock until another one is audited)
        assertTrue(AuditLockHandler.label().matches("Audit \\w+\u2026"), AuditLockHandler.label());
        IHandlerService hs = PlatformUI.getWorkbench().getService(IHandlerService.class);
        IEvaluationContext ctx = hs.createContextSnapshot(false);
        ctx.addVariable(ISources.ACTIVE_CURRENT_SELECTION_NAME, new StructuredSelection(project));
        ParameterizedCommand audit = ParameterizedCommand.generateCommand(cmd,
                Map.of(AuditLockHandler.PARAM_LOCK, "pcidevs_lock"));
        Object job = hs.executeCommandInContext(audit, null, ctx);
        assertInstanceOf(Job.class, job, "the handler runs the analysis in a Job");
        ((Job) job).join();
        assertTrue(((Job) job).getResult().isOK(), String.valueOf(((Job) job).getResult()));
        assertEquals("Audit pcidevs_lock\u2026", AuditLockHandler.label());

        // one marker per place the audited lock is taken (directly or through its wrapper); the wrapper itself and
        // set_quarantine's pdev->lock are not sites of pcidevs_lock
        IMarker[] markers = file.findMarkers(LockAuditMarkers.LOCK_SITE, true, IResource.DEPTH_ZERO);
        List<IMarker> sorted = Arrays.stream(markers)
                .sorted(Comparator.comparingInt(m -> m.getAttribute(IMarker.LINE_NUMBER, -1))).toList();
        assertEquals(2, sorted.size(), "one marker per acquire site");
        assertEquals(19, sorted.get(0).getAttribute(IMarker.LINE_NUMBER, -1));
        assertEquals("quarantine_all", sorted.get(0).getAttribute(LockAuditMarkers.ATTR_FUNCTION, ""));
        assertEquals("_pcidevs_lock", sorted.get(0).getAttribute(LockAuditMarkers.ATTR_LOCK, ""));
        assertEquals(25, sorted.get(1).getAttribute(IMarker.LINE_NUMBER, -1));
        assertEquals("quarantine_direct", sorted.get(1).getAttribute(LockAuditMarkers.ATTR_FUNCTION, ""));
        assertTrue(sorted.get(1).isSubtypeOf(IMarker.PROBLEM), "LockAudit markers are problem markers");
        // re-running replaces the markers instead of piling them up
        Object again = hs.executeCommandInContext(audit, null, ctx);
        ((Job) again).join();
        assertEquals(2, file.findMarkers(LockAuditMarkers.LOCK_SITE, true, IResource.DEPTH_ZERO).length);
        // and the Problems view's generic query sees them
        assertTrue(project.findMarkers(IMarker.PROBLEM, true, IResource.DEPTH_INFINITE).length >= 2);

        // the Audit view shows the same sections, and what the lock protects
        AuditView view = AuditViewUiTest.waitForView(AuditView::showsAudit);
        assertEquals(List.of("quarantine_all", "quarantine_direct"),
                AuditViewUiTest.column(view, AuditView.Table.SECTIONS, 0));
        assertEquals(List.of("pci_dev.quarantine"), AuditViewUiTest.column(view, AuditView.Table.PROTECTED, 0));
    }

    private static void write(IFile f, String text) throws Exception {
        ByteArrayInputStream in = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
        if (f.exists()) {
            f.setContents(in, true, false, null);
        } else {
            f.create(in, true, null);
        }
    }
}
