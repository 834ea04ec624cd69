package org.lockaudit.core.explain;

import java.util.List;

/**
 * What a maintainer wants to know about one field access, in one glance: the field, its guard (declared or
 * inferred, with support), the locks held here (certainly: in every calling context and on every path; possibly:
 * in some), the verdict and why.
 */
public record AccessExplanation(String field, String guard, String support, String declaredAt, List<String> certainlyHeld,
        List<String> possiblyHeld, Verdict verdict, String why, int contexts) {

    public AccessExplanation {
        certainlyHeld = List.copyOf(certainlyHeld);
        possiblyHeld = List.copyOf(possiblyHeld);
    }

    /** Short HTML for an editor hover. */
    public String toHtml() {
        StringBuilder b = new StringBuilder();
        b.append("<b>").append(esc(field)).append("</b><br>");
        b.append("Guard: ").append(esc(guard));
        if (declaredAt != null) {
            b.append(" (declared at ").append(esc(declaredAt)).append(')');
        } else if (support != null) {
            b.append(" (inferred: ").append(esc(support)).append(')');
        }
        b.append("<br>Held here: ").append(certainlyHeld.isEmpty() ? "no lock" : esc(String.join(", ", certainlyHeld)));
        if (!possiblyHeld.isEmpty()) {
            b.append("<br>Possibly held: ").append(esc(String.join(", ", possiblyHeld)));
        }
        b.append("<br>Verdict: <b>").append(verdict.text()).append("</b>");
        if (why != null && !why.isEmpty()) {
            b.append(" \u2014 ").append(esc(why));
        }
        return b.toString();
    }

    /** The same as plain text lines (for markers and the command line). */
    public String toText() {
        return toHtml().replace("<br>", "\n").replaceAll("<[^>]+>", "").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
