package org.lockaudit.ui.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRunnable;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.lockaudit.core.AnalysisSession;
import org.lockaudit.core.AnalysisResult;
import org.lockaudit.core.FactsAnalysis;
import org.lockaudit.core.FactsResult;
import org.lockaudit.core.config.ConfigException;
import org.lockaudit.core.config.TreeLoader;
import org.lockaudit.core.inference.GuardOptions;
import org.lockaudit.core.fix.LockSpelling;
import org.lockaudit.ui.LockAuditMarkers;

/**
 * The analysis of one project, in the background: one job per project; a new request (a save) cancels a running
 * analysis and restarts it after a short delay, so a burst of saves costs one analysis. Unchanged translation
 * units come from the facts cache in the project's state area, so only what changed is re-parsed.
 */
public final class ProjectAnalysisJob extends Job {
    private static final String PLUGIN_ID = "org.lockaudit.ui";
    private static final Map<IProject, ProjectAnalysisJob> JOBS = new ConcurrentHashMap<>();
    /** Delay after a save before analysing: coalesces saves in quick succession. */
    static final long DEBOUNCE_MILLIS = 100;

    private final IProject project;
    private volatile long requestedAt;
    private volatile long lastDurationMillis = -1;
    private volatile AnalysisResult result;
    /** The engine's incremental session for this project; recreated when the units or their configuration change. */
    private AnalysisSession session;
    private String sessionKey;
    private final Set<Path> pendingChanges = ConcurrentHashMap.newKeySet();
    private volatile boolean fullRequested = true;
    private volatile org.lockaudit.core.explain.AccessExplainer explainer;
    private volatile AnalysisResult explainerOf;
    private volatile org.lockaudit.core.FactsStats factsStats;

    private ProjectAnalysisJob(IProject project) {
        super(NLS.bind(Messages.ProjectAnalysisJob_name, project.getName()));
        this.project = project;
        setPriority(Job.BUILD);
    }

    /**
     * Schedules (or restarts) the analysis of {@code project}: {@code changed} lists the saved files (only they, and
     * the units including a changed header, are re-analysed); null asks for a full analysis.
     */
    public static ProjectAnalysisJob request(IProject project, Set<IFile> changed) {
        ProjectAnalysisJob job = JOBS.computeIfAbsent(project, ProjectAnalysisJob::new);
        job.cancel();
        if (changed == null) {
            job.fullRequested = true;
        } else {
            for (IFile f : changed) {
                if (f.getLocation() != null) {
                    job.pendingChanges.add(f.getLocation().toPath().toAbsolutePath().normalize());
                }
            }
        }
        job.requestedAt = System.nanoTime();
        job.schedule(DEBOUNCE_MILLIS);
        return job;
    }

    public static ProjectAnalysisJob of(IProject project) {
        return JOBS.get(project);
    }

    static void cancel(IProject project) {
        ProjectAnalysisJob job = JOBS.remove(project);
        if (job != null) {
            job.cancel();
        }
    }

    static boolean isCSource(IFile f) {
        String ext = f.getFileExtension();
        return "c".equals(ext) || "h".equals(ext);
    }

    /** Milliseconds from the last request (save) to its markers being updated; -1 before the first run. */
    public long lastDurationMillis() {
        return lastDurationMillis;
    }

    /** Statistics of the last run's fact extraction (how many units were parsed, how many cached), or null. */
    public org.lockaudit.core.FactsStats factsStats() {
        return factsStats;
    }

    /** Forgets the in-memory state of every project, as an IDE restart does (tests use it). */
    public static void forgetInMemoryState() {
        JOBS.values().forEach(Job::cancel);
        JOBS.clear();
    }

    /** Explains field accesses from the last analysis (null before the first run). */
    public org.lockaudit.core.explain.AccessExplainer explainer() {
        AnalysisResult r = result;
        if (r == null || r.guards() == null) {
            return null;
        }
        org.lockaudit.core.explain.AccessExplainer e = explainer;
        if (e == null || explainerOf != r) {
            e = new org.lockaudit.core.explain.AccessExplainer(r.guards());
            explainer = e;
            explainerOf = r;
        }
        return e;
    }

    /** The last completed analysis of the project, or null. */
    public AnalysisResult result() {
        return result;
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == LockAuditMarkers.JOB_FAMILY;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        if (!LockAuditNature.isEnabled(project)) {
            return Status.OK_STATUS;
        }
        long started = requestedAt;
        SubMonitor sub = SubMonitor.convert(monitor, getName(), 10);
        try {
            ProjectTree pt = ProjectTree.load(List.of(project));
            if (pt == null) {
                publish(List.of(), sub.split(1));
                return Status.OK_STATUS;
            }
            TreeLoader.Tree tree = pt.tree();
            AnalysisSession s = session(tree);
            Set<Path> changed = drainChanges();
            AnalysisResult result;
            try {
                result = s.update(changed, sub.split(8));
            } catch (OperationCanceledException e) {
                pendingChanges.addAll(changed); // a cancelled update leaves the session as it was: redo these next
                throw e;
            }
            // lockaudit.json "suppressions", as on the command line
            result = org.lockaudit.core.config.ConfigSuppressions.of(tree.config()).apply(result).result();
            FactsResult facts = new FactsResult(s.facts(), s.lastFactsStats(), null);
            if (facts.stats() != null && facts.stats().cacheDiscarded() > 0) {
                org.eclipse.core.runtime.ILog.of(getClass()).warn(NLS.bind(Messages.ProjectAnalysisJob_stateDiscarded,
                        facts.stats().cacheDiscarded(), project.getName()));
            }
            List<MarkerSpec> specs = new ArrayList<>(FindingMarkers.diagnostics(facts.diagnostics()));
            specs.addAll(FindingMarkers.findings(result.findings(),
                    new LockSpelling(result.summaries(), facts.units(), tree.config().presets()), facts.units()));
            this.result = result;
            this.factsStats = facts.stats();
            publish(specs, sub.split(1));
            org.lockaudit.ui.internal.minings.MiningRefresher.refreshAll();
            lastDurationMillis = (System.nanoTime() - started) / 1_000_000;
            return Status.OK_STATUS;
        } catch (OperationCanceledException e) {
            return Status.CANCEL_STATUS;
        } catch (ConfigException e) {
            publishConfigError(e);
            return Status.OK_STATUS;
        } catch (CoreException | java.io.IOException | RuntimeException e) {
            return new Status(IStatus.ERROR, PLUGIN_ID, NLS.bind(Messages.ProjectAnalysisJob_failed,
                    project.getName()), e);
        }
    }

    /**
     * The session for {@code tree}: the existing one while the same units are analysed with the same configuration
     * (flags, lock API, guard options), else a new one (whose first update analyses everything, from the cache).
     */
    private AnalysisSession session(TreeLoader.Tree tree) {
        GuardOptions guards = ProjectTree.guardOptions(tree.config());
        StringBuilder key = new StringBuilder().append(guards.minSupport()).append('|').append(tree.config().guards());
        for (Path u : tree.units()) {
            key.append('\n').append(u).append('=').append(tree.config().fingerprint(u));
        }
        if (session == null || fullRequested || !key.toString().equals(sessionKey)) {
            session = new AnalysisSession(tree.config(), tree.units(),
                    new FactsAnalysis.Options(tree.cacheDir(), 0, FactsAnalysis.Options.DEFAULT_MAX_FILE_BYTES), guards);
            sessionKey = key.toString();
            pendingChanges.clear();
        }
        fullRequested = false;
        return session;
    }

    private Set<Path> drainChanges() {
        Set<Path> changed = new java.util.HashSet<>(pendingChanges);
        pendingChanges.removeAll(changed);
        return changed;
    }

    private void publish(Collection<MarkerSpec> specs, IProgressMonitor monitor) throws CoreException {
        IWorkspaceRunnable update = m -> MarkerUpdater.update(project, specs);
        ResourcesPlugin.getWorkspace().run(update, project, IResource.NONE, monitor);
    }

    private void publishConfigError(ConfigException e) {
        try {
            IWorkspaceRunnable update = m -> {
                MarkerUpdater.update(project, List.of());
                IMarker marker = project.createMarker(LockAuditMarkers.PROBLEM);
                marker.setAttribute(IMarker.MESSAGE, e.getMessage());
                marker.setAttribute(IMarker.SEVERITY, IMarker.SEVERITY_ERROR);
                marker.setAttribute(LockAuditMarkers.ATTR_KIND, "configuration");
            };
            ResourcesPlugin.getWorkspace().run(update, project, IResource.NONE, null);
        } catch (CoreException ce) {
            org.eclipse.core.runtime.ILog.of(getClass()).error(e.getMessage(), ce);
        }
    }


}
