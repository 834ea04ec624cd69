package org.lockaudit.ui.internal.audit;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;

import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.lockaudit.core.FactsAnalysis;
import org.lockaudit.core.FactsResult;
import org.lockaudit.core.config.ConfigException;
import org.lockaudit.core.config.TreeLoader;
import org.lockaudit.core.inference.GuardOptions;
import org.lockaudit.ui.internal.ProjectTree;

/**
 * The facts of the C files of some workspace resources, loaded as every IDE analysis loads them ({@link ProjectTree}).
 * The facts cache lives in the project's state area, so an audit after an analysis (or a second audit) re-parses
 * nothing that did not change.
 *
 * @param facts   the translation units' facts
 * @param options the guard options the configuration implies (declared guards)
 * @param root    the tree's root (the compilation database's or configuration's folder, else the first resource):
 *                report file names are shown relative to it
 */
public record AuditInput(FactsResult facts, GuardOptions options, Path root) {

    /** Loads the facts of {@code resources}' C files (see {@link ProjectTree}); null when there are none. */
    public static AuditInput load(Collection<? extends IResource> resources, IProgressMonitor monitor)
            throws CoreException, ConfigException, IOException {
        ProjectTree pt = ProjectTree.load(resources);
        if (pt == null) {
            return null;
        }
        TreeLoader.Tree tree = pt.tree();
        FactsResult facts = FactsAnalysis.run(tree.config(), tree.units(),
                new FactsAnalysis.Options(tree.cacheDir(), 0, FactsAnalysis.Options.DEFAULT_MAX_FILE_BYTES), monitor);
        return new AuditInput(facts, ProjectTree.guardOptions(tree.config()), pt.root());
    }
}
