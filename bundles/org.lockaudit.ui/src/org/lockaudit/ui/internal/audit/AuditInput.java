package org.lockaudit.ui.internal.audit;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.lockaudit.core.FactsAnalysis;
import org.lockaudit.core.FactsResult;
import org.lockaudit.core.config.ConfigException;
import org.lockaudit.core.config.ConfigFile;
import org.lockaudit.core.config.TreeLoader;
import org.lockaudit.core.config.UnitFlags;
import org.lockaudit.core.inference.GuardOptions;
import org.lockaudit.ui.internal.AnalysisStateStore;
import org.lockaudit.ui.internal.LockAuditPreferences;

/**
 * The facts of the C files of some workspace resources, loaded as the command line loads a tree: the
 * {@code compile_commands.json} and {@code lockaudit.json} found from the first file upwards; without a project
 * {@code lockaudit.json}, the workspace preferences; without a compilation database, every folder named
 * {@code include} of the project is an include path. The facts cache lives in the project's state area, so an
 * audit after an analysis (or a second audit) re-parses nothing that did not change.
 *
 * @param facts   the translation units' facts
 * @param options the guard options the configuration implies (declared guards)
 * @param root    the tree's root (the compilation database's or configuration's folder, else the first resource):
 *                report file names are shown relative to it
 */
public record AuditInput(FactsResult facts, GuardOptions options, Path root) {

    /** The real locations of the {@code .c} files at or below {@code resources}, sorted. */
    public static List<Path> sources(Collection<? extends IResource> resources) throws CoreException {
        TreeSet<Path> files = new TreeSet<>();
        for (IResource r : resources) {
            if (!r.isAccessible()) {
                continue;
            }
            r.accept(child -> {
                if (child instanceof IFile f && "c".equals(f.getFileExtension()) && f.getLocation() != null) {
                    files.add(f.getLocation().toPath().toAbsolutePath().normalize());
                }
                return !(child instanceof IContainer c) || !c.getName().startsWith(".") || c == r;
            });
        }
        return new ArrayList<>(files);
    }

    /** Loads the facts of {@code resources}' C files; an empty source list is the caller's business. */
    public static AuditInput load(Collection<? extends IResource> resources, IProgressMonitor monitor)
            throws CoreException, ConfigException, IOException {
        List<Path> sources = sources(resources);
        if (sources.isEmpty()) {
            return null;
        }
        IProject project = resources.iterator().next().getProject();
        Path state = AnalysisStateStore.stateDir(project);
        Path start = sources.get(0).getParent();
        Path ownConfig = ConfigFile.find(start);
        Path config = ownConfig != null ? null : LockAuditPreferences.writeConfig(state.resolve("config"));
        Path db = TreeLoader.findUpwards(start, "compile_commands.json");
        IResource first = resources.iterator().next();
        Path root = db != null ? db.getParent() : ownConfig != null ? ownConfig.getParent()
                : first.getLocation() == null ? start
                : first instanceof IContainer ? first.getLocation().toPath() : first.getLocation().toPath().getParent();
        UnitFlags flags = null;
        if (db == null) {
            UnitFlags.Builder b = new UnitFlags.Builder();
            project.accept(child -> {
                if (child instanceof IContainer c && "include".equals(c.getName()) && c.getLocation() != null) {
                    b.includePath(c.getLocation().toPath());
                }
                return true;
            });
            flags = b.build();
        }
        TreeLoader.Tree tree = TreeLoader.load(new TreeLoader.Request(sources, flags, null, false, config, null, null,
                state, false));
        FactsResult facts = FactsAnalysis.run(tree.config(), tree.units(),
                new FactsAnalysis.Options(tree.cacheDir(), 0, FactsAnalysis.Options.DEFAULT_MAX_FILE_BYTES), monitor);
        GuardOptions options = GuardOptions.defaults().withConfigGuards(tree.config().guards());
        return new AuditInput(facts, options, root);
    }
}
