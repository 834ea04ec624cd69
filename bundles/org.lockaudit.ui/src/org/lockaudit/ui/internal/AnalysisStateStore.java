package org.lockaudit.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Where a project's analysis state lives: the plug-in's state area, one folder per project, holding the engine's
 * facts cache (EMF binary resources keyed by content hashes). After an IDE restart the analysis re-parses
 * nothing that did not change; the engine discards (and re-creates) any corrupt or stale entry.
 */
public final class AnalysisStateStore {
    private AnalysisStateStore() {
    }

    public static Path stateDir(IProject project) {
        Bundle bundle = FrameworkUtil.getBundle(AnalysisStateStore.class);
        Path base = Platform.getStateLocation(bundle).toPath();
        return base.resolve("projects").resolve(project.getName());
    }

    /** Deletes a project's state (on disable and clean). */
    public static void forget(IProject project) {
        Path dir = stateDir(project);
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            ILog.of(AnalysisStateStore.class).warn("LockAudit: could not delete " + dir, e);
        }
    }
}
