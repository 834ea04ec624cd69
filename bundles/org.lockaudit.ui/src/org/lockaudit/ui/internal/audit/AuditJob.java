package org.lockaudit.ui.internal.audit;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRunnable;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.MultiRule;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.lockaudit.core.audit.CriticalSection;
import org.lockaudit.core.audit.LockAudit;
import org.lockaudit.core.config.ConfigException;
import org.lockaudit.ui.LockAuditMarkers;
import org.lockaudit.ui.internal.audit.KnownLocks.KnownLock;

/**
 * "Audit Lock…" in the background: reads the facts of the selected resources' C files, asks which lock when none
 * was given (the known locks, the editor's selected text preselecting one), runs {@link LockAudit}, marks each place
 * the lock is taken (a {@link LockAuditMarkers#LOCK_SITE} marker per critical section taken there), and shows the
 * result in the {@link AuditView}. Cancellable at every step.
 */
public final class AuditJob extends Job {
    private static final String PLUGIN_ID = "org.lockaudit.ui";
    private final List<IResource> resources;
    private final String requestedLock;
    private final String selectedText;
    private volatile LockAudit.Result result;

    /**
     * @param lock         the lock to audit, or null to ask
     * @param selectedText text selected in an editor (preselects the lock when asking), or null
     */
    public AuditJob(Collection<? extends IResource> resources, String lock, String selectedText) {
        super(NLS.bind(AuditMessages.Audit_job, lock != null ? lock : names(resources)));
        this.resources = List.copyOf(resources);
        this.requestedLock = lock;
        this.selectedText = selectedText;
        setUser(true);
    }

    static String names(Collection<? extends IResource> resources) {
        return String.join(", ", resources.stream().map(IResource::getName).toList());
    }

    /** The audit, once the job has run (null before, or when cancelled or failed). */
    public LockAudit.Result result() {
        return result;
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == LockAuditMarkers.JOB_FAMILY;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        SubMonitor sub = SubMonitor.convert(monitor, getName(), 12);
        try {
            sub.subTask(NLS.bind(AuditMessages.Audit_loading, names(resources)));
            AuditInput input = AuditInput.load(resources, sub.split(6));
            if (input == null) {
                return Status.warning(NLS.bind(AuditMessages.Audit_noSources, names(resources)));
            }
            String lock = requestedLock;
            if (lock == null) {
                List<KnownLock> known = KnownLocks.of(input.facts().units(), sub.split(2));
                if (known.isEmpty()) {
                    return Status.warning(NLS.bind(AuditMessages.Audit_noLocks, names(resources)));
                }
                lock = LockChooser.ask(known, KnownLocks.preselect(known, selectedText));
                if (lock == null) {
                    return Status.CANCEL_STATUS;
                }
            }
            sub.setWorkRemaining(4);
            LockAudit.Result audit = LockAudit.run(input.facts().units(), input.options(), lock, sub.split(3));
            recordLockSites(audit, sub.split(1));
            result = audit;
            show(audit, input.root());
            return Status.OK_STATUS;
        } catch (OperationCanceledException e) {
            return Status.CANCEL_STATUS;
        } catch (ConfigException e) {
            return new Status(IStatus.ERROR, PLUGIN_ID, e.getMessage(), e);
        } catch (CoreException | java.io.IOException | RuntimeException e) {
            return new Status(IStatus.ERROR, PLUGIN_ID, NLS.bind(AuditMessages.Audit_failed, names(resources)), e);
        }
    }

    /** Replaces the lock-site markers below the audited resources: one per section where the lock is taken. */
    private void recordLockSites(LockAudit.Result audit, IProgressMonitor monitor) throws CoreException {
        ISchedulingRule rule = null;
        for (IResource r : resources) {
            rule = MultiRule.combine(rule, ResourcesPlugin.getWorkspace().getRuleFactory().markerRule(r));
        }
        IWorkspaceRunnable update = m -> {
            for (IResource r : resources) {
                if (r.isAccessible()) {
                    r.deleteMarkers(LockAuditMarkers.LOCK_SITE, false, IResource.DEPTH_INFINITE);
                }
            }
            for (CriticalSection s : audit.sections()) {
                IFile file = s.taken() && s.file() != null ? SourceOpener.workspaceFile(Path.of(s.file())) : null;
                if (file == null || resources.stream().noneMatch(r -> r.getFullPath().isPrefixOf(file.getFullPath()))) {
                    continue;
                }
                IMarker marker = file.createMarker(LockAuditMarkers.LOCK_SITE);
                marker.setAttribute(IMarker.MESSAGE, NLS.bind(AuditMessages.Audit_markerMessage,
                        new Object[] {s.function(), audit.lock(), s.how()}));
                marker.setAttribute(IMarker.LINE_NUMBER, s.startLine());
                marker.setAttribute(IMarker.SEVERITY, IMarker.SEVERITY_INFO);
                marker.setAttribute(LockAuditMarkers.ATTR_KIND, "lock-site");
                marker.setAttribute(LockAuditMarkers.ATTR_LOCK, audit.lock());
                marker.setAttribute(LockAuditMarkers.ATTR_FUNCTION, s.function());
            }
        };
        ResourcesPlugin.getWorkspace().run(update, rule, IResource.NONE, monitor);
    }

    private static void show(LockAudit.Result audit, Path root) {
        PlatformUI.getWorkbench().getDisplay().asyncExec(() -> {
            AuditLockHandler.audited(audit.requested());
            org.eclipse.ui.commands.ICommandService cs = PlatformUI.getWorkbench()
                    .getService(org.eclipse.ui.commands.ICommandService.class);
            if (cs != null) {
                cs.refreshElements(AuditLockHandler.COMMAND_ID, null);
            }
            AuditView view = openView();
            if (view != null) {
                view.showAudit(audit, root);
            }
        });
    }

    /** Shows (opening if needed) the Audit view in the active window; call on the UI thread. */
    static AuditView openView() {
        IWorkbenchWindow w = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        if (w == null && PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0) {
            w = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
        }
        IWorkbenchPage page = w == null ? null : w.getActivePage();
        if (page == null) {
            return null;
        }
        try {
            return (AuditView) page.showView(AuditView.ID);
        } catch (PartInitException e) {
            org.eclipse.core.runtime.ILog.of(AuditJob.class).error(e.getMessage(), e);
            return null;
        }
    }
}
