package org.lockaudit.core.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.cdt.core.dom.ast.ASTVisitor;
import org.eclipse.cdt.core.dom.ast.IASTASMDeclaration;
import org.eclipse.cdt.core.dom.ast.IASTArraySubscriptExpression;
import org.eclipse.cdt.core.dom.ast.IASTBinaryExpression;
import org.eclipse.cdt.core.dom.ast.IASTBreakStatement;
import org.eclipse.cdt.core.dom.ast.IASTCaseStatement;
import org.eclipse.cdt.core.dom.ast.IASTCastExpression;
import org.eclipse.cdt.core.dom.ast.IASTCompoundStatement;
import org.eclipse.cdt.core.dom.ast.IASTConditionalExpression;
import org.eclipse.cdt.core.dom.ast.IASTContinueStatement;
import org.eclipse.cdt.core.dom.ast.IASTDeclaration;
import org.eclipse.cdt.core.dom.ast.IASTDeclarationStatement;
import org.eclipse.cdt.core.dom.ast.IASTDeclarator;
import org.eclipse.cdt.core.dom.ast.IASTDefaultStatement;
import org.eclipse.cdt.core.dom.ast.IASTDoStatement;
import org.eclipse.cdt.core.dom.ast.IASTEqualsInitializer;
import org.eclipse.cdt.core.dom.ast.IASTExpression;
import org.eclipse.cdt.core.dom.ast.IASTExpressionList;
import org.eclipse.cdt.core.dom.ast.IASTExpressionStatement;
import org.eclipse.cdt.core.dom.ast.IASTFieldReference;
import org.eclipse.cdt.core.dom.ast.IASTForStatement;
import org.eclipse.cdt.core.dom.ast.IASTFunctionCallExpression;
import org.eclipse.cdt.core.dom.ast.IASTFunctionDefinition;
import org.eclipse.cdt.core.dom.ast.IASTGotoStatement;
import org.eclipse.cdt.core.dom.ast.IASTIdExpression;
import org.eclipse.cdt.core.dom.ast.IASTIfStatement;
import org.eclipse.cdt.core.dom.ast.IASTInitializer;
import org.eclipse.cdt.core.dom.ast.IASTInitializerClause;
import org.eclipse.cdt.core.dom.ast.IASTInitializerList;
import org.eclipse.cdt.core.dom.ast.IASTLabelStatement;
import org.eclipse.cdt.core.dom.ast.IASTLiteralExpression;
import org.eclipse.cdt.core.dom.ast.IASTMacroExpansionLocation;
import org.eclipse.cdt.core.dom.ast.IASTNode;
import org.eclipse.cdt.core.dom.ast.IASTNodeLocation;
import org.eclipse.cdt.core.dom.ast.IASTPreprocessorMacroExpansion;
import org.eclipse.cdt.core.dom.ast.IASTParameterDeclaration;
import org.eclipse.cdt.core.dom.ast.IASTProblemExpression;
import org.eclipse.cdt.core.dom.ast.IASTProblemStatement;
import org.eclipse.cdt.core.dom.ast.IASTReturnStatement;
import org.eclipse.cdt.core.dom.ast.IASTSimpleDeclaration;
import org.eclipse.cdt.core.dom.ast.IASTStandardFunctionDeclarator;
import org.eclipse.cdt.core.dom.ast.IASTStatement;
import org.eclipse.cdt.core.dom.ast.IASTSwitchStatement;
import org.eclipse.cdt.core.dom.ast.IASTTypeIdExpression;
import org.eclipse.cdt.core.dom.ast.IASTTypeIdInitializerExpression;
import org.eclipse.cdt.core.dom.ast.IASTUnaryExpression;
import org.eclipse.cdt.core.dom.ast.IASTWhileStatement;
import org.eclipse.cdt.core.dom.ast.IBinding;
import org.eclipse.cdt.core.dom.ast.IFunction;
import org.eclipse.cdt.core.dom.ast.IParameter;
import org.eclipse.cdt.core.dom.ast.IVariable;
import org.eclipse.cdt.core.dom.ast.c.ICASTDesignatedInitializer;
import org.eclipse.cdt.core.dom.ast.gnu.IGNUASTCompoundStatementExpression;
import org.eclipse.cdt.core.dom.ast.gnu.IGNUASTGotoStatement;
import org.lockaudit.core.facts.Access;
import org.lockaudit.core.facts.AccessKind;
import org.lockaudit.core.facts.Call;
import org.lockaudit.core.facts.CfgNode;
import org.lockaudit.core.facts.Condition;
import org.lockaudit.core.facts.ConditionKind;
import org.lockaudit.core.facts.Event;
import org.lockaudit.core.facts.Function;
import org.lockaudit.core.facts.Label;
import org.lockaudit.core.facts.LockOperation;
import org.lockaudit.core.facts.LocalAssignment;
import org.lockaudit.core.facts.Return;
import org.lockaudit.core.facts.LockOpKind;
import org.lockaudit.core.facts.LockMode;
import org.lockaudit.core.facts.IrqEffect;
import org.lockaudit.core.facts.IrqOperation;
import org.lockaudit.core.lockapi.LockApi;
import org.lockaudit.core.lockapi.LockApiEntry;

/**
 * Builds one function's control-flow graph of events from its CDT body, following docs/facts-model.md: statements
 * become nodes and edges, conditions are split at {@code &&}, {@code ||}, {@code ?:} and {@code !} into branching
 * nodes, statement expressions are inlined, noreturn calls and failed assertions end in dead ends, and every
 * expression's events (accesses, lock operations, calls) are emitted in evaluation order.
 */
final class CfgBuilder {
    /**
     * Calls that only pass their first argument through ({@code likely(x)}; Xen's speculation barriers
     * {@code lock_evaluate_nospec(_spin_trylock(l))}, which every Xen 4.19 try-lock expands to): no event of their
     * own, so a test of a try-lock's result reaches the try-lock.
     */
    private static final Set<String> TRANSPARENT = Set.of("__builtin_expect", "likely", "unlikely",
            "__builtin_expect_with_probability", "lock_evaluate_nospec", "evaluate_nospec", "array_index_nospec");
    /** Calls whose arguments are not evaluated. */
    private static final Set<String> UNEVALUATED = Set.of("__builtin_constant_p", "__builtin_types_compatible_p",
            "__builtin_offsetof", "offsetof", "sizeof");
    private static final Pattern ASM_GOTO = Pattern.compile("^\\s*(?:__)?asm(?:__|_inline)?\\b[^(]*\\bgoto\\b");

    private final ExtractContext ctx;
    private final Function fn;
    private final String fnFile;
    private final LockRefs lockRefs;
    private final int exit;
    private int cur;
    private boolean problem;
    private final Map<String, Integer> labels = new HashMap<>();
    private final List<Goto> gotos = new ArrayList<>();
    private final Deque<Integer> breaks = new ArrayDeque<>();
    private final Deque<Integer> continues = new ArrayDeque<>();
    private final Deque<Map<IASTStatement, Integer>> switches = new ArrayDeque<>();
    /**
     * Locals written other than by a constant or a call's result ({@code n++}, {@code n += x}, {@code n = x},
     * {@code &n}): a constant stored in one is not recorded (see {@link #constantLocal}), since the facts carry no
     * event for those other writes and the dataflow would keep a stale value.
     */
    private Set<String> unstableLocals = Set.of();

    /**
     * Integer locals and parameters compared with a constant somewhere in the body ({@code try < 3},
     * {@code ret < 0}) and whose address is never taken: their assignments and increments are facts
     * ({@link LocalAssignment} with a constant or an increment) and their comparisons {@code COMPARISON}
     * conditions, so the dataflow knows their range. Other integer locals give no events (keeps the facts small).
     */
    private Set<String> rangedLocals = Set.of();

    /**
     * Pointer parameters through which the body stores only constants ({@code *busy = 1;}, {@code *busy = 0;}):
     * such a store is a fact on {@code *busy} (an out-parameter the caller tests), see {@link #constantLocal}.
     */
    private Set<String> constantOutParameters = Set.of();

    /**
     * One walk of the body for the sets above: {@link #unstableLocals} (written other than by a constant or a call's
     * result, or address taken), {@link #rangedLocals} (integer locals compared with a constant, address never taken)
     * and {@link #constantOutParameters} (stored through only by constants, never passed on or copied).
     */
    private record LocalWrites(Set<String> unstable, Set<String> ranged, Set<String> constantOut) {
        static LocalWrites of(IASTNode body) {
            Set<String> unstable = new java.util.HashSet<>();
            Set<String> compared = new java.util.HashSet<>();
            Set<String> addressed = new java.util.HashSet<>();
            Set<String> storedConstant = new java.util.HashSet<>();
            Set<String> storedOther = new java.util.HashSet<>();
            if (body != null) {
                body.accept(new ASTVisitor() {
                    {
                        shouldVisitExpressions = true;
                    }

                    @Override
                    public int visit(IASTExpression e) {
                        if (e instanceof IASTUnaryExpression u && (u.getOperator() == IASTUnaryExpression.op_prefixIncr
                                || u.getOperator() == IASTUnaryExpression.op_prefixDecr
                                || u.getOperator() == IASTUnaryExpression.op_postFixIncr
                                || u.getOperator() == IASTUnaryExpression.op_postFixDecr
                                || u.getOperator() == IASTUnaryExpression.op_amper)
                                && Ast.parens(u.getOperand()) instanceof IASTIdExpression id) {
                            unstable.add(id.getName().toString());
                            if (u.getOperator() == IASTUnaryExpression.op_amper) {
                                addressed.add(id.getName().toString());
                            }
                        } else if (e instanceof IASTUnaryExpression u && u.getOperator() != IASTUnaryExpression.op_star
                                && Ast.parens(u.getOperand()) instanceof IASTUnaryExpression star
                                && star.getOperator() == IASTUnaryExpression.op_star
                                && Ast.parens(star.getOperand()) instanceof IASTIdExpression p) {
                            storedOther.add(p.getName().toString()); // (*p)++, &*p
                        } else if (e instanceof IASTBinaryExpression b && isAssignment(b.getOperator())
                                && Ast.parens(b.getOperand1()) instanceof IASTUnaryExpression star
                                && star.getOperator() == IASTUnaryExpression.op_star
                                && Ast.parens(star.getOperand()) instanceof IASTIdExpression p) {
                            (b.getOperator() == IASTBinaryExpression.op_assign && Ast.constant(b.getOperand2()) != null
                                    ? storedConstant : storedOther).add(p.getName().toString());
                        } else if (e instanceof IASTIdExpression id && (callArgument(id)
                                || e.getParent() instanceof IASTBinaryExpression b && isAssignment(b.getOperator())
                                        && b.getOperand2() == e)) {
                            storedOther.add(id.getName().toString()); // passed on or copied: written elsewhere
                        } else if (e instanceof IASTBinaryExpression b && isAssignment(b.getOperator())
                                && Ast.parens(b.getOperand1()) instanceof IASTIdExpression id
                                && (b.getOperator() != IASTBinaryExpression.op_assign
                                        || Ast.constant(b.getOperand2()) == null
                                                && !(Ast.parensCasts(b.getOperand2()) instanceof IASTFunctionCallExpression))) {
                            unstable.add(id.getName().toString());
                        } else if (e instanceof IASTBinaryExpression b && comparisonOperator(b.getOperator()) != null) {
                            IASTIdExpression id = integerLocal(b.getOperand1()) != null
                                    && Ast.constant(b.getOperand2()) != null ? integerLocal(b.getOperand1())
                                    : integerLocal(b.getOperand2()) != null && Ast.constant(b.getOperand1()) != null
                                            ? integerLocal(b.getOperand2()) : null;
                            if (id != null) {
                                compared.add(id.getName().toString());
                            }
                        }
                        return PROCESS_CONTINUE;
                    }
                });
            }
            compared.removeAll(addressed);
            storedConstant.removeAll(storedOther);
            storedConstant.removeAll(unstable);
            return new LocalWrites(unstable, compared, storedConstant);
        }

        /** {@code e} (in parentheses or not) is an argument of a function call. */
        private static boolean callArgument(IASTExpression e) {
            IASTNode n = e;
            while (n.getParent() instanceof IASTUnaryExpression p
                    && p.getOperator() == IASTUnaryExpression.op_bracketedPrimary) {
                n = p;
            }
            return n.getParent() instanceof IASTFunctionCallExpression c && c.getFunctionNameExpression() != n;
        }
    }

    /** The C spelling of a comparison operator, or null. */
    private static String comparisonOperator(int op) {
        return switch (op) {
            case IASTBinaryExpression.op_equals -> "==";
            case IASTBinaryExpression.op_notequals -> "!=";
            case IASTBinaryExpression.op_lessThan -> "<";
            case IASTBinaryExpression.op_lessEqual -> "<=";
            case IASTBinaryExpression.op_greaterThan -> ">";
            case IASTBinaryExpression.op_greaterEqual -> ">=";
            default -> null;
        };
    }

    /** {@code x < c} written {@code c > x}. */
    private static String mirrored(String op) {
        return switch (op) {
            case "<" -> ">";
            case ">" -> "<";
            case "<=" -> ">=";
            case ">=" -> "<=";
            default -> op;
        };
    }

    /** {@code e} (without parentheses and casts) names a local or parameter of integer type, or null. */
    private static IASTIdExpression integerLocal(IASTExpression e) {
        if (Ast.parensCasts(e) instanceof IASTIdExpression id && isVariableNotGlobal(Ast.binding(id))
                && Ast.binding(id) instanceof IVariable v) {
            org.eclipse.cdt.core.dom.ast.IType t = Ast.unqualified(v.getType());
            if (t instanceof org.eclipse.cdt.core.dom.ast.IEnumeration
                    || t instanceof org.eclipse.cdt.core.dom.ast.IBasicType bt
                            && bt.getKind() != org.eclipse.cdt.core.dom.ast.IBasicType.Kind.eFloat
                            && bt.getKind() != org.eclipse.cdt.core.dom.ast.IBasicType.Kind.eDouble
                            && bt.getKind() != org.eclipse.cdt.core.dom.ast.IBasicType.Kind.eVoid) {
                return id;
            }
        }
        return null;
    }

    /** A ranged integer local given a new value: a constant, an increment or anything else (forgotten). */
    private void rangedAssignment(String target, Long constant, Long increment, IASTExpression value, IASTNode at) {
        if (cur < 0) {
            return;
        }
        if (constant == null && increment == null) {
            assigned(target, value, at);
            return;
        }
        LocalAssignment a = ExtractContext.F.createLocalAssignment();
        a.setTarget(target);
        if (constant != null) {
            a.setConstant(true);
            a.setConstantValue(constant);
            a.setZero(constant == 0);
        } else {
            a.setIncrement(true);
            a.setConstantValue(increment);
        }
        emit(a, at);
    }

    private boolean ranged(IASTExpression e) {
        return !rangedLocals.isEmpty() && integerLocal(e) != null
                && rangedLocals.contains(((IASTIdExpression) Ast.parensCasts(e)).getName().toString());
    }

    /** Raw texts of the statement expressions whose statements are being built (tests inside a macro's body). */
    private final Deque<String> innerTests = new ArrayDeque<>();

    /** Scope-based guards per open block, innermost first: released at every exit of their block. */
    private final Deque<List<ScopeGuard>> scopes = new ArrayDeque<>();
    /** {@link #scopes}' depth where each open break / continue target was pushed. */
    private final Deque<Integer> breakDepths = new ArrayDeque<>();
    private final Deque<Integer> continueDepths = new ArrayDeque<>();

    /** A lock taken by {@code guard(cls)(args)} or {@code scoped_guard(cls, args)}: released by {@code release}. */
    private record ScopeGuard(LockApiEntry release, IASTInitializerClause[] args, IASTNode src) {
    }
    private final Map<IASTFunctionCallExpression, Event> callEvents = new IdentityHashMap<>();
    /** Source spans of the lock operations emitted, to tell parsed lock macros from vanished or failed ones. */
    private final List<int[]> eventSpans = new ArrayList<>();
    /** Source span of every event emitted from the AST. */
    private final Map<Event, int[]> spans = new IdentityHashMap<>();
    /** Source spans of the branch conditions built from the AST. */
    private final List<int[]> branchSpans = new ArrayList<>();
    private int assertFail = -1;
    /** While extracting a macro's arguments parsed from its text: the expansion every event is attributed to. */
    private MacroIndex.Expansion forced;

    CfgBuilder(ExtractContext ctx, Function fn, String fnFile) {
        this.ctx = ctx;
        this.fn = fn;
        this.fnFile = fnFile;
        this.lockRefs = new LockRefs(ctx);
        newNode();
        this.exit = newNode();
        this.cur = 0;
    }

    boolean problem() {
        return problem;
    }

    /** The unit being built, for the binder's look-ups of names read from macro text. */
    private org.eclipse.cdt.core.dom.ast.IASTTranslationUnit unit;

    /** The body being built (its scope binds a static local lock read from macro text). */
    private IASTStatement body;

    void build(IASTFunctionDefinition def) {
        unit = def.getTranslationUnit();
        body = def.getBody();
        if (def.getDeclarator() instanceof IASTStandardFunctionDeclarator fd) {
            for (IASTParameterDeclaration p : fd.getParameters()) {
                ctx.types.declare(innermost(p.getDeclarator()).getName().toString(), p.getDeclSpecifier());
            }
        }
        LocalWrites writes = LocalWrites.of(body);
        unstableLocals = writes.unstable();
        rangedLocals = writes.ranged();
        constantOutParameters = writes.constantOut();
        stmt(body);
        if (cur >= 0) {
            Return r = ExtractContext.F.createReturn();
            r.setLine(body.getFileLocation().getEndingLineNumber());
            node(cur).getEvents().add(r);
            goTo(exit);
        }
        for (Goto g : gotos) {
            Integer target = labels.get(g.label());
            if (target != null) {
                edge(g.from(), target);
            }
        }
        dropDoubledMacroOperations();
        CfgShaper.finish(fn, exit);
    }

    /** A {@code goto label} (or an {@code asm goto} target) leaving node {@code from}. */
    private record Goto(int from, String label) {
    }

    /**
     * One statement, one lock operation: a lock macro's operation synthesized from its text is dropped when the
     * implementation call inside its expansion produced the same operation (same line and file, same kind, same
     * lock). Where a body was served from the run's memo the expansion spans that normally prevent the synthesis are
     * not recorded, and {@code spin_lock_irqsave(&l, f)} (a statement expression calling {@code _spin_lock_irqsave})
     * was one acquisition counted twice: "acquired while already held, acquired at the same line" on real Xen.
     */
    private void dropDoubledMacroOperations() {
        java.util.Set<String> real = new java.util.HashSet<>();
        java.util.Set<String> realMembers = new java.util.HashSet<>();
        boolean synthesized = false;
        for (CfgNode n : fn.getNodes()) {
            for (Event ev : n.getEvents()) {
                if (ev instanceof LockOperation op) {
                    if (isSynthesized(op)) {
                        synthesized = true;
                    } else {
                        real.add(operationKey(op));
                        String untyped = untypedKey(op);
                        if (untyped != null) {
                            realMembers.add(untyped);
                        }
                    }
                }
            }
        }
        if (!synthesized || real.isEmpty()) {
            return;
        }
        // the macro's interrupt effect when the inner operation has none: spin_trylock_irqsave() is
        // local_irq_save() around _spin_trylock(), whose own entry says nothing of interrupts
        java.util.Map<String, org.lockaudit.core.facts.IrqEffect> macroIrq = new java.util.HashMap<>();
        for (CfgNode n : fn.getNodes()) {
            for (Event ev : n.getEvents()) {
                if (ev instanceof LockOperation op && isSynthesized(op) && real.contains(operationKey(op))
                        && op.getIrq() != org.lockaudit.core.facts.IrqEffect.NONE) {
                    macroIrq.put(operationKey(op), op.getIrq());
                }
            }
        }
        for (CfgNode n : fn.getNodes()) {
            removeKeepingIndices(n, ev -> ev instanceof LockOperation op && isSynthesized(op)
                    && (real.contains(operationKey(op)) || untyped(op) && realMembers.contains(untypedKey(op))));
            if (!macroIrq.isEmpty()) {
                for (Event ev : n.getEvents()) {
                    if (ev instanceof LockOperation op && op.getIrq() == org.lockaudit.core.facts.IrqEffect.NONE
                            && macroIrq.containsKey(operationKey(op))) {
                        op.setIrq(macroIrq.get(operationKey(op)));
                    }
                }
            }
        }
    }

    /**
     * Removes the events {@code drop} accepts from {@code n}, moving the indices that name events of the node (the
     * branch's tested call result, a return's result) to where their events now are: a doubled macro operation
     * removed before the operation a branch tests (spin_trylock_irqsave()'s own try-lock) must not leave the branch
     * pointing at the wrong event.
     */
    private static void removeKeepingIndices(CfgNode n, java.util.function.Predicate<Event> drop) {
        List<Event> events = n.getEvents();
        if (events.stream().noneMatch(drop)) {
            return;
        }
        List<Event> before = new ArrayList<>(events);
        events.removeIf(drop);
        Condition c = n.getBranch();
        if (c != null && c.getKind() == ConditionKind.CALL_RESULT) {
            int i = c.getEventIndex();
            int moved = i >= 0 && i < before.size() ? events.indexOf(before.get(i)) : -1;
            if (moved >= 0) {
                c.setEventIndex(moved);
            } else {
                c.setKind(ConditionKind.OTHER); // the tested event itself was dropped
            }
        }
        for (Event e : events) {
            if (e instanceof org.lockaudit.core.facts.Return r && r.getResultOf() >= 0 && r.getResultOf() < before.size()) {
                r.setResultOf(events.indexOf(before.get(r.getResultOf())));
            }
        }
    }

    private static boolean isSynthesized(LockOperation op) {
        return op.getMacro() != null && op.getMacro().equals(op.getApi());
    }

    /**
     * A macro's member lock whose struct type its text alone could not resolve ({@code ?.lock} from
     * {@code spin_lock_irqsave(&per_cpu(timers, cpu).lock, f)}), while the inner call's AST did ({@code timers.lock}):
     * the two are one operation when they agree on line, file, kind and field ({@link #untypedKey}; the bases are
     * spelt differently by text and AST). Without this the macro's operation stayed beside the real one, and its
     * interrupt effect counted twice (a save seen as made with interrupts already off, a restore undoing the real
     * one's). Limit: two operations of one kind on same-named fields in one line, one of them an asm-only macro,
     * would be taken for one.
     */
    private static boolean untyped(LockOperation op) {
        org.lockaudit.core.facts.LockRef l = op.getLock();
        return l != null && l.getKind() == org.lockaudit.core.facts.LockKind.MEMBER
                && (l.getOwnerType() == null || l.getOwnerType().equals("?"));
    }

    private static String untypedKey(LockOperation op) {
        org.lockaudit.core.facts.LockRef l = op.getLock();
        if (l == null || l.getKind() != org.lockaudit.core.facts.LockKind.MEMBER) {
            return null;
        }
        return op.getLine() + "|" + op.getFile() + "|" + op.getOp() + "|" + l.getName();
    }

    private static String operationKey(LockOperation op) {
        org.lockaudit.core.facts.LockRef l = op.getLock();
        if (l != null && l.getKind() == org.lockaudit.core.facts.LockKind.UNKNOWN) {
            // a macro's text and its inner call's text name one unknown lock (spin_lock_irqsave(&this_cpu(l), f)
            // and _spin_lock_irqsave(&this_cpu(l))): compared by their address argument, as LockId does
            String text = l.getExpression() != null ? l.getExpression() : String.valueOf(l.getName());
            return op.getLine() + "|" + op.getFile() + "|" + op.getOp() + "|?|"
                    + org.lockaudit.core.program.LockId.normaliseBase(org.lockaudit.core.program.LockId.lockArgument(text));
        }
        return op.getLine() + "|" + op.getFile() + "|" + op.getOp() + "|" + (l == null ? "" : l.getKind() + "|"
                + l.getName() + "|" + l.getOwnerType() + "|" + org.lockaudit.core.program.LockId.normaliseBase(l.getBase()) + "|" + l.getFileScope());
    }

    // ---------------------------------------------------------------- graph primitives

    private int newNode() {
        CfgNode n = ExtractContext.F.createCfgNode();
        n.setId(fn.getNodes().size());
        fn.getNodes().add(n);
        return n.getId();
    }

    private CfgNode node(int i) {
        return fn.getNodes().get(i);
    }

    private void edge(int from, int to) {
        node(from).getSuccessors().add(to);
    }

    private void goTo(int target) {
        if (cur >= 0) {
            edge(cur, target);
        }
        cur = -1;
    }

    private void ensure() {
        if (cur < 0) {
            cur = newNode();
        }
    }

    private int label(String name) {
        return labels.computeIfAbsent(name, n -> newNode());
    }

    /** The last write access emitted: the target of the assignment being built. */
    private Access lastWrite;

    private void emit(Event e, IASTNode src) {
        ensure();
        if (e instanceof Access a && a.getKind() == AccessKind.WRITE) {
            lastWrite = a;
        }
        if (forced != null) {
            e.setLine(forced.line());
            e.setFile(forced.file().equals(fnFile) ? null : forced.file());
            e.setMacro(forced.name());
            node(cur).getEvents().add(e);
            return;
        }
        e.setLine(Ast.line(src));
        String f = Ast.file(src);
        if (f != null && !f.equals(fnFile)) {
            e.setFile(f);
        }
        e.setMacro(Ast.macro(src));
        node(cur).getEvents().add(e);
        if (Ast.offset(src) >= 0) {
            int[] span = {Ast.offset(src), Ast.endOffset(src)};
            spans.put(e, span);
            if (e instanceof LockOperation || e instanceof IrqOperation) {
                eventSpans.add(span);
            }
        }
    }

    // ---------------------------------------------------------------- statements

    private void stmt(IASTStatement s) {
        if (s == null) {
            return;
        }
        statement(s);
        if (!(s instanceof IASTCompoundStatement || s instanceof IASTLabelStatement
                || s instanceof IASTExpressionStatement || s instanceof IASTDeclarationStatement
                || s instanceof IASTReturnStatement || s instanceof IASTProblemStatement)) {
            macroFallback(s, eventSpans.size());
        }
    }

    private void statement(IASTStatement s) {
        if (s instanceof IASTCompoundStatement c) {
            scopes.push(new ArrayList<>());
            for (IASTStatement x : c.getStatements()) {
                stmt(x);
            }
            releaseScopes(scopes.size() - 1, endLine(c));
            scopes.pop();
        } else if (s instanceof IASTExpressionStatement es) {
            if (nestedInterrupt(es)) {
                return;
            }
            int mark = eventSpans.size();
            expressionStatement(es.getExpression());
            macroFallback(s, mark);
        } else if (s instanceof IASTDeclarationStatement ds) {
            int mark = eventSpans.size();
            declaration(ds.getDeclaration());
            macroFallback(s, mark);
        } else if (s instanceof IASTIfStatement i) {
            int t = newNode();
            int after = newNode();
            int f = i.getElseClause() != null ? newNode() : after;
            branch(i.getConditionExpression(), t, f, false);
            cur = t;
            stmt(i.getThenClause());
            goTo(after);
            if (i.getElseClause() != null) {
                cur = f;
                stmt(i.getElseClause());
                goTo(after);
            }
            cur = after;
        } else if (s instanceof IASTWhileStatement w) {
            int head = newNode();
            goTo(head);
            cur = head;
            int body = newNode();
            int after = newNode();
            branch(w.getCondition(), body, after, false);
            loopBody(w.getBody(), body, head, after);
            goTo(head);
            cur = after;
        } else if (s instanceof IASTDoStatement d) {
            int body = newNode();
            goTo(body);
            int cond = newNode();
            int after = newNode();
            loopBody(d.getBody(), body, cond, after);
            goTo(cond);
            cur = cond;
            branch(d.getCondition(), body, after, false);
            cur = after;
        } else if (s instanceof IASTForStatement f) {
            scopes.push(new ArrayList<>());
            stmt(f.getInitializerStatement());
            int head = newNode();
            goTo(head);
            cur = head;
            int body = newNode();
            int after = newNode();
            int iter = newNode();
            if (f.getConditionExpression() == null) {
                goTo(body);
            } else {
                branch(f.getConditionExpression(), body, after, false);
            }
            loopBody(f.getBody(), body, iter, after);
            goTo(iter);
            cur = iter;
            expr(f.getIterationExpression(), AccessKind.READ);
            goTo(head);
            cur = after;
            releaseScopes(scopes.size() - 1, endLine(f));
            scopes.pop();
        } else if (s instanceof IASTSwitchStatement sw) {
            switchStatement(sw);
        } else if (s instanceof IASTCaseStatement || s instanceof IASTDefaultStatement) {
            Integer n = switches.isEmpty() ? null : switches.peek().get(s);
            if (n != null) {
                goTo(n);
                cur = n;
            }
        } else if (s instanceof IASTBreakStatement) {
            if (breaks.isEmpty()) {
                cur = -1;
            } else {
                releaseScopes(breakDepths.peek(), Ast.line(s));
                goTo(breaks.peek());
            }
        } else if (s instanceof IASTContinueStatement) {
            if (continues.isEmpty()) {
                cur = -1;
            } else {
                releaseScopes(continueDepths.peek(), Ast.line(s));
                goTo(continues.peek());
            }
        } else if (s instanceof IASTReturnStatement r) {
            int mark = eventSpans.size();
            returnStatement(r);
            macroFallback(s, mark);
        } else if (s instanceof IASTGotoStatement g) {
            if (cur >= 0) {
                gotos.add(new Goto(cur, g.getName().toString()));
            }
            cur = -1;
        } else if (s instanceof IGNUASTGotoStatement g) {
            // computed goto: any label of the function
            expr(g.getLabelNameExpression(), AccessKind.READ);
            if (cur >= 0) {
                for (IASTLabelStatement l : allLabels(s)) {
                    gotos.add(new Goto(cur, l.getName().toString()));
                }
            }
            cur = -1;
        } else if (s instanceof IASTLabelStatement l) {
            String name = l.getName().toString();
            int n = label(name);
            goTo(n);
            cur = n;
            Label ev = ExtractContext.F.createLabel();
            ev.setName(name);
            emit(ev, l.getName());
            stmt(l.getNestedStatement());
        } else if (s instanceof IASTProblemStatement) {
            problem = true;
            asmGoto(Ast.raw(s)); // CDT does not parse asm goto
            macroFallback(s, eventSpans.size());
        }
    }

    private void loopBody(IASTStatement body, int bodyNode, int continueTarget, int breakTarget) {
        breaks.push(breakTarget);
        continues.push(continueTarget);
        breakDepths.push(scopes.size());
        continueDepths.push(scopes.size());
        cur = bodyNode;
        stmt(body);
        breaks.pop();
        continues.pop();
        breakDepths.pop();
        continueDepths.pop();
    }

    private void switchStatement(IASTSwitchStatement sw) {
        expr(sw.getControllerExpression(), AccessKind.READ);
        ensure();
        int head = cur;
        int after = newNode();
        Map<IASTStatement, Integer> cases = new LinkedHashMap<>();
        boolean[] hasDefault = {false};
        sw.getBody().accept(new ASTVisitor() {
            {
                shouldVisitStatements = true;
            }

            @Override
            public int visit(IASTStatement st) {
                if (st instanceof IASTSwitchStatement) {
                    return PROCESS_SKIP;
                }
                if (st instanceof IASTCaseStatement || st instanceof IASTDefaultStatement) {
                    cases.put(st, newNode());
                    hasDefault[0] |= st instanceof IASTDefaultStatement;
                }
                return PROCESS_CONTINUE;
            }
        });
        for (int n : cases.values()) {
            edge(head, n);
        }
        if (!hasDefault[0]) {
            edge(head, after);
        }
        cur = -1;
        switches.push(cases);
        breaks.push(after);
        breakDepths.push(scopes.size());
        stmt(sw.getBody());
        breaks.pop();
        breakDepths.pop();
        switches.pop();
        goTo(after);
        cur = after;
    }

    private List<IASTLabelStatement> allLabels(IASTNode from) {
        IASTNode n = from;
        while (n != null && !(n instanceof IASTFunctionDefinition)) {
            n = n.getParent();
        }
        List<IASTLabelStatement> r = new ArrayList<>();
        if (n != null) {
            n.accept(new ASTVisitor() {
                {
                    shouldVisitStatements = true;
                }

                @Override
                public int visit(IASTStatement st) {
                    if (st instanceof IASTLabelStatement l) {
                        r.add(l);
                    }
                    return PROCESS_CONTINUE;
                }
            });
        }
        return r;
    }

    private void expressionStatement(IASTExpression e) {
        if (Ast.parens(e) instanceof IASTFunctionCallExpression outer
                && Ast.parens(outer.getFunctionNameExpression()) instanceof IASTFunctionCallExpression inner
                && "guard".equals(Ast.calleeName(inner)) && inner.getArguments().length == 1
                && inner.getArguments()[0] instanceof IASTIdExpression cls
                && takeGuard(cls.getName().toString(), outer.getArguments(), outer)) {
            return;
        }
        if (Ast.parens(e) instanceof IASTFunctionCallExpression c) {
            Boolean failsWhenTrue = ctx.api.assertionFailsWhenTrue(Ast.calleeName(c));
            if (failsWhenTrue != null && c.getArguments().length >= 1
                    && c.getArguments()[0] instanceof IASTExpression p) {
                assertion(p, failsWhenTrue);
                return;
            }
        }
        expr(e, AccessKind.READ);
    }

    /** {@code ASSERT(p)}: a branch on p whose failing successor is a dead end. */
    private void assertion(IASTExpression p, boolean failsWhenTrue) {
        int pass = newNode();
        int fail = newNode();
        int saved = assertFail;
        assertFail = fail;
        if (failsWhenTrue) {
            branch(p, fail, pass, false);
        } else {
            branch(p, pass, fail, false);
        }
        assertFail = saved;
        cur = pass;
    }

    private void returnStatement(IASTReturnStatement r) {
        IASTExpression v = r.getReturnValue();
        Return ret = ExtractContext.F.createReturn();
        if (v != null) {
            expr(v, AccessKind.READ);
            if (cur < 0) {
                return;
            }
            ret.setValue(Ast.text(v));
            Stripped s = strip(v);
            IASTExpression x = s.expr;
            if (x instanceof IASTBinaryExpression b && b.getOperator() == IASTBinaryExpression.op_assign
                    && Ast.parensCasts(b.getOperand2()) instanceof IASTFunctionCallExpression) {
                x = Ast.parensCasts(b.getOperand2());
            }
            Long constant = Ast.constant(v);
            if (x instanceof IASTFunctionCallExpression c && callEvents.containsKey(c)) {
                int idx = node(cur).getEvents().indexOf(callEvents.get(c));
                if (idx >= 0) {
                    ret.setResultOf(idx);
                    ret.setNegated(s.negated);
                }
            } else if (x instanceof IASTIdExpression id && isVariableNotGlobal(Ast.binding(id))) {
                ret.setVariable(id.getName().toString());
                ret.setNegated(s.negated);
            } else if (constant != null) {
                ret.setConstant(true);
                ret.setConstantValue(constant);
            }
        }
        if (cur >= 0) {
            releaseScopes(0, Ast.line(r));
        }
        emit(ret, r);
        goTo(exit);
    }

    /**
     * {@code p = n} on a local pointer: a {@link LocalAssignment} for the binder, which ends the instances named
     * through {@code p} and follows the copy. Only pointers are recorded (an integer local names no lock).
     */
    private void localAssignment(IASTIdExpression target, IASTExpression value, IASTNode at) {
        if (Ast.binding(target) instanceof IVariable v && isVariableNotGlobal(v) && isLocalPointer(v)) {
            assigned(target.getName().toString(), value, at);
        }
    }

    private void assigned(String target, IASTExpression value, IASTNode at) {
        LocalAssignment a = ExtractContext.F.createLocalAssignment();
        a.setTarget(target);
        if (value != null && Ast.parensCasts(value) instanceof IASTIdExpression src
                && isVariableNotGlobal(Ast.binding(src))) {
            a.setSource(src.getName().toString());
        } else if (value != null && Ast.isZero(Ast.parensCasts(value))) {
            a.setZero(true);
        } else if (value != null && Ast.parensCasts(value) instanceof IASTFunctionCallExpression) {
            a.setCallResult(true);
        } else if (value != null && Ast.parensCasts(value) instanceof IASTUnaryExpression u
                && u.getOperator() == IASTUnaryExpression.op_amper) {
            // lock = &item_locks[hv & mask]: the binder follows the pointer to the lock
            a.setLock(lockRefs.of(value));
        }
        emit(a, at);
    }

    private static boolean isLocalPointer(IVariable v) {
        return Ast.unqualified(v.getType()) instanceof org.eclipse.cdt.core.dom.ast.IPointerType;
    }

    /** {@code o->locked}, {@code of.locked}, {@code o->opt.locked}: a member chain rooted at a local or parameter. */
    private static boolean memberOfLocal(org.eclipse.cdt.core.dom.ast.IASTFieldReference f) {
        IASTExpression e = f;
        while (e instanceof org.eclipse.cdt.core.dom.ast.IASTFieldReference r) {
            e = Ast.parens(r.getFieldOwner());
        }
        if (!(e instanceof IASTIdExpression id)) {
            return false;
        }
        IBinding b = Ast.binding(id);
        // a mode flag of a global object tested twice (if (!mod->needs_lock) unlock(); ... if (mod->needs_lock)
        // unlock();) is correlated like a local's. Heuristic and limit: a callee or another thread changing the
        // flag between the two tests is not seen (as for a member of a local object).
        return isVariableNotGlobal(b) || Ast.isGlobalVariable(b);
    }

    /**
     * A local or parameter of pointer type: its assignments are {@code LocalAssignment} facts, so a fact about it
     * is forgotten when it changes (an integer's {@code i++} is not followed).
     */
    private static boolean isLocalPointer(IBinding b) {
        return isVariableNotGlobal(b) && b instanceof IVariable v && isLocalPointer(v);
    }

    private static boolean isVariableNotGlobal(IBinding b) {
        return b instanceof IParameter || Ast.isLocalVariable(b);
    }

    private void declaration(IASTDeclaration d) {
        if (d instanceof IASTSimpleDeclaration sd) {
            for (IASTDeclarator dl : sd.getDeclarators()) {
                IASTDeclarator in = innermost(dl);
                String name = in.getName().toString();
                ctx.types.declare(name, sd.getDeclSpecifier());
                IASTInitializer init = dl.getInitializer();
                if (init instanceof IASTEqualsInitializer eq) {
                    IASTInitializerClause clause = eq.getInitializerClause();
                    if (scopeGuard(clause, dl)) {
                        continue;
                    }
                    initializer(clause);
                    resultVariable(clause, name);
                    if (in.getName().resolveBinding() instanceof IVariable v && isLocalPointer(v)) {
                        // a declaration in a loop body gives its variable a new value on every iteration
                        assigned(name, clause instanceof IASTExpression x ? x : null, dl);
                    } else if (rangedLocals.contains(name) && clause instanceof IASTExpression x) {
                        rangedAssignment(name, Ast.constant(x), null, x, dl);
                    }
                    constantLocal(clause, name, dl);
                } else if (init instanceof IASTInitializerList list) {
                    initializer(list);
                }
            }
            ctx.bindings.fromDeclaration(sd, fnFile);
        } else if (d instanceof IASTASMDeclaration asm) {
            asmGoto(Ast.raw(asm));
        }
    }

    /** {@code asm goto ("..." : : : "memory" : l1, l2)}: may jump to its labels or fall through. */
    private void asmGoto(String text) {
        Matcher m = ASM_GOTO.matcher(text);
        if (!m.find() || cur < 0) {
            return;
        }
        int close = text.lastIndexOf(')');
        int colon = text.lastIndexOf(':', close < 0 ? text.length() - 1 : close);
        if (colon < 0 || close < 0) {
            return;
        }
        for (String l : text.substring(colon + 1, close).split(",")) {
            String name = l.trim();
            if (name.matches("[A-Za-z_]\\w*")) {
                gotos.add(new Goto(cur, name));
            }
        }
        int next = newNode();
        goTo(next);
        cur = next;
    }

    static IASTDeclarator innermost(IASTDeclarator d) {
        while (d.getNestedDeclarator() != null && d.getName().toString().isEmpty()) {
            d = d.getNestedDeclarator();
        }
        return d;
    }

    private void initializer(IASTInitializerClause c) {
        if (c instanceof IASTExpression e) {
            expr(e, AccessKind.READ);
        } else if (c instanceof IASTInitializerList l) {
            for (IASTInitializerClause x : l.getClauses()) {
                initializer(x);
            }
        } else if (c instanceof ICASTDesignatedInitializer d) {
            initializer(d.getOperand());
        } else if (c instanceof IASTEqualsInitializer eq) {
            initializer(eq.getInitializerClause());
        }
    }

    /**
     * A scope-based guard's declaration, as the kernel's {@code guard(cls)(&l)} and {@code scoped_guard(cls, &l)}
     * expand: a variable initialised by {@code class_<cls>_constructor(args)} (its cleanup attribute releases the
     * lock at every exit of the block). Recognised by the constructor's name when the lock API knows the class.
     */
    private boolean scopeGuard(IASTInitializerClause clause, IASTNode src) {
        if (clause instanceof IASTExpression e && Ast.parensCasts(e) instanceof IASTFunctionCallExpression c) {
            String name = Ast.calleeName(c);
            if (name != null && name.startsWith("class_") && name.endsWith("_constructor")) {
                return takeGuard(name.substring("class_".length(), name.length() - "_constructor".length()),
                        c.getArguments(), src);
            }
        }
        return false;
    }

    /** Acquires the guard class's lock now and schedules its release at the exits of the innermost scope. */
    private boolean takeGuard(String cls, IASTInitializerClause[] args, IASTNode src) {
        LockApiEntry[] g = ctx.api.guard(cls);
        if (g == null || scopes.isEmpty()) {
            return false;
        }
        LockApiEntry acquire = g[0];
        for (int i = 0; i < args.length; i++) {
            if (i == acquire.argument() && args[i] instanceof IASTExpression lockArg) {
                lockOperands(lockArg);
            } else {
                initializer(args[i]);
            }
        }
        emit(guardOperation(acquire, args, "guard(" + cls + ")"), src);
        scopes.peek().add(new ScopeGuard(g[1], args, src));
        return true;
    }

    private LockOperation guardOperation(LockApiEntry entry, IASTInitializerClause[] args, String api) {
        LockOperation op = ExtractContext.F.createLockOperation();
        op.setOp(entry.op());
        op.setMode(entry.mode());
        op.setIrq(entry.irq());
        op.setApi(api);
        op.setSuccessWhenNonZero(entry.successWhenNonZero());
        op.setLock(lockRefs.of(entry, args));
        return op;
    }

    /**
     * The flags variable of a lock operation that saves or restores interrupts: the argument after the lock
     * ({@code spin_lock_irqsave(l, flags)}); null when there is none (Xen's {@code flags = _spin_lock_irqsave(l)},
     * whose flags are the variable its result is assigned to, see {@link #resultVariable}).
     */
    private static String irqFlags(LockApiEntry entry, List<String> args) {
        if ((entry.irq() != IrqEffect.SAVE && entry.irq() != IrqEffect.RESTORE) || entry.argument() < 0) {
            return null;
        }
        int i = entry.argument() + 1;
        return i < args.size() ? args.get(i) : null;
    }

    /**
     * Each argument as a flags variable: its name ({@code flags}, {@code (flags)}, {@code *pflags}) from the AST;
     * other text only where the argument is written as such (inside a macro expansion the raw text is the macro
     * invocation's); else null.
     */
    private static List<String> flagsTexts(IASTInitializerClause[] args) {
        List<String> r = new ArrayList<>(args.length);
        for (IASTInitializerClause a : args) {
            String t = null;
            IASTNode x = a instanceof IASTExpression e ? Ast.parensCasts(e) : a;
            if (x instanceof IASTIdExpression id) {
                t = id.getName().toString();
            } else if (x instanceof IASTUnaryExpression u && u.getOperator() == IASTUnaryExpression.op_star
                    && Ast.parensCasts(u.getOperand()) instanceof IASTIdExpression id) {
                t = "*" + id.getName().toString();
            } else if (Ast.macro(a) == null) {
                t = Ast.text(a);
            }
            r.add(t);
        }
        return r;
    }

    /** An interrupt-state change ({@code local_irq_save(flags)}) of the lock API, with its flags argument. */
    private static IrqOperation interruptOperation(LockApi.IrqApiEntry entry, String api, List<String> args) {
        IrqOperation op = ExtractContext.F.createIrqOperation();
        op.setIrq(entry.irq());
        op.setApi(api);
        int i = entry.flagsArgument();
        if (i >= 0 && i < args.size()) {
            op.setFlags(args.get(i));
        }
        return op;
    }

    /** Releases the guards of every open scope deeper than {@code depth} (innermost first), at {@code line}. */
    private void releaseScopes(int depth, int line) {
        if (cur < 0) {
            return;
        }
        int level = scopes.size();
        for (List<ScopeGuard> scope : scopes) {
            if (--level < depth) {
                break;
            }
            for (int i = scope.size() - 1; i >= 0; i--) {
                ScopeGuard g = scope.get(i);
                LockOperation op = guardOperation(g.release(), g.args(), "end of guard scope");
                emit(op, g.src());
                op.setLine(line);
                op.setFile(null);
            }
        }
    }

    private static int endLine(IASTNode n) {
        return n.getFileLocation() == null ? Ast.line(n) : n.getFileLocation().getEndingLineNumber();
    }

    /**
     * A local set to a constant ({@code locked = 1;}, {@code int done = 0;}): the pseudo-call
     * {@code __lockaudit_set(value)} with the local as its result variable, so a later test of the local is
     * correlated with the path that set it.
     */
    private void constantLocal(IASTInitializerClause value, String variable, IASTNode src) {
        if (cur < 0 || !(value instanceof IASTExpression e)) {
            return;
        }
        Long c = Ast.constant(e);
        if (c == null || unstableLocals.contains(variable) || rangedLocals.contains(variable)) {
            return;
        }
        Call set = ExtractContext.F.createCall();
        set.setCallee(LockApi.SET_LOCAL);
        set.getArguments().add(Long.toString(c));
        set.setResultVariable(variable);
        emit(set, src);
    }

    private void resultVariable(IASTInitializerClause value, String variable) {
        if (value instanceof IASTExpression e && Ast.parensCasts(e) instanceof IASTFunctionCallExpression c) {
            Event ev = callEvents.get(c);
            if (ev instanceof IrqOperation io && io.getIrq() == IrqEffect.SAVE && io.getFlags() == null) {
                io.setFlags(variable); // flags = arch_local_irq_save()
            } else if (ev instanceof LockOperation op) {
                op.setResultVariable(variable);
                if (op.getIrq() == IrqEffect.SAVE && op.getIrqFlags() == null) {
                    op.setIrqFlags(variable); // (flags) = _spin_lock_irqsave(l)
                }
            } else if (ev instanceof Call call) {
                call.setResultVariable(variable);
            }
        }
    }

    // ---------------------------------------------------------------- conditions

    private record Stripped(IASTExpression expr, boolean negated) {
    }

    /** Strips parentheses, casts, likely/unlikely, {@code !}, {@code == 0}, {@code != 0}. */
    private Stripped strip(IASTExpression e) {
        boolean neg = false;
        while (true) {
            e = Ast.parensCasts(e);
            if (hardIrqTest(e)) {
                return new Stripped(e, neg); // in_irq() written as a macro: not its expansion's inner test
            }
            if (e instanceof IASTFunctionCallExpression c && Ast.calleeName(c) != null // null: fuzz finding
                    && TRANSPARENT.contains(Ast.calleeName(c))
                    && c.getArguments().length >= 1 && c.getArguments()[0] instanceof IASTExpression a) {
                e = a;
            } else if (e instanceof IASTUnaryExpression u && u.getOperator() == IASTUnaryExpression.op_not) {
                neg = !neg;
                e = u.getOperand();
            } else if (e instanceof IASTBinaryExpression b && (b.getOperator() == IASTBinaryExpression.op_equals
                    || b.getOperator() == IASTBinaryExpression.op_notequals)
                    && (Ast.isZero(b.getOperand2()) || Ast.isZero(b.getOperand1()))) {
                if (b.getOperator() == IASTBinaryExpression.op_equals) {
                    neg = !neg;
                }
                e = Ast.isZero(b.getOperand2()) ? b.getOperand1() : b.getOperand2();
            } else {
                return new Stripped(e, neg);
            }
        }
    }

    /**
     * Evaluates condition {@code e} and continues at {@code t} when it holds, at {@code f} otherwise (swapped
     * when {@code neg}). Leaves {@code cur} at -1.
     */
    private void branch(IASTExpression e, int t, int f, boolean neg) {
        Stripped s = strip(e);
        IASTExpression x = s.expr;
        if (s.negated) {
            neg = !neg;
        }
        Long c = Ast.constant(x);
        if (c != null) {
            goTo((c != 0) != neg ? t : f);
            return;
        }
        if (x instanceof IASTBinaryExpression b && (b.getOperator() == IASTBinaryExpression.op_logicalAnd
                || b.getOperator() == IASTBinaryExpression.op_logicalOr)) {
            int tt = neg ? f : t;
            int ff = neg ? t : f;
            int mid = newNode();
            if (b.getOperator() == IASTBinaryExpression.op_logicalAnd) {
                branch(b.getOperand1(), mid, ff, false);
            } else {
                branch(b.getOperand1(), tt, mid, false);
            }
            cur = mid;
            branch(b.getOperand2(), tt, ff, false);
            return;
        }
        if (x instanceof IASTConditionalExpression ce) {
            int tt = neg ? f : t;
            int ff = neg ? t : f;
            int ny = newNode();
            if (ce.getPositiveResultExpression() == null) {
                branch(ce.getLogicalConditionExpression(), tt, ny, false);
            } else {
                int nx = newNode();
                branch(ce.getLogicalConditionExpression(), nx, ny, false);
                cur = nx;
                branch(ce.getPositiveResultExpression(), tt, ff, false);
            }
            cur = ny;
            branch(ce.getNegativeResultExpression(), tt, ff, false);
            return;
        }
        if (x instanceof IASTExpressionList list && list.getExpressions().length > 0) {
            IASTExpression[] all = list.getExpressions();
            for (int i = 0; i < all.length - 1; i++) {
                expr(all[i], AccessKind.READ);
            }
            branch(all[all.length - 1], t, f, neg);
            return;
        }
        if (x instanceof IGNUASTCompoundStatementExpression se) {
            IASTStatement[] all = se.getCompoundStatement().getStatements();
            if (all.length > 0 && all[all.length - 1] instanceof IASTExpressionStatement last) {
                innerTests.push(Ast.text(x));
                try {
                    for (int i = 0; i < all.length - 1; i++) {
                        stmt(all[i]);
                    }
                } finally {
                    innerTests.pop();
                }
                branch(last.getExpression(), t, f, neg);
                return;
            }
        }
        leaf(x, t, f, neg);
    }

    /**
     * {@code in_irq()} and the like (the lock API's hard-IRQ predicates), called or written as a macro whose
     * invocation is the whole expression: tested as the pseudo-variable {@link LockApi#HARD_IRQ}, so an access on its
     * true side is known to need a hard interrupt context.
     */
    private boolean hardIrqTest(IASTExpression e) {
        if (e instanceof IASTFunctionCallExpression call) {
            return ctx.api.isHardIrqPredicate(Ast.calleeName(call));
        }
        String name = Ast.macro(e);
        if (name == null || !ctx.api.isHardIrqPredicate(name)) {
            return false;
        }
        Matcher m = PREDICATE_CALL.matcher(Ast.text(e));
        return m.matches() && m.group(1).equals(name);
    }

    private static final Pattern PREDICATE_CALL = Pattern.compile("(\\w+)\\s*\\(\\s*\\)");

    private void leaf(IASTExpression e, int t, int f, boolean neg) {
        ensure();
        expr(e, AccessKind.READ);
        if (cur < 0) {
            return;
        }
        Condition c = ExtractContext.F.createCondition();
        c.setNegated(neg);
        c.setText(Ast.text(e));
        c.setLine(forced != null ? forced.line() : Ast.line(e));
        IASTExpression s = Ast.parensCasts(e);
        if (s instanceof IASTBinaryExpression b && b.getOperator() == IASTBinaryExpression.op_assign
                && Ast.parensCasts(b.getOperand2()) instanceof IASTFunctionCallExpression) {
            s = Ast.parensCasts(b.getOperand2());
        }
        c.setKind(ConditionKind.OTHER);
        if (hardIrqTest(s)) {
            c.setKind(ConditionKind.VARIABLE);
            c.setVariable(LockApi.HARD_IRQ);
        } else if (s instanceof IASTFunctionCallExpression call && callEvents.containsKey(call)) {
            int idx = node(cur).getEvents().indexOf(callEvents.get(call));
            if (idx >= 0) {
                c.setKind(ConditionKind.CALL_RESULT);
                c.setEventIndex(idx);
            }
        }
        if (!innerTests.isEmpty() && c.getText() != null && c.getText().equals(innerTests.peek())) {
            // a test inside a statement expression of a macro (__test_and_clear_bit()'s own size check): its raw
            // text is the whole invocation, which the path would show again with the outer test's truth; name
            // what it tests instead
            c.setText(s instanceof IASTFunctionCallExpression call && Ast.calleeName(call) != null
                    ? Ast.calleeName(call) + "(…) inside " + c.getText()
                    : "a test inside " + c.getText());
        }
        if (c.getKind() != ConditionKind.OTHER) {
            // decided above
        } else if (s instanceof IASTIdExpression id && isVariableNotGlobal(Ast.binding(id))) {
            c.setKind(ConditionKind.VARIABLE);
            c.setVariable(id.getName().toString());
            if (Ast.macro(e) != null) {
                // inside a macro (unlikely(!word)) the raw text is the whole invocation, whose truth is not the
                // variable's: name the variable itself
                c.setText(id.getName().toString());
            }
        } else if (s instanceof IASTBinaryExpression eq && comparisonOperator(eq.getOperator()) != null
                && Ast.parensCasts(eq.getOperand1()) instanceof IASTIdExpression a && isLocalPointer(Ast.binding(a))
                && Ast.parensCasts(eq.getOperand2()) instanceof IASTIdExpression b && isLocalPointer(Ast.binding(b))) {
            // two locals compared (if (q == old_q) ... if (q != old_q) unlock(&old_q->lock)): a fact named by the
            // pair, forgotten when either is assigned, made true by a copy (LocalFacts); d1 < d2 holding tells
            // they differ (locking in address order, then unlocking when they differ)
            c.setKind(ConditionKind.COMPARISON);
            c.setVariable(a.getName().toString());
            c.setOther(b.getName().toString());
            c.setOperator(comparisonOperator(eq.getOperator()));
            if (Ast.macro(e) != null) {
                c.setText(a.getName() + " " + c.getOperator() + " " + b.getName());
            }
        } else if (s instanceof IASTBinaryExpression cmp && comparisonOperator(cmp.getOperator()) != null
                && (ranged(cmp.getOperand1()) && Ast.constant(cmp.getOperand2()) != null
                        || ranged(cmp.getOperand2()) && Ast.constant(cmp.getOperand1()) != null)) {
            // an integer local compared with a constant (try < 3, ret < 0): narrows its range (LocalFacts)
            boolean left = ranged(cmp.getOperand1()) && Ast.constant(cmp.getOperand2()) != null;
            IASTIdExpression v = (IASTIdExpression) Ast.parensCasts(left ? cmp.getOperand1() : cmp.getOperand2());
            String op = comparisonOperator(cmp.getOperator());
            c.setKind(ConditionKind.COMPARISON);
            c.setVariable(v.getName().toString());
            c.setOperator(left ? op : mirrored(op));
            c.setConstant(Ast.constant(left ? cmp.getOperand2() : cmp.getOperand1()));
            if (Ast.macro(e) != null) {
                c.setText(v.getName() + " " + c.getOperator() + " " + c.getConstant());
            }
        } else if (s instanceof org.eclipse.cdt.core.dom.ast.IASTFieldReference flag && memberOfLocal(flag)) {
            // a flag carried in a local object (if (o->locked) ... if (o->locked)): tested like a local
            String path = org.lockaudit.core.binder.AccessPaths.spell(flag);
            if (path != null && !path.contains("[")) {
                c.setKind(ConditionKind.VARIABLE);
                c.setVariable(path);
            }
        }
        if ((c.getKind() == ConditionKind.OTHER || c.getKind() == ConditionKind.CALL_RESULT)
                && Ast.text(e).equals(c.getText()) && ExpandedText.insideExpansion(e, TRANSPARENT)) {
            // one test of a macro's body (a && (b || !c)): its own expanded text, not the invocation's
            String expanded = ExpandedText.of(Ast.parens(e));
            if (expanded != null) {
                c.setText(expanded);
            }
        }
        c.setAssertion(assertFail >= 0 && (t == assertFail || f == assertFail));
        if (forced == null && Ast.offset(e) >= 0) {
            branchSpans.add(new int[] {Ast.offset(e), Ast.endOffset(e)});
        }
        CfgNode n = node(cur);
        n.setBranch(c);
        edge(cur, t);
        edge(cur, f);
        cur = -1;
    }

    // ---------------------------------------------------------------- expressions

    private void expr(IASTExpression e, AccessKind kind) {
        if (e == null) {
            return;
        }
        if (e instanceof IASTUnaryExpression u) {
            unary(u, kind);
        } else if (e instanceof IASTIdExpression id) {
            IBinding b = Ast.binding(id);
            if (Ast.isGlobalVariable(b) && !TypeNames.isConst(((IVariable) b).getType())) {
                Access a = ExtractContext.F.createAccess();
                a.setTarget(b.getName());
                a.setGlobal(true);
                a.setKind(kind);
                a.setBase(b.getName());
                if (((IVariable) b).isStatic()) {
                    a.setFileScope(ctx.tuFile);
                }
                emit(a, e);
            }
        } else if (e instanceof IASTFieldReference || e instanceof IASTArraySubscriptExpression) {
            member(e, kind);
        } else if (e instanceof IASTBinaryExpression b) {
            binary(b);
        } else if (e instanceof IASTConditionalExpression ce) {
            int ny = newNode();
            int join = newNode();
            if (ce.getPositiveResultExpression() == null) {
                branch(ce.getLogicalConditionExpression(), join, ny, false);
            } else {
                int nx = newNode();
                branch(ce.getLogicalConditionExpression(), nx, ny, false);
                cur = nx;
                expr(ce.getPositiveResultExpression(), AccessKind.READ);
                goTo(join);
            }
            cur = ny;
            expr(ce.getNegativeResultExpression(), AccessKind.READ);
            goTo(join);
            cur = join;
        } else if (e instanceof IASTCastExpression c) {
            expr(c.getOperand(), kind);
        } else if (e instanceof IASTExpressionList l) {
            for (IASTExpression x : l.getExpressions()) {
                expr(x, AccessKind.READ);
            }
        } else if (e instanceof IASTFunctionCallExpression c) {
            call(c);
        } else if (e instanceof IGNUASTCompoundStatementExpression se) {
            stmt(se.getCompoundStatement());
        } else if (e instanceof IASTTypeIdInitializerExpression ti) {
            if (ti.getInitializer() instanceof IASTInitializerClause ic) {
                initializer(ic);
            }
        } else if (e instanceof IASTProblemExpression) {
            problem = true;
        } else if (e instanceof IASTLiteralExpression || e instanceof IASTTypeIdExpression) {
            // nothing evaluated
        } else {
            for (IASTNode child : e.getChildren()) {
                if (child instanceof IASTExpression x) {
                    expr(x, AccessKind.READ);
                }
            }
        }
    }

    private void unary(IASTUnaryExpression u, AccessKind kind) {
        switch (u.getOperator()) {
            case IASTUnaryExpression.op_bracketedPrimary -> expr(u.getOperand(), kind);
            case IASTUnaryExpression.op_amper -> expr(u.getOperand(), AccessKind.ADDRESS);
            case IASTUnaryExpression.op_prefixIncr, IASTUnaryExpression.op_prefixDecr,
                    IASTUnaryExpression.op_postFixIncr, IASTUnaryExpression.op_postFixDecr -> {
                expr(u.getOperand(), AccessKind.WRITE);
                if (ranged(u.getOperand())) {
                    boolean up = u.getOperator() == IASTUnaryExpression.op_prefixIncr
                            || u.getOperator() == IASTUnaryExpression.op_postFixIncr;
                    rangedAssignment(((IASTIdExpression) Ast.parensCasts(u.getOperand())).getName().toString(), null,
                            up ? 1L : -1L, null, u);
                }
            }
            case IASTUnaryExpression.op_sizeof, IASTUnaryExpression.op_alignOf, IASTUnaryExpression.op_typeof,
                    IASTUnaryExpression.op_labelReference -> {
                // not evaluated
            }
            default -> expr(u.getOperand(), AccessKind.READ);
        }
    }

    private static boolean isAssignment(int op) {
        return op == IASTBinaryExpression.op_assign || (op >= IASTBinaryExpression.op_multiplyAssign
                && op <= IASTBinaryExpression.op_binaryOrAssign);
    }

    private void binary(IASTBinaryExpression b) {
        int op = b.getOperator();
        if (isAssignment(op)) {
            expr(b.getOperand2(), AccessKind.READ);
            boolean plainLocal = op == IASTBinaryExpression.op_assign
                    && Ast.parens(b.getOperand1()) instanceof IASTIdExpression lid
                    && isVariableNotGlobal(Ast.binding(lid));
            lastWrite = null;
            if (!plainLocal) {
                expr(b.getOperand1(), AccessKind.WRITE);
            }
            if (op == IASTBinaryExpression.op_assign && lastWrite != null
                    && Ast.parensCasts(b.getOperand2()) instanceof IASTIdExpression stored
                    && isVariableNotGlobal(Ast.binding(stored))) {
                // x->next = p; g = p: the pointer p escapes (read by the ownership exemptions, not the text)
                lastWrite.setStoredVariable(stored.getName().toString());
            }
            if (ranged(b.getOperand1())) {
                // an integer local with a range: its new value (try = 0, n += 2, ret = f())
                String target = ((IASTIdExpression) Ast.parensCasts(b.getOperand1())).getName().toString();
                Long k = Ast.constant(b.getOperand2());
                if (op == IASTBinaryExpression.op_assign) {
                    rangedAssignment(target, k, null, b.getOperand2(), b);
                } else if (k != null && (op == IASTBinaryExpression.op_plusAssign
                        || op == IASTBinaryExpression.op_minusAssign)) {
                    rangedAssignment(target, null, op == IASTBinaryExpression.op_plusAssign ? k : -k, null, b);
                } else {
                    rangedAssignment(target, null, null, null, b);
                }
            } else if (op == IASTBinaryExpression.op_assign && Ast.parens(b.getOperand1()) instanceof IASTIdExpression target) {
                // the binder's view of the new value first; the tested facts it carries (a call's result, a
                // constant) after it
                localAssignment(target, b.getOperand2(), b);
            }
            if (op == IASTBinaryExpression.op_assign && Ast.parens(b.getOperand1()) instanceof IASTIdExpression id) {
                resultVariable(b.getOperand2(), id.getName().toString());
                if (plainLocal) {
                    constantLocal(b.getOperand2(), id.getName().toString(), b);
                }
            }
            if (op == IASTBinaryExpression.op_assign && Ast.parens(b.getOperand1()) instanceof IASTUnaryExpression star
                    && star.getOperator() == IASTUnaryExpression.op_star
                    && Ast.parens(star.getOperand()) instanceof IASTIdExpression ptr) {
                // *lock = pcpu_schedule_lock(cpu): the result goes to the caller's pointer (a lock it returns)
                resultVariable(b.getOperand2(), "*" + ptr.getName().toString());
                if (constantOutParameters.contains(ptr.getName().toString())
                        && Ast.binding(ptr) instanceof IParameter) {
                    constantLocal(b.getOperand2(), "*" + ptr.getName().toString(), b); // *busy = 1: the caller's flag
                }
            }
            if (op == IASTBinaryExpression.op_assign) {
                ctx.bindings.fromAssignment(b, fnFile);
            }
        } else if (op == IASTBinaryExpression.op_logicalAnd || op == IASTBinaryExpression.op_logicalOr) {
            int mid = newNode();
            int join = newNode();
            if (op == IASTBinaryExpression.op_logicalAnd) {
                branch(b.getOperand1(), mid, join, false);
            } else {
                branch(b.getOperand1(), join, mid, false);
            }
            cur = mid;
            expr(b.getOperand2(), AccessKind.READ);
            goTo(join);
            cur = join;
        } else if (op == IASTBinaryExpression.op_equals || op == IASTBinaryExpression.op_notequals) {
            compared(b.getOperand1());
            compared(b.getOperand2());
        } else {
            expr(b.getOperand1(), AccessKind.READ);
            expr(b.getOperand2(), AccessKind.READ);
        }
    }

    /** An operand of == / !=: comparing an address ({@code &pos->list != head}) accesses nothing. */
    private void compared(IASTExpression e) {
        if (Ast.parensCasts(e) instanceof IASTUnaryExpression u && u.getOperator() == IASTUnaryExpression.op_amper) {
            lockOperands(u);
        } else {
            expr(e, AccessKind.READ);
        }
    }

    /** A member chain or subscript: the base and indices are read first, then the outermost member accessed. */
    private void member(IASTExpression e, AccessKind kind) {
        MemberChain m = MemberChain.of(e, ctx.types);
        if (m == null) {
            IASTArraySubscriptExpression s = (IASTArraySubscriptExpression) Ast.parens(e);
            if (!globalArrayElement(s, kind)) {
                expr(s.getArrayExpression(), kind);
            }
            if (s.getArgument() instanceof IASTExpression i) {
                expr(i, AccessKind.READ);
            }
            return;
        }
        if (m.nullBase()) {
            return; // &((struct s *)0)->m: an offsetof
        }
        memberOperands(m);
        if (m.onLocal()) {
            return;
        }
        Access a = ExtractContext.F.createAccess();
        if (m.onGlobal()) {
            a.setTarget(m.baseName() + "." + m.path());
            a.setGlobal(true);
            if (((IVariable) m.baseBinding()).isStatic()) {
                a.setFileScope(ctx.tuFile);
            }
        } else {
            a.setTarget(m.target());
        }
        a.setKind(kind);
        // the element a member belongs to as the compiler sees it (irq_stat[cpu] inside irq_enter()): the race rule
        // tells elements apart by it (concurrency.ArrayElement)
        String base = m.onGlobal() ? ExpandedText.source(m.base()) : null;
        a.setBase(base != null ? base : Ast.text(m.base()));
        emit(a, e);
    }

    /**
     * {@code sizes[it->clsid]++} on a global array (or a global pointer used as one): an access of the global whose
     * base is the element, {@code sizes[it->clsid]}, with the subscript spelt by the binder (its source text when it
     * is not an access path, such as {@code smp_processor_id()}), so the race rule can tell elements and their
     * lock stripes apart ({@code RaceDetector}). Returns false when the array expression is not such a global.
     */
    private boolean globalArrayElement(IASTArraySubscriptExpression s, AccessKind kind) {
        if (!(Ast.parens(s.getArrayExpression()) instanceof IASTIdExpression id)) {
            return false;
        }
        IBinding b = Ast.binding(id);
        if (!Ast.isGlobalVariable(b) || TypeNames.isConst(((IVariable) b).getType())) {
            return false;
        }
        String index = null;
        if (s.getArgument() instanceof IASTExpression i) {
            index = org.lockaudit.core.binder.AccessPaths.spell(i);
            if (index == null) {
                String text = ExpandedText.source(i);
                index = org.lockaudit.core.program.LockId.withoutBlanks(text != null ? text : Ast.text(i));
            }
        }
        Access a = ExtractContext.F.createAccess();
        a.setTarget(b.getName());
        a.setGlobal(true);
        a.setKind(kind);
        a.setBase(b.getName() + "[" + (index == null || index.isEmpty() ? "?" : index) + "]");
        if (((IVariable) b).isStatic()) {
            a.setFileScope(ctx.tuFile);
        }
        emit(a, id);
        return true;
    }

    /** Reads of a chain's base (unless it is a plain struct variable) and of its subscripts. */
    private void memberOperands(MemberChain m) {
        if (m.baseBinding() == null) {
            expr(m.base(), AccessKind.READ);
        }
        for (IASTExpression i : m.indices()) {
            expr(i, AccessKind.READ);
        }
    }

    private void call(IASTFunctionCallExpression c) {
        String name = Ast.calleeName(c);
        IASTInitializerClause[] args = c.getArguments();
        if (name != null && UNEVALUATED.contains(name)) {
            return;
        }
        if (name != null && TRANSPARENT.contains(name)) {
            for (IASTInitializerClause a : args) {
                initializer(a);
            }
            return;
        }
        Boolean failsWhenTrue = ctx.api.assertionFailsWhenTrue(name);
        if (failsWhenTrue != null && args.length >= 1 && args[0] instanceof IASTExpression p) {
            assertion(p, failsWhenTrue);
            return;
        }
        if ("__context__".equals(name) && args.length >= 2 && args[0] instanceof IASTExpression ctxLock
                && args[1] instanceof IASTExpression delta && Ast.constant(delta) != null
                && Ast.constant(delta) != 0) {
            // sparse's context statement: __context__(x, 1[, 0]) enters context x (takes the lock), -1 leaves it
            lockOperands(ctxLock);
            LockApiEntry ctxEntry = new LockApiEntry(name, Ast.constant(delta) > 0 ? LockOpKind.ACQUIRE
                    : LockOpKind.RELEASE, 0, null, LockMode.EXCLUSIVE, IrqEffect.NONE, true, "linux");
            LockOperation op = guardOperation(ctxEntry, args, name);
            emit(op, c);
            callEvents.put(c, op);
            return;
        }
        RecursiveInits.attribute(ctx, name, args);
        LockApiEntry init = RecursiveInits.init(ctx, name, args);
        if (init != null) {
            lockOperands((IASTExpression) args[0]);
            for (int i = 1; i < args.length; i++) {
                initializer(args[i]);
            }
            LockOperation op = guardOperation(init, args, name);
            emit(op, c);
            callEvents.put(c, op);
            return;
        }
        LockApi.IrqApiEntry interrupt = ctx.api.interrupt(name);
        if (interrupt != null) {
            for (IASTInitializerClause a : args) {
                initializer(a);
            }
            IrqOperation op = interruptOperation(interrupt, name, flagsTexts(args));
            emit(op, c);
            callEvents.put(c, op);
            return;
        }
        LockApiEntry entry = ctx.api.lookup(name);
        if (entry != null) {
            for (int i = 0; i < args.length; i++) {
                if (i == entry.argument() && args[i] instanceof IASTExpression lockArg) {
                    lockOperands(lockArg);
                } else {
                    initializer(args[i]);
                }
            }
            LockOperation op = ExtractContext.F.createLockOperation();
            op.setOp(entry.op());
            op.setMode(entry.mode());
            op.setIrq(entry.irq());
            op.setApi(name);
            op.setSuccessWhenNonZero(entry.successWhenNonZero());
            op.setLock(lockRefs.of(entry, args));
            op.setIrqFlags(irqFlags(entry, flagsTexts(args)));
            emit(op, c);
            callEvents.put(c, op);
            return;
        }
        IASTExpression fnExpr = Ast.parens(c.getFunctionNameExpression());
        Call call = ExtractContext.F.createCall();
        boolean noReturn = ctx.api.isNoReturn(name);
        if (fnExpr instanceof IASTIdExpression id) {
            IBinding b = Ast.binding(id);
            if (b instanceof IVariable) {
                expr(id, AccessKind.READ); // call through a function pointer variable
            } else {
                call.setCallee(name);
                noReturn |= b instanceof IFunction f && isNoReturn(f, c);
            }
        } else {
            MemberChain m = fnExpr instanceof IASTFieldReference ? MemberChain.of(fnExpr, ctx.types) : null;
            if (m != null) {
                memberOperands(m);
                call.setViaField(m.target());
            } else {
                expr(fnExpr, AccessKind.READ);
            }
        }
        for (IASTInitializerClause a : args) {
            initializer(a);
            call.getArguments().add(argumentText(a));
        }
        call.setNoReturn(noReturn);
        emit(call, c);
        callEvents.put(c, call);
        if (noReturn) {
            cur = -1;
        }
    }

    /**
     * A call argument as written; inside a macro's expansion ({@code START(t, worker)} expanding to
     * {@code pthread_create(&(t), 0, worker, 0)}), where CDT's source text of every part is the whole invocation,
     * the argument as expanded ({@code worker}, {@code &(t)}), so that thread starts, joins and lock wrappers
     * called from a macro's body see their arguments. An argument that is a whole expansion itself
     * ({@code f(LOCK_OF(d))}) keeps its invocation's text, as does one {@link ExpandedText} cannot write.
     */
    private static String argumentText(IASTInitializerClause a) {
        if (a instanceof IASTExpression e && ExpandedText.insideExpansion(e, java.util.Set.of())) {
            String expanded = ExpandedText.source(e);
            if (expanded != null) {
                return expanded.replaceAll("\\s+", " ").trim();
            }
        }
        return Ast.text(a);
    }

    /**
     * Declared {@code __attribute__((noreturn))} or {@code _Noreturn}, wherever the attribute is written. Answered
     * from the unit-wide {@link NoReturnIndex} (one pass over the file-scope declarations per unit): asking CDT for
     * a binding's declarations walks the whole translation unit each time, which was a third of a kernel run.
     */
    private boolean isNoReturn(IFunction f, IASTNode use) {
        return ctx.noReturn(use.getTranslationUnit()).isNoReturn(f);
    }

    /** The lock argument's own operands (the base of {@code &pdev->domain->lock}), not the lock itself. */
    private void lockOperands(IASTExpression arg) {
        IASTExpression x = Ast.parensCasts(arg);
        if (x instanceof IASTUnaryExpression u && u.getOperator() == IASTUnaryExpression.op_amper) {
            x = Ast.parensCasts(u.getOperand());
        }
        MemberChain m = MemberChain.of(x, ctx.types);
        if (m != null) {
            memberOperands(m);
        } else if (x instanceof IASTArraySubscriptExpression s && s.getArgument() instanceof IASTExpression i) {
            expr(i, AccessKind.READ);
        } else if (!(x instanceof IASTIdExpression)) {
            expr(x, AccessKind.READ);
        }
    }

    // ---------------------------------------------------------------- macros whose expansion yields no event

    /**
     * After a simple statement: a lock-API or assertion macro invoked in it that produced no event (its expansion
     * is asm, empty, or failed to parse) is extracted from its name and argument text.
     */
    private void macroFallback(IASTStatement s, int mark) {
        String file = Ast.file(s);
        int from = Ast.offset(s);
        if (file == null || from < 0) {
            return;
        }
        for (MacroIndex.Expansion x : ctx.macros.within(s, file, from, Ast.endOffset(s))) {
            boolean lockMacro = ctx.api.lookup(x.name()) != null || ctx.api.interrupt(x.name()) != null;
            if (!lockMacro && ctx.api.assertionFailsWhenTrue(x.name()) == null) {
                continue;
            }
            // a lock macro is covered by a lock operation inside it; an assertion macro by a branch inside it
            List<int[]> covering = lockMacro ? eventSpans : branchSpans;
            boolean produced = false;
            for (int i = 0; i < covering.size() && !produced; i++) {
                int[] span = covering.get(i);
                produced = span[0] >= x.offset() && span[1] <= x.end();
            }
            if (!produced) {
                MacroCall mc = MacroCall.parse(x.text());
                if (mc != null) {
                    synthesize(mc, x);
                }
            }
        }
    }

    /**
     * Whether the current node already holds the lock operation this expansion stands for: one inside its span, or,
     * where spans were not recorded (a body served from the memo), one of the same kind on the same line and file.
     * Without this a {@code spin_lock_irqsave(l, f)} whose statement expression calls {@code _spin_lock_irqsave(l)}
     * was one acquisition counted twice ("acquired while already held, acquired at the same line").
     */
    private boolean yieldedLockOperation(MacroIndex.Expansion x, LockApiEntry entry) {
        if (cur < 0) {
            return false;
        }
        String file = x.file().equals(fnFile) ? null : x.file();
        for (Event ev : node(cur).getEvents()) {
            if (!(ev instanceof LockOperation op)) {
                continue;
            }
            int[] span = spans.get(ev);
            if (span != null && span[0] >= x.offset() && span[1] <= x.end()) {
                return true;
            }
            if (op.getLine() == x.line() && op.getOp() == entry.op() && java.util.Objects.equals(op.getFile(), file)) {
                return true;
            }
        }
        return false;
    }

    private void synthesize(MacroCall mc, MacroIndex.Expansion x) {
        LockApi.IrqApiEntry interrupt = ctx.api.interrupt(mc.name());
        if (interrupt != null) {
            synthesizeInterrupt(mc, x, interrupt);
            return;
        }
        LockApiEntry entry = ctx.api.lookup(mc.name());
        Boolean failsWhenTrue = ctx.api.assertionFailsWhenTrue(mc.name());
        if (entry == null && failsWhenTrue == null) {
            return;
        }
        if (entry != null && yieldedLockOperation(x, entry)) {
            return; // the expansion's own implementation call (_spin_lock_irqsave) is already the operation
        }
        IASTExpression[] args = MacroCall.parseArguments(mc.arguments(), ctx);
        if (entry != null) {
            LockOperation op = ExtractContext.F.createLockOperation();
            op.setOp(entry.op());
            op.setMode(entry.mode());
            op.setIrq(entry.irq());
            op.setApi(mc.name());
            op.setSuccessWhenNonZero(entry.successWhenNonZero());
            op.setLock(lockRefs.bindGlobal(lockRefs.ofText(entry, args, mc.arguments()), unit,
                    body instanceof org.eclipse.cdt.core.dom.ast.IASTCompoundStatement c ? c : null));
            op.setIrqFlags(irqFlags(entry, mc.arguments()));
            // the expansion's own implementation calls and its uses of the lock object are the lock operation
            String lockTarget = op.getLock().getOwnerType() != null
                    ? op.getLock().getOwnerType() + "." + op.getLock().getName() : op.getLock().getName();
            replaceExpansion(op, mc, x, ev -> {
                if (ev instanceof Call c && c.getResultVariable() != null) {
                    op.setResultVariable(c.getResultVariable());
                }
            }, ev -> ev instanceof Access a && a.getTarget().equals(lockTarget));
        } else if (args.length >= 1 && args[0] != null) {
            forced = x;
            try {
                assertion(args[0], failsWhenTrue);
            } finally {
                forced = null;
            }
            eventSpans.add(new int[] {x.offset(), x.end()});
            // the assertion is now a branch: the statements enclosing this one (the if, switch or loop it sits in)
            // look for it among the branch spans and must not synthesize it again at their own end. An assertion
            // whose expansion folds to a constant ({@code assert(0)} in glibc's statement-expression form) left
            // no branch span, and the enclosing statement's copy put a dead end on the path after it: everything
            // after a switch whose default case asserts 0 was unreachable
            branchSpans.add(new int[] {x.offset(), x.end()});
        }
    }

    /**
     * An interrupt-state macro whose expansion produced no interrupt event ({@code local_irq_save(f)} expanding to
     * asm, or to a call of an unlisted helper): the operation from its name and argument text, in place of the
     * expansion's own calls.
     */
    private void synthesizeInterrupt(MacroCall mc, MacroIndex.Expansion x, LockApi.IrqApiEntry entry) {
        replaceExpansion(interruptOperation(entry, mc.name(), mc.arguments()), mc, x, ev -> {
        }, ev -> false);
    }

    /**
     * Puts {@code op}, synthesized from macro {@code mc}'s name and arguments, in place of the events its expansion
     * {@code x} produced in the current node: the expansion's calls (but a noreturn one) and the events
     * {@code alsoAbsorbed} names are removed ({@code removed} sees each), and {@code op} takes the place of the
     * first of them (at the node's end when the node already branches).
     */
    private void replaceExpansion(Event op, MacroCall mc, MacroIndex.Expansion x,
            java.util.function.Consumer<Event> removed, java.util.function.Predicate<Event> alsoAbsorbed) {
        ensure();
        op.setLine(x.line());
        if (!x.file().equals(fnFile)) {
            op.setFile(x.file());
        }
        op.setMacro(mc.name());
        List<Event> events = node(cur).getEvents();
        int at = events.size();
        for (int i = events.size() - 1; i >= 0; i--) {
            Event ev = events.get(i);
            int[] span = spans.get(ev);
            boolean inside = span != null && span[0] >= x.offset() && span[1] <= x.end();
            if (inside && (ev instanceof Call c && !c.isNoReturn() || alsoAbsorbed.test(ev))) {
                removed.accept(ev);
                events.remove(i);
                at = i;
            }
        }
        if (node(cur).getBranch() == null) {
            events.add(at, op);
        } else {
            events.add(op);
        }
        eventSpans.add(new int[] {x.offset(), x.end()});
    }

    /**
     * An interrupt macro written inside a project macro's body ({@code local_irq_save(flags);} in the statement
     * expression of {@code timer_lock_irqsave(t, flags)}), which {@link #macroFallback} does not see (it knows the
     * outermost expansions only) and whose asm expansion yields no event. The project macro's replacement text is
     * parsed on its own, its nested macros left unexpanded (as calls), and walked along the same path as the
     * statement in the expansion (statement indices, then/else): when the statement there is a call of a lock-API
     * interrupt macro, the statement is that interrupt operation, its flags the call's argument with the project
     * macro's parameters replaced by the invocation's arguments. Limit: only project macros whose body is a
     * statement expression or a {@code do ... while (0)}, one level deep.
     */
    private boolean nestedInterrupt(IASTExpressionStatement s) {
        if (cur < 0 || s.getExpression() == null) {
            return false;
        }
        IASTNodeLocation[] locs = s.getNodeLocations();
        if (locs.length != 1 || !(locs[0] instanceof IASTMacroExpansionLocation ml)) {
            return false;
        }
        IASTPreprocessorMacroExpansion outer = ml.getExpansion();
        String outerName = outer.getMacroReference().toString();
        if (ctx.api.interrupt(outerName) != null || ctx.api.lookup(outerName) != null) {
            return false;
        }
        // the path from the macro body's root (its statement expression or do-while) down to s
        List<Integer> path = new ArrayList<>();
        List<Integer> rootPath = null;
        IASTNode child = s;
        for (IASTNode p = s.getParent(); p != null && outerName.equals(Ast.macro(p)); child = p, p = p.getParent()) {
            if (p instanceof IASTCompoundStatement c) {
                path.add(0, java.util.Arrays.asList(c.getStatements()).indexOf(child));
            } else if (p instanceof IASTIfStatement i) {
                path.add(0, child == i.getThenClause() ? 0 : child == i.getElseClause() ? 1 : -1);
            } else if (p instanceof IGNUASTCompoundStatementExpression || p instanceof IASTDoStatement d
                    && child == d.getBody()) {
                rootPath = new ArrayList<>(path);
            } else if (!(p instanceof IASTExpression)) {
                path.add(0, -1);
            }
        }
        if (rootPath == null || rootPath.contains(-1)) {
            return false;
        }
        IASTStatement written = macroBody(outer);
        for (int i : rootPath) {
            if (written instanceof IASTCompoundStatement c && i >= 0 && i < c.getStatements().length) {
                written = c.getStatements()[i];
            } else if (written instanceof IASTIfStatement f && (i == 0 || i == 1)) {
                written = i == 0 ? f.getThenClause() : f.getElseClause();
            } else {
                return false;
            }
        }
        if (!(written instanceof IASTExpressionStatement w && w.getExpression() != null
                && Ast.parensCasts(w.getExpression()) instanceof IASTFunctionCallExpression call)) {
            return false;
        }
        String macro = Ast.calleeName(call);
        LockApi.IrqApiEntry entry = ctx.api.interrupt(macro);
        if (entry == null) {
            return false;
        }
        java.util.Map<String, String> params = new java.util.HashMap<>();
        MacroCall invocation = MacroCall.parse(Ast.raw(outer));
        if (outer.getMacroDefinition() instanceof org.eclipse.cdt.core.dom.ast.IASTPreprocessorFunctionStyleMacroDefinition f
                && invocation != null) {
            org.eclipse.cdt.core.dom.ast.IASTFunctionStyleMacroParameter[] ps = f.getParameters();
            for (int i = 0; i < ps.length && i < invocation.arguments().size(); i++) {
                params.put(ps[i].getParameter(), invocation.arguments().get(i).trim());
            }
        }
        List<String> args = new ArrayList<>();
        for (IASTInitializerClause a : call.getArguments()) {
            String t = Ast.text(a);
            args.add(params.getOrDefault(t, t));
        }
        IrqOperation op = interruptOperation(entry, macro, args);
        emit(op, s);
        return true;
    }

    /** The body of {@code x}'s macro: its statement expression's compound statement, or its do-while's body. */
    private IASTStatement macroBody(IASTPreprocessorMacroExpansion x) {
        org.eclipse.cdt.core.dom.ast.IASTPreprocessorMacroDefinition def = x.getMacroDefinition();
        String text = def == null ? null : def.getExpansion();
        if (text == null) {
            return null;
        }
        return ctx.macroBodies.computeIfAbsent(x.getMacroReference().toString() + "\u0000" + text, k -> {
            IASTStatement[] st = MacroCall.parseStatements(text + ";");
            IASTStatement first = st.length > 0 ? st[0] : null;
            if (first instanceof IASTExpressionStatement es && es.getExpression() != null
                    && Ast.parensCasts(es.getExpression()) instanceof IGNUASTCompoundStatementExpression se) {
                return java.util.Optional.ofNullable(se.getCompoundStatement());
            }
            if (first instanceof IASTDoStatement d) {
                return java.util.Optional.ofNullable(d.getBody());
            }
            return java.util.Optional.empty();
        }).orElse(null);
    }
}
