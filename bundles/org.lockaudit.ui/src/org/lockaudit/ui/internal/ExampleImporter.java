package org.lockaudit.ui.internal;

import java.io.File;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Path;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.IStartup;

/**
 * Makes example trees ready to use in the workspace when the IDE is started by {@code ./lockaudit ide}: every
 * directory named in the system property {@code lockaudit.import} (separated by {@code :}) becomes a project
 * ({@code pci-before} for {@code examples/pci/before}) whose members are links to the directory's files, so the
 * example folder itself is never written to.
 */
public final class ExampleImporter implements IStartup {
    static final String PROPERTY = "lockaudit.import";

    @Override
    public void earlyStartup() {
        String dirs = System.getProperty(PROPERTY);
        if (dirs == null || dirs.isBlank()) {
            return;
        }
        WorkspaceJob job = new WorkspaceJob(Messages.ExampleImporter_job) {
            @Override
            public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
                for (String dir : dirs.split(File.pathSeparator)) {
                    importTree(new File(dir));
                }
                return Status.OK_STATUS;
            }
        };
        job.setRule(ResourcesPlugin.getWorkspace().getRoot());
        job.schedule();
    }

    /** Creates (once) a project linking the files of {@code dir}; returns it, or null when dir is not a directory. */
    public static IProject importTree(File dir) throws CoreException {
        if (!dir.isDirectory()) {
            return null;
        }
        IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
        IProject project = root.getProject(dir.getParentFile().getName() + "-" + dir.getName());
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
        File[] children = dir.listFiles();
        if (children != null) {
            for (File child : children) {
                Path location = new Path(child.getAbsolutePath());
                IResource existing = project.findMember(child.getName());
                if (existing != null) {
                    continue;
                }
                if (child.isDirectory()) {
                    project.getFolder(child.getName()).createLink(location, IResource.NONE, null);
                } else {
                    project.getFile(child.getName()).createLink(location, IResource.NONE, null);
                }
            }
        }
        return project;
    }
}
