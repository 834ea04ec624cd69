package org.lockaudit.core.check;

/** Where checkers report. Implementations decide about duplicates, filtering and order. */
@FunctionalInterface
public interface FindingSink {
    void report(Finding finding);
}
