package org.lockaudit.core.extract;

/**
 * The extraction's view of header function bodies the front end blanks (see {@code frontend.ElidedBodies}): which
 * bodies this unit was served blank, and where to register a body later units may be served blank. Ranges are a
 * body's file offset and length, braces included.
 */
public interface HeaderBodies {
    /** Nothing blanked, nothing registered (a unit parsed whole). */
    HeaderBodies NONE = new HeaderBodies() {
        @Override
        public boolean blanked(String file, int offset, int length) {
            return false;
        }

        @Override
        public void blankable(String file, int offset, int length) {
        }
    };

    /** Whether this unit was served the body at [offset, offset + length) of {@code file} blanked. */
    boolean blanked(String file, int offset, int length);

    /** The memo can give the facts of the function with this body without it: later units may be served it blank. */
    void blankable(String file, int offset, int length);
}
