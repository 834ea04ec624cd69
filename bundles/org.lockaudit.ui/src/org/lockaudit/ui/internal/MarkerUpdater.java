package org.lockaudit.ui.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.lockaudit.ui.LockAuditMarkers;

/**
 * Brings a project's LockAudit markers in line with a new set of {@link MarkerSpec}s, in place: markers whose
 * finding is unchanged stay (the Problems view does not flicker, bookmarks on them survive), others are deleted or
 * created. Call inside a workspace runnable.
 */
final class MarkerUpdater {
    private MarkerUpdater() {
    }

    /** Files of the project by absolute location, for mapping engine paths back to resources. */
    static Map<Path, IFile> filesByLocation(IProject project) throws CoreException {
        Map<Path, IFile> files = new HashMap<>();
        project.accept(r -> {
            if (r instanceof IFile f && f.getLocation() != null) {
                files.put(f.getLocation().toPath().toAbsolutePath().normalize(), f);
            }
            return true;
        });
        return files;
    }

    static void update(IProject project, Collection<MarkerSpec> specs) throws CoreException {
        // project-level markers (configuration errors) belong to the previous run only
        project.deleteMarkers(LockAuditMarkers.PROBLEM, true, IResource.DEPTH_ZERO);
        Map<Path, IFile> files = filesByLocation(project);
        Map<IFile, List<MarkerSpec>> wanted = new HashMap<>();
        for (MarkerSpec s : specs) {
            IFile f = files.get(Path.of(s.file()).toAbsolutePath().normalize());
            if (f != null) {
                wanted.computeIfAbsent(f, k -> new ArrayList<>()).add(s);
            }
        }
        Set<IFile> touched = new HashSet<>(wanted.keySet());
        for (IMarker m : project.findMarkers(LockAuditMarkers.PROBLEM, true, IResource.DEPTH_INFINITE)) {
            if (m.getResource() instanceof IFile f) {
                touched.add(f);
            }
        }
        for (IFile f : touched) {
            List<MarkerSpec> todo = new ArrayList<>(wanted.getOrDefault(f, List.of()));
            for (IMarker m : f.findMarkers(LockAuditMarkers.PROBLEM, true, IResource.DEPTH_ZERO)) {
                MarkerSpec same = todo.stream().filter(s -> matches(m, s)).findFirst().orElse(null);
                if (same != null) {
                    todo.remove(same);
                } else {
                    m.delete();
                }
            }
            for (MarkerSpec s : todo) {
                create(f, s);
            }
        }
    }

    private static boolean matches(IMarker m, MarkerSpec s) {
        try {
            if (!m.getType().equals(s.type()) || m.getAttribute(IMarker.LINE_NUMBER, -1) != s.line()
                    || m.getAttribute(IMarker.SEVERITY, -1) != s.severity()
                    || !s.message().equals(m.getAttribute(IMarker.MESSAGE, ""))) {
                return false;
            }
            for (Map.Entry<String, String> a : s.attributes().entrySet()) {
                if (!a.getValue().equals(m.getAttribute(a.getKey(), null))) {
                    return false;
                }
            }
            return true;
        } catch (CoreException e) {
            return false;
        }
    }

    private static void create(IFile f, MarkerSpec s) throws CoreException {
        Map<String, Object> attrs = new HashMap<>(s.attributes());
        attrs.put(IMarker.LINE_NUMBER, s.line());
        attrs.put(IMarker.SEVERITY, s.severity());
        attrs.put(IMarker.MESSAGE, s.message());
        f.createMarker(s.type(), attrs);
    }
}
