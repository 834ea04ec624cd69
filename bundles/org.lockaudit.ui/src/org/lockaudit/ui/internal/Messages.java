package org.lockaudit.ui.internal;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the LockAudit UI (messages.properties). */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.lockaudit.ui.internal.messages";

    public static String ExampleImporter_job;
    public static String ProjectAnalysisJob_name;
    public static String ProjectAnalysisJob_stateDiscarded;
    public static String Preferences_description;
    public static String Hover_status;
    public static String Fix_suppress_title;
    public static String Fix_suppress_prompt;
    public static String Fix_suppress_needReason;
    public static String Fix_suppress_label;
    public static String Fix_suppress_description;
    public static String Fix_lockPair_label;
    public static String Fix_assert_label;
    public static String Preferences_presets;
    public static String Preferences_lockApi;
    public static String Preferences_threshold;
    public static String Preferences_severities;
    public static String Preferences_error;
    public static String Preferences_warning;
    public static String Preferences_info;
    public static String ProjectAnalysisJob_failed;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
