package org.lockaudit.core.explain;

/** Where a struct field is declared: its path ({@code pci_dev.fault.count}) and the 1-based line and end offset. */
public record FieldDeclaration(String field, int line, int endOffset) {
}
