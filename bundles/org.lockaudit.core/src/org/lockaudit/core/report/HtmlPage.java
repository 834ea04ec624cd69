package org.lockaudit.core.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One self-contained HTML page for every report, filled into the template resource {@code report.html}: the
 * title, a summary, filters (by kind, file and lock where the report has them, and a text box), a table of
 * contents of the sections, and the content. Its inline script sorts any {@code table.sortable} by a clicked header
 * (or by the URL hash {@code #sort=TABLE:COLUMN[:desc]}), filters every {@code .filterable} item (also from
 * {@code #filter=kind=K&file=F&lock=L&text=T}), and marks {@code body} with {@code data-ready} and
 * {@code data-overflow} (whether the page is wider than the window). Source links are {@code file://} URLs with a
 * {@code #L} line anchor. No external resources: it reads from disk without a server.
 */
public final class HtmlPage {
    static final String TEMPLATE = "report.html";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\w+)\\}\\}");

    private final String title;
    private final StringBuilder summary = new StringBuilder();
    private final StringBuilder filters = new StringBuilder();
    private final StringBuilder toc = new StringBuilder("<ul>\n");
    private final StringBuilder b = new StringBuilder();
    private int sections;

    public HtmlPage(String title) {
        this.title = title;
    }

    /** A paragraph under the title. */
    public HtmlPage summary(String text) {
        summary.append("<p>").append(esc(text)).append("</p>\n");
        return this;
    }

    /** A drop-down filter ({@code kind}, {@code file} or {@code lock}) over the items' {@code data-NAME} attribute. */
    public HtmlPage filter(String name, String label, Collection<String> values) {
        filters.append("<label>").append(esc(label)).append(" <select data-filter=\"").append(esc(name))
                .append("\"><option value=\"\">all</option>");
        for (String v : values) {
            filters.append("<option>").append(esc(v)).append("</option>");
        }
        filters.append("</select></label>\n");
        return this;
    }

    /** A section heading with an anchor, listed in the table of contents. */
    public HtmlPage h2(String text) {
        String id = "s" + (++sections);
        b.append("<h2 id=\"").append(id).append("\">").append(esc(text)).append("</h2>\n");
        return toc(id, text);
    }

    /** A table-of-contents entry to an anchor of the content. */
    public HtmlPage toc(String id, String text) {
        toc.append("<li><a href=\"#").append(esc(id)).append("\">").append(esc(text)).append("</a></li>\n");
        return this;
    }

    /** Table-of-contents entries nested under the last one. */
    public HtmlPage tocSub(List<String[]> idsAndTexts) {
        if (idsAndTexts.isEmpty()) {
            return this;
        }
        int end = toc.lastIndexOf("</li>\n");
        StringBuilder sub = new StringBuilder("<ul>\n");
        for (String[] e : idsAndTexts) {
            sub.append("<li><a href=\"#").append(esc(e[0])).append("\">").append(esc(e[1])).append("</a></li>\n");
        }
        sub.append("</ul>");
        toc.insert(end, sub);
        return this;
    }

    public HtmlPage p(String text) {
        b.append("<p>").append(esc(text)).append("</p>\n");
        return this;
    }

    /** HTML already escaped. */
    public HtmlPage raw(String html) {
        b.append(html);
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

    /** A sortable table whose rows the text filter narrows; {@code rows} hold cell HTML (already escaped). */
    public HtmlPage table(String id, List<String> headers, List<List<String>> rows) {
        b.append("<table class=\"sortable\" id=\"").append(esc(id)).append("\"><thead><tr>");
        for (String h : headers) {
            b.append("<th>").append(esc(h)).append("</th>");
        }
        b.append("</tr></thead><tbody>\n");
        for (List<String> r : rows) {
            b.append("<tr class=\"filterable\">");
            for (String c : r) {
                b.append("<td>").append(c).append("</td>");
            }
            b.append("</tr>\n");
        }
        b.append("</tbody></table>\n");
        return this;
    }

    public void write(Writer out) throws IOException {
        String f = filters + "<label>Text <input type=\"search\" data-filter=\"text\" placeholder=\"filter\"></label>"
                + "<span class=\"note\"><span id=\"shown\"></span> shown</span>";
        String page = fill(template(), java.util.Map.of("title", esc(title), "summary", summary.toString(),
                "filters", f, "toc", toc + "</ul>", "content", b.toString()));
        out.write(page);
    }

    /** The template with each {@code {{name}}} replaced once (values are not scanned again). */
    static String fill(String template, java.util.Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder s = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(s, Matcher.quoteReplacement(values.getOrDefault(m.group(1), "")));
        }
        m.appendTail(s);
        return s.toString();
    }

    static String template() {
        try (InputStream in = HtmlPage.class.getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException("report template " + TEMPLATE + " missing from the installation");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The section listing the units not analysed, to insert before {@code </main>}. */
    public static String skippedSection(List<SkippedUnit> skipped, ReportPaths paths) {
        StringBuilder s = new StringBuilder("<h2 id=\"skipped\">Skipped units (not analysed): ").append(skipped.size())
                .append("</h2>\n<ul>\n");
        for (SkippedUnit u : skipped) {
            s.append("<li>").append(sourceLink(paths, u.file(), 1)).append(": ").append(esc(u.reason())).append("</li>\n");
        }
        return s.append("</ul>\n").toString();
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
