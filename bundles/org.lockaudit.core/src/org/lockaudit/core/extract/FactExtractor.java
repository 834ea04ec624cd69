package org.lockaudit.core.extract;

import java.nio.file.Path;
import java.util.Map;

import org.eclipse.cdt.core.dom.ast.ASTVisitor;
import org.eclipse.cdt.core.dom.ast.IASTBinaryExpression;
import org.eclipse.cdt.core.dom.ast.IASTDeclSpecifier;
import org.eclipse.cdt.core.dom.ast.IASTExpression;
import org.eclipse.cdt.core.dom.ast.IASTFieldReference;
import org.eclipse.cdt.core.dom.ast.IASTFileLocation;
import org.eclipse.cdt.core.dom.ast.IASTFunctionCallExpression;
import org.eclipse.cdt.core.dom.ast.IASTFunctionDefinition;
import org.eclipse.cdt.core.dom.ast.IASTIdExpression;
import org.eclipse.cdt.core.dom.ast.IASTInitializerClause;
import org.eclipse.cdt.core.dom.ast.IASTNode;
import org.eclipse.cdt.core.dom.ast.IASTTranslationUnit;
import org.eclipse.cdt.core.dom.ast.IASTUnaryExpression;
import org.eclipse.cdt.core.dom.ast.ICompositeType;
import org.eclipse.cdt.core.dom.ast.IPointerType;
import org.eclipse.cdt.core.dom.ast.IType;
import org.eclipse.cdt.core.dom.ast.ITypedef;
import org.eclipse.cdt.core.dom.ast.IQualifierType;
import org.lockaudit.core.facts.Access;
import org.lockaudit.core.facts.AccessKind;
import org.lockaudit.core.facts.Call;
import org.lockaudit.core.facts.CfgNode;
import org.lockaudit.core.facts.FactsFactory;
import org.lockaudit.core.facts.Function;
import org.lockaudit.core.facts.LockKind;
import org.lockaudit.core.facts.LockMode;
import org.lockaudit.core.facts.LockOpKind;
import org.lockaudit.core.facts.LockOperation;
import org.lockaudit.core.facts.LockRef;
import org.lockaudit.core.facts.TranslationUnitFacts;

/**
 * Walking skeleton: turns a CDT AST into {@link TranslationUnitFacts}, one straight-line node per function
 * holding its lock operations, field accesses and calls in source order.
 */
public final class FactExtractor {
    private static final FactsFactory F = FactsFactory.eINSTANCE;

    /** Lock API entries of the skeleton: name -> {op, mode}. */
    private static final Map<String, Object[]> LOCK_API = Map.of(
            "spin_lock", new Object[] {LockOpKind.ACQUIRE, LockMode.EXCLUSIVE},
            "spin_unlock", new Object[] {LockOpKind.RELEASE, LockMode.EXCLUSIVE},
            "spin_lock_recursive", new Object[] {LockOpKind.ACQUIRE, LockMode.RECURSIVE},
            "spin_unlock_recursive", new Object[] {LockOpKind.RELEASE, LockMode.RECURSIVE},
            "spin_trylock", new Object[] {LockOpKind.TRY_ACQUIRE, LockMode.EXCLUSIVE});

    public TranslationUnitFacts extract(Path file, IASTTranslationUnit ast) {
        TranslationUnitFacts tu = F.createTranslationUnitFacts();
        tu.setPath(file.toString());
        for (var decl : ast.getDeclarations()) {
            if (decl instanceof IASTFunctionDefinition def && decl.isPartOfTranslationUnitFile()) {
                tu.getFunctions().add(function(file, def));
            }
        }
        return tu;
    }

    private Function function(Path file, IASTFunctionDefinition def) {
        Function fn = F.createFunction();
        fn.setName(def.getDeclarator().getName().toString());
        fn.setFile(file.toString());
        IASTFileLocation loc = def.getFileLocation();
        fn.setStartLine(loc.getStartingLineNumber());
        fn.setEndLine(loc.getEndingLineNumber());
        fn.setStatic(def.getDeclSpecifier().getStorageClass() == IASTDeclSpecifier.sc_static);
        CfgNode node = F.createCfgNode();
        fn.getNodes().add(node);
        def.getBody().accept(new ASTVisitor() {
            {
                shouldVisitExpressions = true;
            }

            @Override
            public int visit(IASTExpression e) {
                if (e instanceof IASTFunctionCallExpression call) {
                    node.getEvents().add(callEvent(call));
                } else if (e instanceof IASTFieldReference ref && !(ref.getParent() instanceof IASTFieldReference p
                        && p.getFieldOwner() == ref && !p.isPointerDereference())) {
                    node.getEvents().add(access(ref));
                }
                return PROCESS_CONTINUE;
            }
        });
        fn.setExitNode(0);
        return fn;
    }

    private static org.lockaudit.core.facts.Event callEvent(IASTFunctionCallExpression call) {
        int line = call.getFileLocation().getStartingLineNumber();
        String name = call.getFunctionNameExpression() instanceof IASTIdExpression id ? id.getName().toString() : null;
        Object[] api = name == null ? null : LOCK_API.get(name);
        IASTInitializerClause[] args = call.getArguments();
        if (api != null && args.length > 0) {
            LockOperation op = F.createLockOperation();
            op.setLine(line);
            op.setOp((LockOpKind) api[0]);
            op.setMode((LockMode) api[1]);
            op.setApi(name);
            op.setLock(lockRef(args[0]));
            return op;
        }
        Call c = F.createCall();
        c.setLine(line);
        c.setCallee(name);
        for (IASTInitializerClause a : args) {
            c.getArguments().add(a.getRawSignature());
        }
        return c;
    }

    private static LockRef lockRef(IASTInitializerClause arg) {
        LockRef ref = F.createLockRef();
        ref.setExpression(arg.getRawSignature());
        IASTNode n = arg;
        if (n instanceof IASTUnaryExpression u && u.getOperator() == IASTUnaryExpression.op_amper) {
            n = u.getOperand();
        }
        if (n instanceof IASTIdExpression id) {
            ref.setKind(LockKind.GLOBAL);
            ref.setName(id.getName().toString());
        } else if (n instanceof IASTFieldReference f) {
            ref.setKind(LockKind.MEMBER);
            ref.setName(f.getFieldName().toString());
            ref.setOwnerType(ownerTypeName(f));
            ref.setBase(f.getFieldOwner().getRawSignature());
        } else {
            ref.setKind(LockKind.UNKNOWN);
            ref.setName(arg.getRawSignature());
        }
        return ref;
    }

    private static Access access(IASTFieldReference ref) {
        Access a = F.createAccess();
        a.setLine(ref.getFileLocation().getStartingLineNumber());
        StringBuilder path = new StringBuilder(ref.getFieldName().toString());
        IASTFieldReference root = ref;
        while (!root.isPointerDereference() && root.getFieldOwner() instanceof IASTFieldReference inner) {
            path.insert(0, inner.getFieldName() + ".");
            root = inner;
        }
        a.setTarget(ownerTypeName(root) + "." + path);
        a.setBase(root.getFieldOwner().getRawSignature());
        a.setKind(kind(ref));
        return a;
    }

    private static AccessKind kind(IASTExpression e) {
        IASTNode parent = e.getParent();
        if (parent instanceof IASTBinaryExpression b && b.getOperand1() == e) {
            int op = b.getOperator();
            if (op == IASTBinaryExpression.op_assign || (op >= IASTBinaryExpression.op_multiplyAssign
                    && op <= IASTBinaryExpression.op_binaryOrAssign)) {
                return AccessKind.WRITE;
            }
        }
        if (parent instanceof IASTUnaryExpression u) {
            switch (u.getOperator()) {
                case IASTUnaryExpression.op_prefixIncr, IASTUnaryExpression.op_prefixDecr,
                        IASTUnaryExpression.op_postFixIncr, IASTUnaryExpression.op_postFixDecr:
                    return AccessKind.WRITE;
                case IASTUnaryExpression.op_amper:
                    return AccessKind.ADDRESS;
                default:
                    break;
            }
        }
        return AccessKind.READ;
    }

    private static String ownerTypeName(IASTFieldReference ref) {
        IType t = ref.getFieldOwner().getExpressionType();
        t = unwrap(t);
        if (ref.isPointerDereference() && t instanceof IPointerType p) {
            t = unwrap(p.getType());
        }
        return t instanceof ICompositeType c ? c.getName() : "?";
    }

    private static IType unwrap(IType t) {
        while (true) {
            if (t instanceof ITypedef td) {
                t = td.getType();
            } else if (t instanceof IQualifierType q) {
                t = q.getType();
            } else {
                return t;
            }
        }
    }
}
