package org.lockaudit.core.frontend;

import java.util.List;

import org.eclipse.cdt.core.dom.ast.IASTAttributeSpecifier;
import org.eclipse.cdt.core.dom.ast.IASTDeclaration;
import org.eclipse.cdt.core.dom.ast.IASTNullStatement;
import org.eclipse.cdt.core.dom.ast.IASTStatement;
import org.eclipse.cdt.core.dom.parser.c.ICParserExtensionConfiguration;
import org.eclipse.cdt.core.index.IIndex;
import org.eclipse.cdt.core.parser.EndOfFileException;
import org.eclipse.cdt.core.parser.IGCCToken;
import org.eclipse.cdt.core.parser.IParserLogService;
import org.eclipse.cdt.core.parser.IScanner;
import org.eclipse.cdt.core.parser.IToken;
import org.eclipse.cdt.core.parser.ParserMode;
import org.eclipse.cdt.internal.core.dom.parser.BacktrackException;
import org.eclipse.cdt.internal.core.dom.parser.c.GNUCSourceParser;

/**
 * CDT's GNU C parser with the GNU C statements it does not know and GCC accepts:
 * <ul>
 * <li>an attribute statement, {@code __attribute__((__fallthrough__));} (what {@code fallthrough;} expands to in
 * Xen and Linux), and a label's attributes, {@code out: __attribute__((__unused__));}: both parse as a null
 * statement (neither does anything at run time);</li>
 * <li>{@code asm} with the qualifiers {@code goto} and {@code inline} in any order beside {@code volatile}
 * ({@code asm goto}, {@code asm volatile goto}, {@code asm inline}): an asm declaration whose raw text keeps the
 * qualifiers, so that the extraction still sees the jump to the labels.</li>
 * </ul>
 * Whatever else it sees goes to CDT unchanged. The translation unit it returns is not frozen (see {@link #parse()}).
 */
final class GnuCParser extends GNUCSourceParser {
    GnuCParser(IScanner scanner, ParserMode mode, IParserLogService log, ICParserExtensionConfiguration config,
            IIndex index) {
        super(scanner, mode, log, config, index);
    }

    /**
     * As CDT's, without freezing the translation unit: CDT's freeze walks the whole AST once more to mark every node
     * read-only, which only makes later changes to a node throw (nothing reads the mark to decide anything). The
     * engine never changes an AST it parsed, and a kernel unit's AST is large: the walk was about 4 % of a cold
     * analysis of Xen (JFR samples).
     */
    @Override
    public org.eclipse.cdt.core.dom.ast.IASTTranslationUnit parse() {
        translationUnit();
        resolveAmbiguities();
        org.eclipse.cdt.core.dom.ast.IASTTranslationUnit tu = getTranslationUnit();
        nullifyTranslationUnit();
        return tu;
    }

    /** The statement about to be parsed is a label's ({@code name:} just read). */
    private boolean afterLabel;

    @Override
    protected IASTStatement parseLabelStatement() throws EndOfFileException, BacktrackException {
        afterLabel = true;
        try {
            return super.parseLabelStatement();
        } finally {
            afterLabel = false;
        }
    }

    @Override
    protected IASTStatement statement() throws EndOfFileException, BacktrackException {
        boolean labelled = afterLabel;
        afterLabel = false;
        if (LT(1) == IGCCToken.t__attribute__) {
            IToken mark = mark();
            try {
                List<IASTAttributeSpecifier> attributes = __attribute_decl_seq(true, false);
                if (!attributes.isEmpty() && LT(1) == IToken.tSEMI) {
                    IToken semi = consume();
                    IASTNullStatement n = getNodeFactory().newNullStatement();
                    return setRange(n, mark.getOffset(), semi.getEndOffset());
                }
                if (!attributes.isEmpty() && labelled) {
                    return super.statement(); // the label's attributes, then its statement
                }
            } catch (BacktrackException e) {
                // not an attribute statement: CDT's own reading below
            }
            backup(mark);
        }
        return super.statement();
    }

    @Override
    protected IASTDeclaration asmDeclaration() throws EndOfFileException, BacktrackException {
        int k = 2;
        boolean other = false;
        while (true) {
            int t = LT(k);
            if (t == IToken.t_goto || t == IToken.t_inline) {
                other = true;
            } else if (t != IToken.t_volatile) {
                break;
            }
            k++;
        }
        if (!other) {
            return super.asmDeclaration();
        }
        int offset = consume().getOffset(); // asm
        for (int i = 2; i < k; i++) {
            consume(); // the qualifiers
        }
        StringBuilder text = new StringBuilder();
        asmExpression(text);
        int end = consume(IToken.tSEMI).getEndOffset();
        return buildASMDirective(offset, text.toString(), end);
    }
}
