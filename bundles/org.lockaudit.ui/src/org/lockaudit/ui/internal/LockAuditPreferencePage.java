package org.lockaudit.ui.internal;

import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.eclipse.core.runtime.preferences.InstanceScope;

/** Window → Preferences → LockAudit: presets, lock API additions, inference threshold, severity per kind. */
public final class LockAuditPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    public LockAuditPreferencePage() {
        super(GRID);
        setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, LockAuditPreferences.NODE));
        setDescription(Messages.Preferences_description);
    }

    @Override
    public void init(IWorkbench workbench) {
    }

    @Override
    protected void createFieldEditors() {
        Composite parent = getFieldEditorParent();
        addField(new StringFieldEditor(LockAuditPreferences.PRESETS, Messages.Preferences_presets, parent));
        addField(new StringFieldEditor(LockAuditPreferences.LOCK_API, Messages.Preferences_lockApi,
                StringFieldEditor.UNLIMITED, 6, StringFieldEditor.VALIDATE_ON_KEY_STROKE, parent));
        IntegerFieldEditor threshold = new IntegerFieldEditor(LockAuditPreferences.INFERENCE_THRESHOLD,
                Messages.Preferences_threshold, parent);
        threshold.setValidRange(1, 100);
        addField(threshold);
        Label heading = new Label(parent, SWT.NONE);
        heading.setText(Messages.Preferences_severities);
        heading.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        String[][] levels = {{Messages.Preferences_error, "error"}, {Messages.Preferences_warning, "warning"},
                {Messages.Preferences_info, "info"}};
        for (String kind : LockAuditPreferences.KINDS) {
            addField(new ComboFieldEditor(LockAuditPreferences.SEVERITY_PREFIX + kind, kind, levels, parent));
        }
    }
}
