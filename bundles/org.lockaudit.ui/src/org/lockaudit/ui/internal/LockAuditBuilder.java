package org.lockaudit.ui.internal;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Reacts to saves: collects the changed C sources and headers and hands them to the project's
 * {@link ProjectAnalysisJob}, which cancels a running analysis and restarts. The builder itself returns at once,
 * so the workspace build never waits for the analysis.
 */
public final class LockAuditBuilder extends IncrementalProjectBuilder {

    @Override
    protected IProject[] build(int kind, Map<String, String> args, IProgressMonitor monitor) throws CoreException {
        IProject project = getProject();
        IResourceDelta delta = kind == FULL_BUILD ? null : getDelta(project);
        if (delta == null) {
            ProjectAnalysisJob.request(project, null);
            return null;
        }
        Set<IFile> changed = new LinkedHashSet<>();
        delta.accept(d -> {
            if (d.getResource() instanceof IFile f && ProjectAnalysisJob.isCSource(f)) {
                changed.add(f);
            }
            return true;
        });
        if (!changed.isEmpty()) {
            ProjectAnalysisJob.request(project, changed);
        }
        return null;
    }

    @Override
    protected void clean(IProgressMonitor monitor) throws CoreException {
        ProjectAnalysisJob.cancel(getProject());
        AnalysisStateStore.forget(getProject());
        getProject().deleteMarkers(org.lockaudit.ui.LockAuditMarkers.PROBLEM, true,
                org.eclipse.core.resources.IResource.DEPTH_INFINITE);
    }
}
