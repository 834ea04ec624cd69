package org.lockaudit.core.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lockaudit.cli.Main;

/**
 * Opens the HTML reports in headless Chromium (skipped only when no chromium is installed) and checks the DOM after
 * the page's script ran: the tables render with the expected rows, the page is self-contained, and a column sorts
 * when the URL hash asks for it ({@code #sort=TABLE:COLUMN:desc}).
 */
class HtmlReportChromiumTest {
    @TempDir
    Path tmp;

    private static String chromium() {
        for (String name : new String[] {"chromium", "chromium-browser", "google-chrome"}) {
            for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
                if (Files.isExecutable(Path.of(dir, name))) {
                    return Path.of(dir, name).toString();
                }
            }
        }
        return null;
    }

    /** Where screenshots go: the test output, kept after the run. */
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private String dumpDom(String browser, String url) throws Exception {
        return chromium(browser, "--dump-dom", url);
    }

    /** A 1400 x 900 screenshot of {@code url} into the test output, as {@code name}. */
    private void screenshot(String browser, String url, String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        chromium(browser, "--screenshot=" + SCREENSHOTS.resolve(name).toAbsolutePath(), url);
        assertTrue(Files.size(SCREENSHOTS.resolve(name)) > 0, name + " written");
    }

    private String chromium(String browser, String mode, String url) throws Exception {
        Path profile = Files.createTempDirectory(tmp, "profile");
        List<String> cmd = new ArrayList<>(List.of(browser, "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1400,900", "--user-data-dir=" + profile, mode, url));
        Process p = new ProcessBuilder(cmd).redirectError(tmp.resolve("chromium.err").toFile()).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "chromium finished");
        return new String(out, StandardCharsets.UTF_8);
    }

    private Path html(String name, String... args) {
        Path out = tmp.resolve(name);
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--format", "html", "-o", out.toString()));
        Main.run(all.toArray(new String[0]));
        assertTrue(Files.exists(out), name + " written");
        return out;
    }

    @Test
    void diffReportRendersAndSortsInChromium() throws Exception {
        String browser = chromium();
        Assumptions.assumeTrue(browser != null, "chromium is not installed");
        Path page = html("diff.html", "diff", "--no-cache", "--lock", "pcidevs_lock", "--before",
                Cli.example("before").toString(), "--after", Cli.example("after").toString());
        String source = Files.readString(page);
        assertTrue(!source.contains("http://") && !source.contains("https://"), "self-contained: no external resource");
        String dom = dumpDom(browser, page.toUri() + "#sort=diff:2:desc");
        assertTrue(dom.contains("data-ready=\"yes\""), "the page's script ran");
        assertTrue(dom.contains("data-sorted=\"2:desc\""), "the outcome column was sorted by the URL hash");
        List<String[]> rows = rows(dom, "diff");
        assertTrue(rows.size() > 30, "diff rows rendered: " + rows.size());
        // Descending by outcome text: "same" rows first, then ... , "UNPROTECTED" (upper case sorts per locale).
        List<String> outcomes = rows.stream().map(r -> r[2]).toList();
        assertEquals(3, outcomes.stream().filter("UNPROTECTED"::equals).count());
        assertTrue(rows.stream().anyMatch(r -> r[0].equals("deassign_device") && r[1].equals("pci_dev.quarantine")
                && r[2].equals("UNPROTECTED")), "deassign_device × quarantine row");
        assertTrue(dom.contains("passthrough.c#L87") || dom.contains("passthrough.c:87"), "the racing read is linked");
        String first = outcomes.get(0);
        String last = outcomes.get(outcomes.size() - 1);
        assertTrue(!first.equals(last), "sorted column groups outcomes: " + outcomes);
    }

    @Test
    void guardsAndAuditReportsRenderInChromium() throws Exception {
        String browser = chromium();
        Assumptions.assumeTrue(browser != null, "chromium is not installed");
        Path guards = html("guards.html", "guards", "--no-cache", "--struct", "pci_dev", Cli.example("after").toString());
        String dom = dumpDom(browser, guards.toUri() + "#sort=fields:0");
        assertTrue(dom.contains("data-sorted=\"0:asc\""));
        List<String[]> rows = rows(dom, "fields");
        List<String> names = rows.stream().map(r -> r[0]).toList();
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(null);
        assertEquals(sorted, names, "sorted by field name");
        assertTrue(rows.stream().anyMatch(r -> r[0].equals("pci_dev.quarantine") && r[1].startsWith("pci_dev.lock")));
        assertTrue(dom.contains("href=\"file:"), "source links");

        Path audit = html("audit.html", "audit", "--no-cache", "--lock", "pcidevs_lock", Cli.example("before").toString());
        String adom = dumpDom(browser, audit.toUri().toString());
        List<String[]> sections = rows(adom, "sections");
        assertEquals(2, sections.stream().filter(r -> r[5].equals("held for nothing")).count(), "held-for-nothing rows");
    }

    /**
     * At 1400 px every report fits the window (the guards table used to cut off its counter-examples column), the
     * analyze report filters by kind from the URL hash, and each page is kept as a screenshot in the test output.
     */
    @Test
    void reportsFit1400PixelsAndFilter() throws Exception {
        String browser = chromium();
        Assumptions.assumeTrue(browser != null, "chromium is not installed");
        Path guards = html("guards-all.html", "guards", "--no-cache", Cli.example("after").toString());
        String gdom = dumpDom(browser, guards.toUri().toString());
        assertTrue(gdom.contains("data-overflow=\"no\""), "guards report fits 1400 px");
        screenshot(browser, guards.toUri().toString(), "guards-1400.png");
        Path audit = html("audit-all.html", "audit", "--no-cache", "--lock", "pcidevs_lock", Cli.example("before").toString());
        assertTrue(dumpDom(browser, audit.toUri().toString()).contains("data-overflow=\"no\""), "audit report fits");
        screenshot(browser, audit.toUri().toString(), "audit-1400.png");
        Path analyze = html("analyze.html", "analyze", "--no-cache", Cli.example("before").toString());
        String adom = dumpDom(browser, analyze.toUri() + "#filter=kind=double-acquire");
        assertTrue(adom.contains("data-overflow=\"no\""), "analyze report fits");
        assertTrue(adom.contains("data-filtered=\"kind=double-acquire\""), "filtered from the URL hash");
        Matcher shown = Pattern.compile("<div class=\"finding filterable( hidden)?\"").matcher(adom);
        int visible = 0, hidden = 0;
        while (shown.find()) {
            if (shown.group(1) == null) {
                visible++;
            } else {
                hidden++;
            }
        }
        assertEquals(1, visible, "one double-acquire shown");
        assertEquals(4, hidden, "the other findings hidden");
        screenshot(browser, analyze.toUri().toString(), "analyze-1400.png");
    }

    /** The text of each cell of each body row of table {@code id}. */
    private static List<String[]> rows(String dom, String id) {
        int start = dom.indexOf("id=\"" + id + "\"");
        assertTrue(start >= 0, "table " + id + " in the DOM");
        int body = dom.indexOf("<tbody>", start);
        int end = dom.indexOf("</tbody>", body);
        List<String[]> out = new ArrayList<>();
        Matcher tr = Pattern.compile("<tr[^>]*>(.*?)</tr>", Pattern.DOTALL).matcher(dom.substring(body, end));
        while (tr.find()) {
            Matcher td = Pattern.compile("<td>(.*?)</td>", Pattern.DOTALL).matcher(tr.group(1));
            List<String> cells = new ArrayList<>();
            while (td.find()) {
                cells.add(td.group(1).replaceAll("<[^>]+>", "").replace("&amp;", "&").trim());
            }
            out.add(cells.toArray(new String[0]));
        }
        return out;
    }
}
