package org.lockaudit.core.lockapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lockaudit.core.facts.IrqEffect;
import org.lockaudit.core.facts.LockMode;
import org.lockaudit.core.facts.LockOpKind;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

class LockApiTest {
    private static JsonObject json(String s) {
        return JsonParser.parseString(s).getAsJsonObject();
    }

    @Test
    void defaultsHaveEveryPreset() {
        LockApi api = LockApi.defaults();
        assertEquals(LockMode.RECURSIVE, api.lookup("spin_lock_recursive").mode());
        assertFalse(api.lookup("mutex_lock_interruptible").successWhenNonZero());
        assertFalse(api.lookup("pthread_mutex_trylock").successWhenNonZero());
        assertTrue(api.lookup("mutex_trylock").successWhenNonZero());
        assertEquals("rcu", api.lookup("rcu_read_lock").fixedLock());
        assertEquals(1, api.lookup("percpu_write_lock").argument());
        assertNull(api.lookup("pcidevs_lock"));
        assertTrue(api.isNoReturn("panic"));
        assertTrue(api.assertionFailsWhenTrue("BUG_ON"));
        assertFalse(api.assertionFailsWhenTrue("ASSERT"));
        assertNull(api.assertionFailsWhenTrue("WARN_ON"));
    }

    @Test
    void presetsCanBeChosenAndExtended() {
        LockApi api = LockApi.of(List.of("posix"), List.of(
                json("{\"name\": \"my_lock\", \"op\": \"acquire\", \"arg\": 1}"),
                json("{\"noreturn\": [\"my_die\"], \"assertions\": [{\"name\": \"MY_ASSERT\"}]}")));
        assertNull(api.lookup("spin_lock"));
        assertEquals(LockOpKind.ACQUIRE, api.lookup("my_lock").op());
        assertEquals(1, api.lookup("my_lock").argument());
        assertTrue(api.isNoReturn("my_die"));
        assertFalse(api.assertionFailsWhenTrue("MY_ASSERT"));
        assertTrue(api.isNoReturn("__builtin_unreachable"));
    }

    @Test
    void badEntriesAreNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LockApi.of(List.of(),
                List.of(json("{\"name\": \"grab\", \"op\": \"grab\"}"))));
        assertTrue(e.getMessage().contains("grab") && e.getMessage().contains("op"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> LockApi.of(List.of(),
                List.of(json("{\"name\": \"x_lock\", \"op\": \"acquire\", \"mdoe\": \"shared\"}"))));
        assertTrue(e.getMessage().contains("x_lock") && e.getMessage().contains("mdoe"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> LockApi.of(List.of("solaris"), List.of()));
    }

    /** Interrupt operations take no lock: their own map, their flags argument (or the result) and no lock keys. */
    @Test
    void interruptOperations() {
        LockApi api = LockApi.defaults();
        assertEquals(IrqEffect.SAVE, api.interrupt("local_irq_save").irq());
        assertEquals(0, api.interrupt("local_irq_save").flagsArgument());
        assertEquals(-1, api.interrupt("arch_local_irq_save").flagsArgument());
        assertEquals(IrqEffect.ENABLE, api.interrupt("raw_local_irq_enable").irq());
        assertNull(api.lookup("local_irq_restore"));
        assertNull(api.interrupt("spin_lock_irqsave"));
        LockApi mine = LockApi.of(List.of(), List.of(
                json("{\"name\": \"hw_irq_off\", \"op\": \"irq\", \"irq\": \"save\", \"flags\": 1}")));
        assertEquals(1, mine.interrupt("hw_irq_off").flagsArgument());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LockApi.of(List.of(),
                List.of(json("{\"name\": \"irq_off\", \"op\": \"irq\", \"irq\": \"disable\", \"arg\": 0}"))));
        assertTrue(e.getMessage().contains("irq_off") && e.getMessage().contains("arg"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> LockApi.of(List.of(),
                List.of(json("{\"name\": \"irq_what\", \"op\": \"irq\"}"))));
        assertTrue(e.getMessage().contains("irq_what"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> LockApi.of(List.of(),
                List.of(json("{\"name\": \"x_lock\", \"op\": \"acquire\", \"flags\": 1}"))));
    }
}
