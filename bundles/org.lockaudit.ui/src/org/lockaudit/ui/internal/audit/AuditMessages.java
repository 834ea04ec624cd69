package org.lockaudit.ui.internal.audit;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the Audit view and its commands (messages.properties next to this class). */
public final class AuditMessages extends NLS {
    private static final String BUNDLE_NAME = "org.lockaudit.ui.internal.audit.messages";

    public static String Audit_label;
    public static String Audit_job;
    public static String Audit_loading;
    public static String Audit_failed;
    public static String Audit_noSources;
    public static String Audit_noLocks;
    public static String Audit_markerMessage;
    public static String Diff_job;
    public static String Diff_failed;
    public static String Diff_chooseBefore_title;
    public static String Diff_chooseBefore_message;
    public static String Diff_isBefore;
    public static String Chooser_title;
    public static String Chooser_message;
    public static String Chooser_wrapper;
    public static String Chooser_global;
    public static String Chooser_member;
    public static String View_empty;
    public static String View_auditTitle;
    public static String View_diffTitle;
    public static String View_auditSummary;
    public static String View_diffSummary;
    public static String View_sections;
    public static String View_protected;
    public static String View_heldForNothing;
    public static String View_leftUnprotected;
    public static String View_diff;
    public static String Col_function;
    public static String Col_span;
    public static String Col_how;
    public static String Col_callees;
    public static String Col_protects;
    public static String Col_field;
    public static String Col_role;
    public static String Col_guard;
    public static String Col_under;
    public static String Col_without;
    public static String Col_location;
    public static String Col_why;
    public static String Col_accesses;
    public static String Col_outcome;
    public static String Col_beforeLock;
    public static String Col_nowProtectedBy;
    public static String Col_after;
    public static String Col_before;
    public static String Role_sole;
    public static String Role_coGuarded;
    public static String Role_needsNoLock;
    public static String HeldForNothing_why;
    public static String Export_label;
    public static String Export_tooltip;
    public static String Export_job;
    public static String Export_failed;
    public static String Open_failed;

    static {
        NLS.initializeMessages(BUNDLE_NAME, AuditMessages.class);
    }

    private AuditMessages() {
    }
}
