package org.lockaudit.core.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.lang.ref.WeakReference;

import org.junit.jupiter.api.Test;
import org.lockaudit.core.facts.Call;
import org.lockaudit.core.facts.CfgNode;
import org.lockaudit.core.facts.FactsFactory;
import org.lockaudit.core.facts.Function;

/** The calls listed once per facts object, and never keeping a replaced facts object alive (an IDE session's edits). */
class FunctionCallsTest {
    private static Function function(String... callees) {
        Function fn = FactsFactory.eINSTANCE.createFunction();
        fn.setName("f");
        CfgNode node = FactsFactory.eINSTANCE.createCfgNode();
        for (String c : callees) {
            Call call = FactsFactory.eINSTANCE.createCall();
            call.setCallee(c);
            node.getEvents().add(call);
        }
        fn.getNodes().add(node);
        return fn;
    }

    @Test
    void callsAreListedOncePerFactsObject() {
        Function fn = function("spin_lock", "work");
        assertEquals(2, FunctionCalls.of(fn).size());
        assertSame(FunctionCalls.of(fn), FunctionCalls.of(fn));
        assertEquals(java.util.Set.of("spin_lock", "work"), FunctionCalls.callees(fn));
    }

    @Test
    void aListedFunctionCanStillBeCollected() throws InterruptedException {
        Function fn = function("spin_lock");
        FunctionCalls.of(fn);
        FunctionCalls.callees(fn);
        WeakReference<Function> ref = new WeakReference<>(fn);
        fn = null;
        for (int i = 0; i < 20 && ref.get() != null; i++) {
            System.gc();
            Thread.sleep(20);
        }
        assertNull(ref.get(), "the calls cache keeps a replaced facts object alive");
    }
}
