package org.lockaudit.core.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;

/**
 * One self-contained HTML page for the guards, audit and diff reports: inline style, a few lines of inline script
 * that sort any {@code table.sortable} by a clicked header (or by the URL hash {@code #sort=TABLE:COLUMN[:desc]},
 * applied on load, so a page can be opened pre-sorted), and source links ({@code file://} URLs with a {@code #L}
 * line anchor). No external resources: it reads from disk without a server.
 */
public final class HtmlPage {
    static final String SCRIPT = "function laSort(t,c,desc){var tb=t.tBodies[0];var rows=Array.prototype.slice.call(tb.rows);"
            + "rows.sort(function(a,b){var x=a.cells[c].getAttribute('data-v')||a.cells[c].textContent;"
            + "var y=b.cells[c].getAttribute('data-v')||b.cells[c].textContent;var nx=parseFloat(x),ny=parseFloat(y);"
            + "var r=(!isNaN(nx)&&!isNaN(ny))?nx-ny:x.localeCompare(y);return desc?-r:r;});"
            + "rows.forEach(function(r){tb.appendChild(r);});t.setAttribute('data-sorted',c+(desc?':desc':':asc'));}\n"
            + "document.addEventListener('DOMContentLoaded',function(){"
            + "Array.prototype.forEach.call(document.querySelectorAll('table.sortable th'),function(th){"
            + "th.addEventListener('click',function(){var t=th.closest('table');var c=th.cellIndex;"
            + "laSort(t,c,t.getAttribute('data-sorted')===c+':asc');});});"
            + "var m=/^#sort=([\\w-]+):(\\d+)(:desc)?$/.exec(location.hash);"
            + "if(m){var t=document.getElementById(m[1]);if(t){laSort(t,+m[2],!!m[3]);}}"
            + "document.body.setAttribute('data-ready','yes');});\n";

    private final StringBuilder b = new StringBuilder();

    public HtmlPage(String title) {
        b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(esc(title))
                .append("</title>\n<style>\n")
                .append("body{font-family:sans-serif;margin:2em;color:#222}h1{font-size:1.4em}h2{font-size:1.15em;margin-top:1.6em}")
                .append("table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #ccc;padding:.2em .6em;text-align:left;vertical-align:top}")
                .append("th{background:#f3f3f3;cursor:pointer}code,.loc{font-family:monospace}.bad{color:#b00;font-weight:bold}")
                .append(".ok{color:#070}.note{color:#666}ul{margin:.2em 0;padding-left:1.2em}\n</style>\n<script>\n")
                .append(SCRIPT).append("</script></head><body>\n<h1>").append(esc(title)).append("</h1>\n");
    }

    public HtmlPage h2(String text) {
        b.append("<h2>").append(esc(text)).append("</h2>\n");
        return this;
    }

    public HtmlPage p(String text) {
        b.append("<p>").append(esc(text)).append("</p>\n");
        return this;
    }

    /** A bulleted list of plain-text items. */
    public HtmlPage list(List<String> items) {
        b.append("<ul>\n");
        for (String s : items) {
            b.append("<li>").append(esc(s)).append("</li>\n");
        }
        b.append("</ul>\n");
        return this;
    }

    /** A sortable table; {@code rows} hold cell HTML (already escaped). */
    public HtmlPage table(String id, List<String> headers, List<List<String>> rows) {
        b.append("<table class=\"sortable\" id=\"").append(esc(id)).append("\"><thead><tr>");
        for (String h : headers) {
            b.append("<th>").append(esc(h)).append("</th>");
        }
        b.append("</tr></thead><tbody>\n");
        for (List<String> r : rows) {
            b.append("<tr>");
            for (String c : r) {
                b.append("<td>").append(c).append("</td>");
            }
            b.append("</tr>\n");
        }
        b.append("</tbody></table>\n");
        return this;
    }

    public void write(Writer out) throws IOException {
        out.write(b.toString());
        out.write("</body></html>\n");
    }

    public static String esc(String s) {
        return HtmlReport.esc(s == null ? "" : s);
    }

    /** {@code <a href="file:///abs/pci.c#L12">pci.c:12</a>}, the text relative to the report's base. */
    public static String sourceLink(ReportPaths paths, String file, int line) {
        String href;
        try {
            href = Path.of(file).toAbsolutePath().normalize().toUri().toString() + "#L" + line;
        } catch (RuntimeException e) {
            href = "#";
        }
        return "<a class=\"loc\" href=\"" + esc(href) + "\">" + esc(paths.display(file) + ":" + line) + "</a>";
    }

    /** Several source links, one per line of a cell. */
    public static String links(ReportPaths paths, List<String[]> fileLines) {
        StringBuilder s = new StringBuilder();
        for (String[] fl : fileLines) {
            s.append(s.length() > 0 ? "<br>" : "").append(fl.length > 2 ? esc(fl[2]) + " " : "")
                    .append(sourceLink(paths, fl[0], Integer.parseInt(fl[1])));
        }
        return s.toString();
    }
}
