package org.lockaudit.core.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lockaudit.core.AnalysisResult;

/**
 * Compares findings with the expectations written in C files: {@code /* @expect kind[, kind] *}{@code /} on a line
 * wants each such finding at that line; {@code /* @expect-none *}{@code /} wants no finding of the checked kinds
 * there; and an annotated file may have no finding that is not expected. Only the kinds in {@code checked} count
 * (other engines' expectations, such as {@code held-for-nothing}, are ignored).
 */
final class ExpectationRunner {
    private static final Pattern EXPECT = Pattern.compile("@expect(-none)?(?:\\s+([a-z][a-z, -]*[a-z]))?");

    private ExpectationRunner() {
    }

    /** Mismatches, one line each; empty when everything matches. */
    static List<String> mismatches(AnalysisResult result, List<Path> files, Set<String> checked) throws IOException {
        Set<String> expected = new TreeSet<>();
        Set<String> none = new TreeSet<>();
        for (Path f : files) {
            List<String> lines = Files.readAllLines(f);
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = EXPECT.matcher(lines.get(i));
                while (m.find()) {
                    String key = f.getFileName() + ":" + (i + 1);
                    if (m.group(1) != null) {
                        none.add(key);
                    } else if (m.group(2) != null) {
                        for (String k : m.group(2).split("[,\\s]+")) {
                            if (checked.contains(k)) {
                                expected.add(key + ": " + k);
                            }
                        }
                    }
                }
            }
        }
        Set<String> actual = new TreeSet<>();
        List<String> details = new ArrayList<>();
        for (Finding f : result.findings()) {
            String key = Path.of(f.file()).getFileName() + ":" + f.line() + ": " + f.kind().id();
            actual.add(key);
            details.add(key + " " + f.message());
        }
        List<String> out = new ArrayList<>();
        for (String e : expected) {
            if (!actual.contains(e)) {
                out.add("missing   " + e);
            }
        }
        for (String a : actual) {
            if (!expected.contains(a)) {
                String at = a.substring(0, a.lastIndexOf(':'));
                out.add((none.contains(at) ? "expect-none violated " : "unexpected ") + details.stream()
                        .filter(d -> d.startsWith(a + " ")).findFirst().orElse(a));
            }
        }
        return out;
    }

    static Set<String> allKinds() {
        Set<String> s = new TreeSet<>();
        for (FindingKind k : FindingKind.values()) {
            s.add(k.id());
        }
        return s;
    }
}
