package org.lockaudit.ui.internal;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the LockAudit UI (messages.properties). */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.lockaudit.ui.internal.messages";

    public static String AuditJob_name;
    public static String AuditJob_markers;
    public static String AuditJob_failed;
    public static String LockSite_message;
    public static String ExampleImporter_job;
    public static String ProjectAnalysisJob_name;
    public static String ProjectAnalysisJob_failed;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
