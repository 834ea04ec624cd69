package org.lockaudit.core.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * Deep copies of facts, as {@link EcoreUtil#copy} makes them (same attributes, containment copied, references inside
 * the copy redirected to the copies, references outside it kept), without its per-object reflection: the features
 * to copy are worked out once per class and read and written by feature id. Every unit that includes a header gets
 * its own copy of each header function the run already extracted (~110 functions per unit in a kernel), and the
 * cache copies every unit it stores, so copying is a visible share of a cold run.
 *
 * <p>Limit: the facts model has no bidirectional references (no {@code eOpposite}) and no proxies; lists are filled
 * without uniqueness checks (they are copies of lists that were unique). A model change that adds either needs
 * {@link EcoreUtil.Copier}'s handling of them here.
 */
public final class FactsCopier {
    /** What to copy of one class: feature ids of attributes, containments and other references, and many-ness. */
    private record Shape(int[] attributes, boolean[] manyAttributes, int[] containments, boolean[] manyContainments,
            int[] references, boolean[] manyReferences) {
    }

    private static final Map<EClass, Shape> SHAPES = new ConcurrentHashMap<>();

    private final Map<EObject, EObject> copies = new IdentityHashMap<>();

    private FactsCopier() {
    }

    /** A deep copy of {@code original}, equal to it ({@link EcoreUtil#equals}). */
    @SuppressWarnings("unchecked")
    public static <T extends EObject> T copy(T original) {
        if (original == null) {
            return null;
        }
        FactsCopier c = new FactsCopier();
        T copy = (T) c.tree(original);
        c.references();
        return copy;
    }

    @SuppressWarnings("unchecked")
    private EObject tree(EObject o) {
        EClass eClass = o.eClass();
        Shape shape = SHAPES.computeIfAbsent(eClass, FactsCopier::shape);
        InternalEObject from = (InternalEObject) o;
        InternalEObject to = (InternalEObject) EcoreUtil.create(eClass);
        copies.put(o, to);
        for (int i = 0; i < shape.attributes().length; i++) {
            int id = shape.attributes()[i];
            if (!from.eIsSet(id)) {
                continue;
            }
            Object value = from.eGet(id, false, true);
            if (shape.manyAttributes()[i]) {
                ((InternalEList<Object>) to.eGet(id, false, true)).addAllUnique((List<Object>) value);
            } else {
                to.eSet(id, value);
            }
        }
        for (int i = 0; i < shape.containments().length; i++) {
            int id = shape.containments()[i];
            if (!from.eIsSet(id)) {
                continue;
            }
            Object value = from.eGet(id, false, true);
            if (shape.manyContainments()[i]) {
                List<EObject> source = (List<EObject>) value;
                List<EObject> copied = new ArrayList<>(source.size());
                for (EObject child : source) {
                    copied.add(tree(child));
                }
                ((InternalEList<EObject>) to.eGet(id, false, true)).addAllUnique(copied);
            } else if (value != null) {
                to.eSet(id, tree((EObject) value));
            }
        }
        return to;
    }

    /** Non-containment references: to the copy of their target when it was copied, else to the target itself. */
    @SuppressWarnings("unchecked")
    private void references() {
        for (Map.Entry<EObject, EObject> e : new ArrayList<>(copies.entrySet())) {
            Shape shape = SHAPES.get(e.getKey().eClass());
            InternalEObject from = (InternalEObject) e.getKey(), to = (InternalEObject) e.getValue();
            for (int i = 0; i < shape.references().length; i++) {
                int id = shape.references()[i];
                if (!from.eIsSet(id)) {
                    continue;
                }
                Object value = from.eGet(id, false, true);
                if (shape.manyReferences()[i]) {
                    List<EObject> targets = new ArrayList<>();
                    for (EObject t : (List<EObject>) value) {
                        EObject c = copies.get(t);
                        targets.add(c != null ? c : t);
                    }
                    ((InternalEList<EObject>) to.eGet(id, false, true)).addAllUnique(targets);
                } else if (value != null) {
                    EObject c = copies.get(value);
                    to.eSet(id, c != null ? c : value);
                }
            }
        }
    }

    /** The features {@link EcoreUtil.Copier} copies: changeable and not derived; references neither container. */
    private static Shape shape(EClass eClass) {
        List<EStructuralFeature> attributes = new ArrayList<>(), containments = new ArrayList<>(),
                references = new ArrayList<>();
        for (EStructuralFeature f : eClass.getEAllStructuralFeatures()) {
            if (!f.isChangeable() || f.isDerived()) {
                continue;
            }
            if (f instanceof EAttribute) {
                attributes.add(f);
            } else if (f instanceof EReference r && r.isContainment()) {
                containments.add(f);
            } else if (f instanceof EReference r && !r.isContainer()) {
                references.add(f);
            }
        }
        return new Shape(ids(eClass, attributes), many(attributes), ids(eClass, containments), many(containments),
                ids(eClass, references), many(references));
    }

    private static int[] ids(EClass eClass, List<EStructuralFeature> features) {
        int[] r = new int[features.size()];
        for (int i = 0; i < r.length; i++) {
            r[i] = eClass.getFeatureID(features.get(i));
        }
        return r;
    }

    private static boolean[] many(List<EStructuralFeature> features) {
        boolean[] r = new boolean[features.size()];
        for (int i = 0; i < r.length; i++) {
            r[i] = features.get(i).isMany();
        }
        return r;
    }
}
