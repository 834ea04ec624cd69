package org.lockaudit.core.extract;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.lockaudit.core.FactsAnalysis;
import org.lockaudit.core.config.TreeLoader;
import org.lockaudit.core.facts.TranslationUnitFacts;

/** {@link FactsCopier} makes the copies {@link EcoreUtil#copy} makes. */
class FactsCopierTest {
    private static final Path REPO = Path.of(System.getProperty("lockaudit.repo"));

    @Test
    void copiesEqualTheOriginalAndReferOnlyToTheCopy() throws Exception {
        TreeLoader.Tree tree = TreeLoader.load(TreeLoader.Request.of(List.of(REPO.resolve("examples/pci/before"))));
        List<TranslationUnitFacts> units = FactsAnalysis.run(tree.config(), tree.units(), null).units();
        int objects = 0;
        for (TranslationUnitFacts tu : units) {
            TranslationUnitFacts copy = FactsCopier.copy(tu);
            assertTrue(EcoreUtil.equals(tu, copy), tu.getPath());
            assertTrue(EcoreUtil.equals(EcoreUtil.copy(tu), copy), tu.getPath());
            Map<EObject, Boolean> inCopy = new IdentityHashMap<>();
            inCopy.put(copy, true);
            copy.eAllContents().forEachRemaining(o -> inCopy.put(o, true));
            Map<EObject, Boolean> inOriginal = new IdentityHashMap<>();
            tu.eAllContents().forEachRemaining(o -> inOriginal.put(o, true));
            for (TreeIterator<EObject> it = copy.eAllContents(); it.hasNext();) {
                EObject o = it.next();
                objects++;
                assertTrue(!inOriginal.containsKey(o), "an original object inside the copy: " + o);
                for (EReference r : o.eClass().getEAllReferences()) {
                    if (r.isContainment() || r.isContainer()) {
                        continue;
                    }
                    Object v = o.eGet(r);
                    for (Object t : v instanceof List<?> l ? l : v == null ? List.of() : List.of(v)) {
                        assertTrue(inCopy.containsKey((EObject) t), "a reference out of the copy: " + r.getName());
                    }
                }
            }
            assertNotSame(tu, copy);
        }
        assertTrue(objects > 1000, "too few objects copied to mean anything: " + objects);
        assertSame(null, FactsCopier.copy(null));
    }
}
