package org.lockaudit.core.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.cdt.core.dom.ast.IASTCompositeTypeSpecifier;
import org.eclipse.cdt.core.dom.ast.IASTDeclSpecifier;
import org.eclipse.cdt.core.dom.ast.IASTDeclaration;
import org.eclipse.cdt.core.dom.ast.IASTDeclarator;
import org.eclipse.cdt.core.dom.ast.IASTFileLocation;
import org.eclipse.cdt.core.dom.ast.IASTSimpleDeclaration;
import org.eclipse.cdt.core.dom.ast.IASTTranslationUnit;
import org.eclipse.cdt.core.dom.ast.gnu.c.GCCLanguage;
import org.eclipse.cdt.core.model.ILanguage;
import org.eclipse.cdt.core.parser.FileContent;
import org.eclipse.cdt.core.parser.IncludeFileContentProvider;
import org.eclipse.cdt.core.parser.NullLogService;
import org.eclipse.cdt.core.parser.ScannerInfo;
import org.eclipse.core.runtime.CoreException;

/**
 * Finds the field declarations of the structs defined in one file's text, with the field paths the facts use:
 * members of an unnamed or inline struct member are reached through the member's name ({@code struct { unsigned
 * count; } fault;} inside {@code struct pci_dev} declares {@code pci_dev.fault} and {@code pci_dev.fault.count}).
 *
 * <p>The text is parsed alone, without its includes or macros: unknown type names still parse as declarations, which
 * is all this needs. Limit: fields declared through a macro are not found.
 */
public final class FieldDeclarations {
    private FieldDeclarations() {
    }

    public static List<FieldDeclaration> of(String fileName, String text) {
        List<FieldDeclaration> out = new ArrayList<>();
        IASTTranslationUnit ast;
        try {
            ast = GCCLanguage.getDefault().getASTTranslationUnit(FileContent.create(fileName, text.toCharArray()),
                    new ScannerInfo(Map.of(), new String[0]), IncludeFileContentProvider.getEmptyFilesProvider(), null,
                    ILanguage.OPTION_NO_IMAGE_LOCATIONS, new NullLogService());
        } catch (CoreException | RuntimeException e) {
            return out;
        }
        for (IASTDeclaration d : ast.getDeclarations()) {
            if (d instanceof IASTSimpleDeclaration sd && sd.getDeclSpecifier() instanceof IASTCompositeTypeSpecifier c
                    && c.getName().toString().length() > 0) {
                members(c.getName().toString(), c, out);
            }
        }
        return out;
    }

    private static void members(String prefix, IASTCompositeTypeSpecifier c, List<FieldDeclaration> out) {
        for (IASTDeclaration m : c.getMembers()) {
            if (!(m instanceof IASTSimpleDeclaration sd)) {
                continue;
            }
            IASTDeclSpecifier spec = sd.getDeclSpecifier();
            for (IASTDeclarator decl : sd.getDeclarators()) {
                IASTDeclarator inner = decl;
                while (inner.getNestedDeclarator() != null) {
                    inner = inner.getNestedDeclarator();
                }
                String name = inner.getName().toString();
                if (name.isEmpty()) {
                    continue;
                }
                IASTFileLocation loc = sd.getFileLocation();
                if (loc == null) {
                    continue;
                }
                String path = prefix + "." + name;
                out.add(new FieldDeclaration(path, loc.getEndingLineNumber(), loc.getNodeOffset() + loc.getNodeLength()));
                if (spec instanceof IASTCompositeTypeSpecifier nested) {
                    members(path, nested, out);
                }
            }
            if (sd.getDeclarators().length == 0 && spec instanceof IASTCompositeTypeSpecifier anonymous) {
                members(prefix, anonymous, out); // C11 anonymous struct/union: its members belong to the owner
            }
        }
    }
}
