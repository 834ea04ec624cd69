package org.lockaudit.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IMarker;
import org.lockaudit.core.check.EvidencePath;
import org.lockaudit.core.check.EvidenceStep;
import org.lockaudit.core.check.Finding;
import org.lockaudit.core.facts.Diagnostic;
import org.lockaudit.core.facts.Function;
import org.lockaudit.core.facts.TranslationUnitFacts;
import org.lockaudit.core.fix.LockSpelling;
import org.lockaudit.ui.LockAuditMarkers;

/** Turns the engine's results into {@link MarkerSpec}s: one marker type per finding kind. */
final class FindingMarkers {
    private FindingMarkers() {
    }

    /** The marker type of a finding kind id ({@code double-acquire} → {@code org.lockaudit.ui.doubleAcquire}). */
    static String markerType(String kindId) {
        StringBuilder b = new StringBuilder("org.lockaudit.ui.");
        boolean upper = false;
        for (char c : kindId.toCharArray()) {
            if (c == '-') {
                upper = true;
            } else {
                b.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return b.toString();
    }

    /** Lock-discipline findings: one marker each, of its kind's type, with the evidence path as an attribute. */
    static List<MarkerSpec> findings(List<Finding> findings, LockSpelling spelling, List<TranslationUnitFacts> units) {
        Map<String, Integer> functionLines = new java.util.HashMap<>();
        for (TranslationUnitFacts tu : units) {
            for (Function fn : tu.getFunctions()) {
                functionLines.putIfAbsent(fn.getFile() + "#" + fn.getName(), fn.getStartLine());
            }
        }
        List<MarkerSpec> specs = new ArrayList<>();
        for (Finding f : findings) {
            Map<String, String> attrs = new java.util.LinkedHashMap<>();
            if (!f.locks().isEmpty()) {
                spelling.of(f.locks().get(0)).ifPresent(s -> {
                    attrs.put(LockAuditMarkers.ATTR_FIX_ACQUIRE, s.acquire());
                    attrs.put(LockAuditMarkers.ATTR_FIX_RELEASE, s.release());
                    if (s.assertion() != null) {
                        attrs.put(LockAuditMarkers.ATTR_FIX_ASSERT, s.assertion());
                    }
                });
            }
            Integer fnLine = functionLines.get(f.file() + "#" + f.function());
            if (fnLine != null) {
                attrs.put(LockAuditMarkers.ATTR_FUNCTION_LINE, String.valueOf(fnLine));
            }
            attrs.put(LockAuditMarkers.ATTR_KIND, f.kind().id());
            attrs.put(LockAuditMarkers.ATTR_LOCK, String.join(", ", f.locks()));
            attrs.put(LockAuditMarkers.ATTR_FUNCTION, f.function());
            attrs.put(LockAuditMarkers.ATTR_EVIDENCE, evidence(f));
            attrs.put(LockAuditMarkers.ATTR_FINGERPRINT, f.fingerprint());
            specs.add(new MarkerSpec(markerType(f.kind().id()), f.file(), f.line(),
                    LockAuditPreferences.severity(f.kind().id()), f.message(), attrs));
        }
        return specs;
    }

    /** The evidence paths as lines: {@code label:} then {@code file:line: what  held: {...}} per step. */
    static String evidence(Finding f) {
        StringBuilder b = new StringBuilder();
        for (EvidencePath p : f.evidence()) {
            b.append(p.label()).append(":\n");
            for (EvidenceStep s : p.steps()) {
                b.append("  ").append(s.file()).append(':').append(s.line()).append(": ").append(s.message())
                        .append("  held: ").append(s.heldAfter()).append('\n');
            }
        }
        return b.toString();
    }

    /** Front-end diagnostics (syntax errors, missing includes, limits): warnings that the analysis is partial there. */
    static List<MarkerSpec> diagnostics(List<Diagnostic> diagnostics) {
        List<MarkerSpec> specs = new ArrayList<>();
        for (Diagnostic d : diagnostics) {
            if (d.getFile() == null) {
                continue;
            }
            specs.add(new MarkerSpec(LockAuditMarkers.DIAGNOSTIC, d.getFile(), Math.max(1, d.getLine()),
                    IMarker.SEVERITY_WARNING, d.getMessage(),
                    Map.of(LockAuditMarkers.ATTR_KIND, "diagnostic." + d.getKind().getLiteral().toLowerCase())));
        }
        return specs;
    }
}
