package org.lockaudit.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.lockaudit.core.dataflow.BranchTaken;
import org.lockaudit.core.dataflow.CallDescent;
import org.lockaudit.core.dataflow.HeldLockSet;
import org.lockaudit.core.dataflow.Step;

/** The lock-order witness rules on hand-made paths: which contradictions make a path infeasible, which calls weak. */
class WitnessPathTest {
    private static Step branch(String fn, int node, int line, String expr, boolean truth) {
        return new Step("f.c", line, "'" + expr + "' is " + truth, HeldLockSet.EMPTY,
                new BranchTaken(fn, node, line, expr, truth));
    }

    private static Step descent(String callee, boolean indirect, int candidates, Set<String> all, boolean noReturn) {
        return new Step("f.c", 1, "calls " + callee + "()", HeldLockSet.EMPTY,
                new CallDescent(callee, indirect, candidates, all, noReturn));
    }

    @Test
    void oneStableConditionBothWaysInOneRunIsInfeasible() {
        assertFalse(WitnessPath.feasible(List.of(branch("f", 3, 10, "quiet", false), branch("f", 7, 14, "quiet", true))));
    }

    @Test
    void theSameNodeBothWaysIsALoopAndStaysFeasible() {
        assertTrue(WitnessPath.feasible(List.of(branch("f", 3, 10, "more", true), branch("f", 3, 10, "more", false))));
    }

    @Test
    void twoNodesOnOneLineAreTwoSubConditionsOfAMacro() {
        assertTrue(WitnessPath.feasible(List.of(branch("f", 3, 10, "PENDING", false), branch("f", 4, 10, "PENDING", true))));
    }

    @Test
    void aDescentStartsAnotherRunAndAnotherFunctionIsAnotherCondition() {
        assertTrue(WitnessPath.feasible(List.of(branch("f", 3, 10, "quiet", false),
                descent("g", false, 1, Set.of(), false), branch("g", 2, 40, "quiet", true))));
        assertTrue(WitnessPath.feasible(List.of(branch("f", 3, 10, "quiet", false), branch("h", 7, 14, "quiet", true))));
    }

    @Test
    void wideOpsTableOrNoReturnCallMakesAWeakWitness() {
        CallDescent wide = (CallDescent) descent("ops.enable", true, 3, Set.of(), false).fact();
        assertEquals(wide, WitnessPath.weakThrough(List.of(descent("ops.enable", true, 3, Set.of(), false)), "l"));
        assertNull(WitnessPath.weakThrough(List.of(descent("ops.enable", true, 3, Set.of("l"), false)), "l"),
                "every candidate takes the lock");
        assertNull(WitnessPath.weakThrough(List.of(descent("ops.flush", true, 2, Set.of(), false)), "l"), "two vendors");
        assertNull(WitnessPath.weakThrough(List.of(descent("take", false, 1, Set.of(), false)), "l"));
        assertEquals("panic",
                WitnessPath.weakThrough(List.of(descent("panic", false, 1, Set.of(), true)), "l").callee());
    }
}
