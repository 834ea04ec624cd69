package org.lockaudit.ui.internal.audit;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.PlatformUI;
import org.lockaudit.core.audit.LockSplitDiff;
import org.lockaudit.core.config.ConfigException;
import org.lockaudit.core.inference.GuardAnalysis;
import org.lockaudit.ui.LockAuditMarkers;
import org.lockaudit.ui.internal.audit.KnownLocks.KnownLock;

/**
 * "Compare Lock Split…" in the background: each side is loaded on its own (as {@code lockaudit diff} does), the
 * lock is asked for when not given (the before side's known locks), guards are inferred on both sides, and
 * {@link LockSplitDiff}'s rows are shown in the {@link AuditView}.
 */
public final class LockSplitJob extends Job {
    private static final String PLUGIN_ID = "org.lockaudit.ui";
    private final IContainer before;
    private final IContainer after;
    private final String requestedLock;
    private volatile LockSplitDiff.Result result;

    public LockSplitJob(IContainer before, IContainer after, String lock) {
        super(NLS.bind(AuditMessages.Diff_job, lock != null ? lock : before.getName() + ", " + after.getName()));
        this.before = before;
        this.after = after;
        this.requestedLock = lock;
        setUser(true);
    }

    /** The diff, once the job has run (null before, or when cancelled or failed). */
    public LockSplitDiff.Result result() {
        return result;
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == LockAuditMarkers.JOB_FAMILY;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        SubMonitor sub = SubMonitor.convert(monitor, getName(), 20);
        try {
            sub.subTask(NLS.bind(AuditMessages.Audit_loading, before.getName()));
            AuditInput b = AuditInput.load(List.of(before), sub.split(6));
            sub.subTask(NLS.bind(AuditMessages.Audit_loading, after.getName()));
            AuditInput a = AuditInput.load(List.of(after), sub.split(6));
            if (b == null || a == null) {
                return Status.warning(NLS.bind(AuditMessages.Audit_noSources, (b == null ? before : after).getName()));
            }
            String lock = requestedLock;
            if (lock == null) {
                List<KnownLock> known = KnownLocks.of(b.facts().units(), sub.split(2));
                if (known.isEmpty()) {
                    return Status.warning(NLS.bind(AuditMessages.Audit_noLocks, before.getName()));
                }
                lock = LockChooser.ask(known, KnownLocks.preselect(known, null));
                if (lock == null) {
                    return Status.CANCEL_STATUS;
                }
            }
            sub.setWorkRemaining(6);
            GuardAnalysis.Result gb = GuardAnalysis.run(b.facts().units(), b.options(), null, sub.split(3));
            GuardAnalysis.Result ga = GuardAnalysis.run(a.facts().units(), a.options(), null, sub.split(3));
            LockSplitDiff.Result diff = LockSplitDiff.compare(lock, gb, ga);
            result = diff;
            Path root = commonParent(before, after);
            String bn = before.getFullPath().toString();
            String an = after.getFullPath().toString();
            PlatformUI.getWorkbench().getDisplay().asyncExec(() -> {
                AuditView view = AuditJob.openView();
                if (view != null) {
                    view.showDiff(diff, root, bn, an);
                }
            });
            return Status.OK_STATUS;
        } catch (OperationCanceledException e) {
            return Status.CANCEL_STATUS;
        } catch (ConfigException e) {
            return new Status(IStatus.ERROR, PLUGIN_ID, e.getMessage(), e);
        } catch (CoreException | java.io.IOException | RuntimeException e) {
            return new Status(IStatus.ERROR, PLUGIN_ID, NLS.bind(AuditMessages.Diff_failed, before.getName(),
                    after.getName()), e);
        }
    }

    /** The deepest folder holding both sides (file names in the view and the report are relative to it). */
    static Path commonParent(IContainer x, IContainer y) {
        Path a = x.getLocation().toPath().toAbsolutePath().normalize();
        Path b = y.getLocation().toPath().toAbsolutePath().normalize();
        while (a != null && !b.startsWith(a)) {
            a = a.getParent();
        }
        return a == null ? Path.of("/") : a;
    }
}
