package org.lockaudit.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.junit.jupiter.api.Test;
import org.lockaudit.ui.LockAuditMarkers;
import org.lockaudit.ui.internal.LockAuditNature;
import org.lockaudit.ui.internal.LockAuditPreferences;
import org.lockaudit.ui.internal.ProjectAnalysisJob;

/** Opt-in per project: enabling adds the builder, whose analysis Job publishes markers; disabling removes them. */
class NatureAndBuilderUiTest {

    @Test
    void enableAnalysesOnSaveAndDisableRemovesEverything() throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("nature-test");
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
        IFile file = project.getFile("drv.c");
        write(file, "#include \"missing.h\"\nint f(void) { return 0; }\n");

        LockAuditNature.setEnabled(project, true);
        assertTrue(project.hasNature(LockAuditNature.ID));
        assertTrue(java.util.Arrays.stream(project.getDescription().getBuildSpec())
                .anyMatch(c -> LockAuditNature.BUILDER_ID.equals(c.getBuilderName())), "builder installed");

        // a save triggers the builder, which schedules the project's analysis job
        write(file, "#include \"missing.h\"\nint f(void) { return 1; }\n");
        waitForAnalysis(project);
        IMarker[] diags = file.findMarkers(LockAuditMarkers.DIAGNOSTIC, false, IResource.DEPTH_ZERO);
        assertEquals(1, diags.length, "the unresolved include is reported where it is");
        assertEquals(1, diags[0].getAttribute(IMarker.LINE_NUMBER, -1));
        assertTrue(diags[0].getAttribute(IMarker.MESSAGE, "").contains("missing.h"),
                diags[0].getAttribute(IMarker.MESSAGE, ""));
        assertTrue(diags[0].isSubtypeOf(IMarker.PROBLEM));
        long id = diags[0].getId();

        // fixing the include removes the marker; an unrelated re-run keeps unchanged markers in place
        write(file, "#include \"missing.h\"\nint f(void) { return 2; }\n");
        waitForAnalysis(project);
        IMarker[] again = file.findMarkers(LockAuditMarkers.DIAGNOSTIC, false, IResource.DEPTH_ZERO);
        assertEquals(1, again.length);
        assertEquals(id, again[0].getId(), "an unchanged finding keeps its marker");
        write(file, "int f(void) { return 3; }\n");
        waitForAnalysis(project);
        assertEquals(0, file.findMarkers(LockAuditMarkers.DIAGNOSTIC, false, IResource.DEPTH_ZERO).length);

        write(file, "#include \"missing.h\"\n");
        waitForAnalysis(project);
        assertEquals(1, file.findMarkers(LockAuditMarkers.PROBLEM, true, IResource.DEPTH_ZERO).length);
        LockAuditNature.setEnabled(project, false);
        assertFalse(project.hasNature(LockAuditNature.ID));
        assertEquals(0, file.findMarkers(LockAuditMarkers.PROBLEM, true, IResource.DEPTH_ZERO).length,
                "disabling removes LockAudit's markers");
    }

    @Test
    void workspacePreferencesAreTheConfigurationOfProjectsWithoutLockauditJson() throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("prefs-test");
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
        write(project.getFile("a.c"), "int f(void) { return 0; }\n");
        org.eclipse.core.runtime.preferences.IEclipsePreferences prefs =
                org.eclipse.core.runtime.preferences.InstanceScope.INSTANCE.getNode(LockAuditPreferences.NODE);
        prefs.put(LockAuditPreferences.LOCK_API, "[{\"name\": \"my_lock\", \"op\": \"frobnicate\"}]");
        try {
            LockAuditNature.setEnabled(project, true);
            write(project.getFile("a.c"), "int f(void) { return 1; }\n");
            waitForAnalysis(project);
            IMarker[] config = project.findMarkers(LockAuditMarkers.PROBLEM, true, IResource.DEPTH_ZERO);
            assertEquals(1, config.length, "a bad lock API entry in the preferences is a configuration error");
            assertEquals("configuration", config[0].getAttribute(LockAuditMarkers.ATTR_KIND, ""));
            assertTrue(config[0].getAttribute(IMarker.MESSAGE, "").contains("my_lock"),
                    config[0].getAttribute(IMarker.MESSAGE, ""));
        } finally {
            prefs.remove(LockAuditPreferences.LOCK_API);
        }
        write(project.getFile("a.c"), "int f(void) { return 2; }\n");
        waitForAnalysis(project);
        assertEquals(0, project.findMarkers(LockAuditMarkers.PROBLEM, true, IResource.DEPTH_ZERO).length,
                "fixing the preference clears the configuration error");
        LockAuditNature.setEnabled(project, false);
    }

    @Test
    void thePreferencePageOpens() throws Exception {
        org.eclipse.jface.preference.PreferenceDialog dialog = org.eclipse.ui.dialogs.PreferencesUtil
                .createPreferenceDialogOn(null, "org.lockaudit.ui.preferences", null, null);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            assertNotNull(dialog.getSelectedPage());
            assertEquals("org.lockaudit.ui.internal.LockAuditPreferencePage",
                    dialog.getSelectedPage().getClass().getName());
            Screenshots.save("preferences");
        } finally {
            dialog.close();
        }
    }

    static void waitForAnalysis(IProject project) throws Exception {
        Job.getJobManager().join(ResourcesPlugin.FAMILY_AUTO_BUILD, null);
        ProjectAnalysisJob job = ProjectAnalysisJob.of(project);
        assertNotNull(job, "the builder scheduled an analysis");
        Job.getJobManager().join(LockAuditMarkers.JOB_FAMILY, null);
    }

    static void write(IFile f, String text) throws Exception {
        ByteArrayInputStream in = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
        if (f.exists()) {
            f.setContents(in, true, false, null);
        } else {
            f.create(in, true, null);
        }
    }
}
