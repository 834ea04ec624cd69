package org.lockaudit.core.program;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Strongly connected components of a directed graph: Tarjan's algorithm, iterative (kernel call chains are deep).
 * Components come out in the order Tarjan closes them, so every component after the components it reaches (callees
 * before callers); each component's members are sorted.
 */
public final class StronglyConnected {
    private StronglyConnected() {
    }

    /** One node being explored: its successors not yet visited. */
    private record Frame<T>(T node, Iterator<T> successors) {
    }

    public static <T extends Comparable<? super T>> List<List<T>> of(Iterable<T> roots,
            Function<T, ? extends Iterable<T>> successors) {
        Map<T, Integer> index = new HashMap<>();
        Map<T, Integer> low = new HashMap<>();
        ArrayDeque<T> stack = new ArrayDeque<>();
        Set<T> onStack = new HashSet<>();
        List<List<T>> out = new ArrayList<>();
        int counter = 0;
        for (T root : roots) {
            if (index.containsKey(root)) {
                continue;
            }
            ArrayDeque<Frame<T>> work = new ArrayDeque<>();
            work.push(new Frame<>(root, successors.apply(root).iterator()));
            index.put(root, counter);
            low.put(root, counter++);
            stack.push(root);
            onStack.add(root);
            while (!work.isEmpty()) {
                Frame<T> top = work.peek();
                T v = top.node();
                if (top.successors().hasNext()) {
                    T w = top.successors().next();
                    if (!index.containsKey(w)) {
                        index.put(w, counter);
                        low.put(w, counter++);
                        stack.push(w);
                        onStack.add(w);
                        work.push(new Frame<>(w, successors.apply(w).iterator()));
                    } else if (onStack.contains(w)) {
                        low.put(v, Math.min(low.get(v), index.get(w)));
                    }
                    continue;
                }
                work.pop();
                if (!work.isEmpty()) {
                    T parent = work.peek().node();
                    low.put(parent, Math.min(low.get(parent), low.get(v)));
                }
                if (low.get(v).equals(index.get(v))) {
                    List<T> component = new ArrayList<>();
                    T w;
                    do {
                        w = stack.pop();
                        onStack.remove(w);
                        component.add(w);
                    } while (!w.equals(v));
                    component.sort(null);
                    out.add(List.copyOf(component));
                }
            }
        }
        return out;
    }
}
