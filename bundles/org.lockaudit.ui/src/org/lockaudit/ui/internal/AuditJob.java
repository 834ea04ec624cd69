package org.lockaudit.ui.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRunnable;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.lockaudit.core.FactsAnalysis;
import org.lockaudit.core.FactsResult;
import org.lockaudit.core.config.TreeConfig;
import org.lockaudit.core.facts.CfgNode;
import org.lockaudit.core.facts.Event;
import org.lockaudit.core.facts.Function;
import org.lockaudit.core.facts.LockOpKind;
import org.lockaudit.core.facts.LockOperation;
import org.lockaudit.core.facts.TranslationUnitFacts;
import org.lockaudit.ui.LockAuditMarkers;

/**
 * Runs the engine on the C files below the selected resources, in the background with progress and
 * cancellation, and records one marker per lock acquisition site.
 */
public final class AuditJob extends WorkspaceJob {
    private static final String PLUGIN_ID = "org.lockaudit.ui";
    private final String lock;
    private final Collection<IResource> roots;

    public AuditJob(String lock, Collection<IResource> roots) {
        super(NLS.bind(Messages.AuditJob_name, lock));
        this.lock = lock;
        this.roots = List.copyOf(roots);
        setRule(ResourcesPlugin.getWorkspace().getRuleFactory().buildRule());
        setUser(true);
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == LockAuditMarkers.JOB_FAMILY;
    }

    @Override
    public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
        SubMonitor sub = SubMonitor.convert(monitor, getName(), 10);
        Map<Path, IFile> files = new LinkedHashMap<>();
        TreeConfig.Builder config = new TreeConfig.Builder();
        for (IResource root : roots) {
            collect(root, files, config);
        }
        try {
            FactsResult result = FactsAnalysis.run(config.build(), new ArrayList<>(files.keySet()), sub.split(8));
            sub.setTaskName(Messages.AuditJob_markers);
            IWorkspaceRunnable update = m -> record(result, files);
            ResourcesPlugin.getWorkspace().run(update, null, IResource.NONE, sub.split(2));
            return Status.OK_STATUS;
        } catch (OperationCanceledException e) {
            return Status.CANCEL_STATUS;
        } catch (RuntimeException e) {
            return new Status(IStatus.ERROR, PLUGIN_ID, NLS.bind(Messages.AuditJob_failed, roots), e);
        }
    }

    private void record(FactsResult result, Map<Path, IFile> files) throws CoreException {
        for (IFile f : files.values()) {
            f.deleteMarkers(LockAuditMarkers.LOCK_SITE, false, IResource.DEPTH_ZERO);
        }
        for (TranslationUnitFacts tu : result.units()) {
            IFile file = files.get(Path.of(tu.getPath()));
            if (file == null) {
                continue;
            }
            for (Function fn : tu.getFunctions()) {
                for (CfgNode node : fn.getNodes()) {
                    for (Event e : node.getEvents()) {
                        if (e instanceof LockOperation op && e.getFile() == null
                                && (op.getOp() == LockOpKind.ACQUIRE || op.getOp() == LockOpKind.TRY_ACQUIRE)) {
                            IMarker m = file.createMarker(LockAuditMarkers.LOCK_SITE);
                            String lockName = op.getLock().getExpression();
                            m.setAttribute(IMarker.MESSAGE, NLS.bind(Messages.LockSite_message,
                                    new Object[] {fn.getName(), lockName, op.getApi()}));
                            m.setAttribute(IMarker.LINE_NUMBER, op.getLine());
                            m.setAttribute(IMarker.SEVERITY, IMarker.SEVERITY_INFO);
                            m.setAttribute(LockAuditMarkers.ATTR_KIND, "lock-site");
                            m.setAttribute(LockAuditMarkers.ATTR_LOCK, lockName);
                            m.setAttribute(LockAuditMarkers.ATTR_FUNCTION, fn.getName());
                        }
                    }
                }
            }
        }
    }

    /** Collects C files below {@code r}; every folder named {@code include} on the way is an include path. */
    private static void collect(IResource r, Map<Path, IFile> files, TreeConfig.Builder config) throws CoreException {
        if (r instanceof IFile f) {
            if ("c".equals(f.getFileExtension()) && f.getLocation() != null) {
                files.put(f.getLocation().toPath(), f);
            }
            if (f.getParent() != null) {
                addIncludeFolders(f.getProject(), config);
            }
        } else if (r instanceof IContainer c && c.isAccessible()) {
            addIncludeFolders(c.getProject() == null ? c : c.getProject(), config);
            c.accept(child -> {
                if (child instanceof IFile f && "c".equals(f.getFileExtension()) && f.getLocation() != null) {
                    files.put(f.getLocation().toPath(), f);
                }
                return true;
            });
        }
    }

    private static void addIncludeFolders(IContainer project, TreeConfig.Builder config) throws CoreException {
        project.accept(child -> {
            if (child instanceof IContainer c && "include".equals(c.getName()) && c.getLocation() != null) {
                config.includePath(c.getLocation().toPath());
            }
            return true;
        });
    }
}
