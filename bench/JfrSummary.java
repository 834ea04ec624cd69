import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Summarises a JFR recording's execution samples: the hottest methods by self time, and by "phase" (the
 * outermost LockAudit frame class that matches a known phase). Run as a single-file program:
 * {@code java bench/JfrSummary.java rec.jfr [top]}.
 */
public final class JfrSummary {
    public static void main(String[] args) throws Exception {
        int top = args.length > 1 ? Integer.parseInt(args[1]) : 25;
        String focus = args.length > 2 ? args[2] : null;
        Map<String, Integer> via = new HashMap<>();
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> phase = new HashMap<>();
        Map<String, Integer> pkg = new HashMap<>();
        int total = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(Path.of(args[0]))) {
            if (!e.getEventType().getName().equals("jdk.ExecutionSample")) {
                continue;
            }
            RecordedStackTrace st = e.getStackTrace();
            if (st == null || st.getFrames().isEmpty()) {
                continue;
            }
            total++;
            List<RecordedFrame> frames = st.getFrames();
            RecordedFrame f0 = frames.get(0);
            self.merge(name(f0), 1, Integer::sum);
            String cls = f0.getMethod().getType().getName();
            pkg.merge(cls.substring(0, Math.max(0, cls.lastIndexOf('.'))), 1, Integer::sum);
            phase.merge(phaseOf(frames), 1, Integer::sum);
            if (focus != null) {
                // the LockAudit frames leading to the first frame matching focus: who causes that cost
                for (int i = 0; i < frames.size(); i++) {
                    if (name(frames.get(i)).contains(focus)) {
                        StringBuilder chain = new StringBuilder();
                        int n = 0;
                        for (int j = i + 1; j < frames.size() && n < 3; j++) {
                            String c = name(frames.get(j));
                            if (c.startsWith("org.lockaudit")) {
                                chain.append(n++ == 0 ? "" : " < ").append(c.substring(c.lastIndexOf('.', c.lastIndexOf('.') - 1) + 1))
                                        .append(':').append(frames.get(j).getLineNumber());
                            }
                        }
                        via.merge(chain.toString(), 1, Integer::sum);
                        break;
                    }
                }
            }
        }
        System.out.printf("%d execution samples%n%nby phase (innermost LockAudit phase on the stack):%n", total);
        print(phase, total, top);
        System.out.printf("%nby package (self):%n");
        print(pkg, total, 15);
        System.out.printf("%nhottest methods (self):%n");
        print(self, total, top);
        if (focus != null) {
            System.out.printf("%nsamples under %s, by LockAudit caller:%n", focus);
            print(via, total, top);
        }
    }

    private static String phaseOf(List<RecordedFrame> frames) {
        for (RecordedFrame f : frames) {
            String c = f.getMethod().getType().getName();
            String m = f.getMethod().getName();
            if (c.startsWith("org.eclipse.cdt.internal.core.parser.scanner")) {
                return "parse: preprocessor (CDT scanner)";
            }
            if (c.startsWith("org.eclipse.cdt.internal.core.dom.parser")
                    && (c.contains("GNUCSourceParser") || c.contains("AbstractGNUSourceCodeParser"))) {
                return "parse: syntax (CDT parser)";
            }
            if (c.startsWith("org.lockaudit.core.frontend.Fidelity")) {
                return "extract: fidelity walk";
            }
            if (c.startsWith("org.lockaudit.core.extract")) {
                return "extract: facts (" + c.substring(c.lastIndexOf('.') + 1) + ")";
            }
            if (c.startsWith("org.lockaudit.core.cache")) {
                return "facts cache";
            }
            if (c.startsWith("org.lockaudit.core.summary.SummaryComputer")) {
                return "summaries";
            }
            if (c.startsWith("org.lockaudit.core.summary.EntryContexts")) {
                return "entry contexts + checks";
            }
            if (c.startsWith("org.lockaudit.core.program")) {
                return "program/call graph";
            }
            if (c.startsWith("org.lockaudit.core.report")) {
                return "report";
            }
            if (c.startsWith("org.lockaudit.core.check")) {
                return "checks";
            }
            if (c.startsWith("org.lockaudit.core.inference") || c.startsWith("org.lockaudit.core.audit")) {
                return "inference/audit";
            }
            if (m.equals("getASTTranslationUnit") || c.startsWith("org.lockaudit.core.frontend")) {
                return "parse: other (AST build)";
            }
        }
        String c = frames.get(frames.size() - 1).getMethod().getType().getName();
        return "other (" + c + ")";
    }

    private static String name(RecordedFrame f) {
        return f.getMethod().getType().getName() + "." + f.getMethod().getName();
    }

    private static void print(Map<String, Integer> m, int total, int top) {
        List<Map.Entry<String, Integer>> l = new ArrayList<>(m.entrySet());
        l.sort((a, b) -> b.getValue() - a.getValue());
        for (Map.Entry<String, Integer> e : l.subList(0, Math.min(top, l.size()))) {
            System.out.printf("  %5.1f%%  %s%n", 100.0 * e.getValue() / Math.max(1, total), e.getKey());
        }
    }
}
