package org.lockaudit.core.concurrency;

import java.util.List;

import org.lockaudit.core.program.FunctionId;

/**
 * A function that runs concurrently with the code that started it: a thread start routine ({@code pthread_create},
 * {@code thrd_create}, {@code kthread_run}), a work item, tasklet, timer callback or interrupt handler. {@code kind}
 * is the lock-API entry's kind; {@code sites} where it is started; {@code multi} when more than one instance may run
 * at once (started at several sites, or at a site inside a loop), so it races with itself.
 */
public record ThreadRoot(FunctionId function, String kind, List<SpawnSite> sites, boolean multi) {
    public ThreadRoot {
        sites = List.copyOf(sites);
    }

    /** Where a root is started: the calling function, the call's file and line, and whether it is in a loop. */
    public record SpawnSite(FunctionId caller, String file, int line, String api, boolean inLoop) {
        public String describe() {
            return api + "() in " + caller.name() + " (" + ConcurrencyModel.shortFile(file) + ":" + line + ")";
        }
    }

    public String describe() {
        return function.name() + " (" + kind + (sites.isEmpty() ? ", a configured entry point"
                : ", started by " + sites.get(0).describe()) + ")";
    }
}
