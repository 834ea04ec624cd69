package org.lockaudit.ui.internal;

import java.util.Arrays;

import org.eclipse.core.resources.ICommand;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IProjectNature;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.lockaudit.ui.LockAuditMarkers;

/** Opt-in per project: the nature installs the LockAudit builder; removing it removes the builder and markers. */
public final class LockAuditNature implements IProjectNature {
    public static final String ID = "org.lockaudit.ui.nature";
    public static final String BUILDER_ID = "org.lockaudit.ui.builder";

    private IProject project;

    public static boolean isEnabled(IProject project) {
        try {
            return project.isOpen() && project.hasNature(ID);
        } catch (CoreException e) {
            return false;
        }
    }

    /** Adds or removes the nature (and so the builder); disabling also deletes LockAudit's markers and state. */
    public static void setEnabled(IProject project, boolean enabled) throws CoreException {
        IProjectDescription d = project.getDescription();
        String[] natures = d.getNatureIds();
        boolean has = Arrays.asList(natures).contains(ID);
        if (enabled == has) {
            return;
        }
        d.setNatureIds(enabled ? append(natures, ID)
                : Arrays.stream(natures).filter(n -> !n.equals(ID)).toArray(String[]::new));
        project.setDescription(d, null);
        if (!enabled) {
            project.deleteMarkers(LockAuditMarkers.PROBLEM, true, IResource.DEPTH_INFINITE);
            AnalysisStateStore.forget(project);
        }
    }

    @Override
    public void configure() throws CoreException {
        IProjectDescription d = project.getDescription();
        ICommand[] commands = d.getBuildSpec();
        for (ICommand c : commands) {
            if (BUILDER_ID.equals(c.getBuilderName())) {
                return;
            }
        }
        ICommand command = d.newCommand();
        command.setBuilderName(BUILDER_ID);
        ICommand[] updated = Arrays.copyOf(commands, commands.length + 1);
        updated[commands.length] = command;
        d.setBuildSpec(updated);
        project.setDescription(d, null);
    }

    @Override
    public void deconfigure() throws CoreException {
        IProjectDescription d = project.getDescription();
        d.setBuildSpec(Arrays.stream(d.getBuildSpec()).filter(c -> !BUILDER_ID.equals(c.getBuilderName()))
                .toArray(ICommand[]::new));
        project.setDescription(d, null);
    }

    @Override
    public IProject getProject() {
        return project;
    }

    @Override
    public void setProject(IProject project) {
        this.project = project;
    }

    private static String[] append(String[] a, String s) {
        String[] r = Arrays.copyOf(a, a.length + 1);
        r[a.length] = s;
        return r;
    }
}
