package org.lockaudit.core.inference;

/**
 * How a held lock relates to the object whose field is accessed. {@code OWN}: a member lock of the same object
 * ({@code pdev->lock} while accessing {@code pdev->quarantine}: same base expression, same struct type).
 * {@code OTHER}: a member lock of another object ({@code iommu->ats_lock}, {@code d->pdevs_lock}, or another
 * {@code pci_dev}'s lock). {@code GLOBAL}: a global or file-static lock. Heuristic and limit: "same object" is the
 * same base text within one function (after renaming through calls); aliases are not followed.
 */
public enum LockRelation {
    OWN("own object's"), OTHER("another object's"), GLOBAL("global");

    private final String label;

    LockRelation(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
