package org.lockaudit.ui;

/** Marker types and attributes contributed by LockAudit (see plugin.xml). */
public final class LockAuditMarkers {
    /** Base type of every LockAudit marker; a subtype of the platform problem marker. */
    public static final String PROBLEM = "org.lockaudit.ui.problem";
    /** A front-end diagnostic: the analysis of that place is partial (syntax error, missing include, limit). */
    public static final String DIAGNOSTIC = "org.lockaudit.ui.diagnostic";
    /** An acquisition site of the audited lock. */
    public static final String LOCK_SITE = "org.lockaudit.ui.lockSite";

    /** Finding kind id or {@code lock-site}. */
    public static final String ATTR_KIND = "org.lockaudit.kind";
    /** Canonical id of the lock concerned. */
    public static final String ATTR_LOCK = "org.lockaudit.lock";
    /** Function containing the site. */
    public static final String ATTR_FUNCTION = "org.lockaudit.function";

    /** The evidence path(s) of a finding, one step a line. */
    public static final String ATTR_EVIDENCE = "org.lockaudit.evidence";
    /** The finding's line-independent fingerprint (as in baselines). */
    public static final String ATTR_FINGERPRINT = "org.lockaudit.fingerprint";

    /** Quick-fix texts: how this code base takes, releases and asserts the finding's lock. */
    public static final String ATTR_FIX_ACQUIRE = "org.lockaudit.fix.acquire";
    public static final String ATTR_FIX_RELEASE = "org.lockaudit.fix.release";
    public static final String ATTR_FIX_ASSERT = "org.lockaudit.fix.assert";
    /** First line of the function containing the finding. */
    public static final String ATTR_FUNCTION_LINE = "org.lockaudit.functionLine";

    /** Job family of every LockAudit job, to join or cancel them. */
    public static final Object JOB_FAMILY = LockAuditMarkers.class;

    private LockAuditMarkers() {
    }
}
