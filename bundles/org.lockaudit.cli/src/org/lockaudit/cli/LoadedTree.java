package org.lockaudit.cli;

import org.lockaudit.core.FactsResult;
import org.lockaudit.core.config.ConfigException;
import org.lockaudit.core.config.TreeLoader;
import org.lockaudit.core.inference.GuardOptions;

/** A loaded tree's facts with the guard options its configuration implies (declared guards, --min-support). */
record LoadedTree(FactsResult facts, GuardOptions options) {
    static LoadedTree load(TreeSettings tree, Double minSupport) throws ConfigException {
        TreeLoader.Tree t = tree.load();
        FactsResult r = tree.facts(t, null);
        GuardOptions o = GuardOptions.of(t.config());
        if (minSupport != null) {
            o = o.withMinSupport(minSupport);
        }
        return new LoadedTree(r, o);
    }
}
