package org.lockaudit.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;

import picocli.CommandLine.Parameters;

/**
 * The options every command shares to say what to analyse and how to parse it; use as
 * {@code @Mixin TreeOptions tree;} then {@link #facts(IProgressMonitor)} (or {@link #load()} +
 * {@link #analysisOptions}).
 */
public final class TreeOptions extends TreeSettings {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "C files or directories to analyse")
    void paths(List<Path> p) {
        paths = new ArrayList<>(p);
    }
}
