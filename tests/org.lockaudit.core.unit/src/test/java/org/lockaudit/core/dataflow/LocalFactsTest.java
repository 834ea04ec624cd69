package org.lockaudit.core.dataflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/** The path facts' values: ranges narrowed by comparisons, shifted by increments, joined by their hull, widened. */
class LocalFactsTest {
    @Test
    void aBoundedLoopCounterDecidesTheTestAfterTheLoop() {
        // for (try = 0; try < 3; try++) ... the loop left by its condition: try is 3
        LocalFacts f = LocalFacts.NONE.withValue("try", 0);
        assertEquals(Boolean.TRUE, f.compare("try", "<", 3));
        LocalFacts head = f;
        for (int i = 0; i < 5; i++) {
            LocalFacts body = head.assume("try", "<", 3, true).increment("try", 1);
            head = head.common(body);
        }
        assertEquals(new ValueRange(0, 3), head.range("try"));
        LocalFacts exit = head.assume("try", "<", 3, false);
        assertEquals(ValueRange.of(3), exit.range("try"));
        assertEquals(Boolean.TRUE, exit.compare("try", "==", 3));
        // a break inside the body: try < 3 held
        LocalFacts broke = head.assume("try", "<", 3, true);
        assertEquals(Boolean.FALSE, broke.compare("try", "==", 3));
    }

    @Test
    void aNegativeErrorIsNonZero() {
        LocalFacts f = LocalFacts.NONE.assume("ret", "<", 0, true);
        assertEquals(Boolean.TRUE, f.get("ret"));
        assertNull(LocalFacts.NONE.assume("ret", "<=", 0, true).get("ret"));
        assertEquals(Boolean.FALSE, LocalFacts.NONE.withValue("ret", 0).get("ret"));
        // if (ret) after ret < 0: only the true side
        assertNull(f.assume("ret", "==", 0, true));
    }

    @Test
    void notEqualOnlyTrimsAnEnd() {
        LocalFacts f = LocalFacts.NONE.withRange("n", new ValueRange(0, 3));
        assertEquals(new ValueRange(0, 2), f.assume("n", "!=", 3, true).range("n"));
        assertEquals(new ValueRange(0, 3), f.assume("n", "!=", 1, true).range("n"));
        assertNull(f.compare("n", "==", 1));
        assertEquals(Boolean.FALSE, f.compare("n", "==", 7));
    }

    @Test
    void aJoinKeepsTheHullAndDropsWhatOneSideDoesNotKnow() {
        LocalFacts a = LocalFacts.NONE.withValue("x", 1).with("flag", true);
        LocalFacts b = LocalFacts.NONE.withValue("x", 5);
        LocalFacts j = a.common(b);
        assertEquals(new ValueRange(1, 5), j.range("x"));
        assertNull(j.get("flag"));
        assertNull(a.common(LocalFacts.NONE).range("x"));
    }

    @Test
    void wideningJumpsToTheNextThresholdOrInfinity() {
        TreeSet<Long> thresholds = new TreeSet<>(java.util.List.of(0L, 255L, 256L, 257L));
        LocalFacts before = LocalFacts.NONE.withRange("i", new ValueRange(0, 0));
        LocalFacts grown = LocalFacts.NONE.withRange("i", new ValueRange(0, 1));
        assertEquals(new ValueRange(0, 255), grown.widen(before, thresholds).range("i"));
        LocalFacts beyond = LocalFacts.NONE.withRange("i", new ValueRange(0, 300));
        assertEquals(new ValueRange(0, Long.MAX_VALUE),
                beyond.widen(LocalFacts.NONE.withRange("i", new ValueRange(0, 257)), thresholds).range("i"));
    }

    @Test
    void aCopyMakesTwoLocalsEqualAndAnAssignmentForgetsIt() {
        LocalFacts f = LocalFacts.NONE.with(LocalFacts.pair("q", "old_q"), false);
        LocalFacts copied = f.copy("old_q", "q");
        assertEquals(Boolean.TRUE, copied.get(LocalFacts.pair("old_q", "q")));
        assertNull(copied.without("q").get(LocalFacts.pair("old_q", "q")));
    }

    @Test
    void incrementsSaturateInsteadOfWrapping() {
        LocalFacts f = LocalFacts.NONE.withRange("n", new ValueRange(Long.MAX_VALUE - 1, Long.MAX_VALUE - 1));
        assertEquals(Long.MAX_VALUE, f.increment("n", 5).range("n").hi());
    }
}
