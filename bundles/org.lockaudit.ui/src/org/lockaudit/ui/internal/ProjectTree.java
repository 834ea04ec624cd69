package org.lockaudit.ui.internal;

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
import org.lockaudit.core.config.ConfigException;
import org.lockaudit.core.config.ConfigFile;
import org.lockaudit.core.config.TreeConfig;
import org.lockaudit.core.config.TreeLoader;
import org.lockaudit.core.config.UnitFlags;
import org.lockaudit.core.inference.GuardOptions;

/**
 * The tree of some workspace resources' C files, loaded as the command line loads a tree, for every IDE analysis
 * (the project's builder, audits, lock-split comparisons) alike: the {@code compile_commands.json} and
 * {@code lockaudit.json} found from the first file upwards; without a {@code lockaudit.json}, one generated from the
 * workspace preferences; without a compilation database, every folder named {@code include} of the project is an
 * include path. The facts cache lives in the project's state area.
 *
 * @param tree the configuration and translation units
 * @param root the tree's root (the compilation database's or configuration's folder, else the first resource):
 *             report file names are shown relative to it
 */
public record ProjectTree(TreeLoader.Tree tree, Path root) {

    /** The real locations of the {@code .c} files at or below {@code resources}, sorted; hidden folders skipped. */
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

    /** The tree of {@code resources} (all of one project), or null when they hold no C file. */
    public static ProjectTree load(Collection<? extends IResource> resources)
            throws CoreException, ConfigException, IOException {
        List<Path> sources = sources(resources);
        if (sources.isEmpty()) {
            return null;
        }
        IResource first = resources.iterator().next();
        IProject project = first.getProject();
        Path state = AnalysisStateStore.stateDir(project);
        Path start = sources.get(0).getParent();
        Path ownConfig = ConfigFile.find(start);
        Path config = ownConfig != null ? null : LockAuditPreferences.writeConfig(state.resolve("config"));
        Path db = TreeLoader.findUpwards(start, "compile_commands.json");
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
        return new ProjectTree(tree, root);
    }

    /**
     * Engine III's options as the configuration says (declared guards, {@code "inference"}); for a project without
     * its own lockaudit.json that is the one generated from the preferences, threshold included.
     */
    public static GuardOptions guardOptions(TreeConfig config) {
        return GuardOptions.of(config);
    }
}
