/**
 */
package org.lockaudit.core.facts.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.lockaudit.core.facts.Condition;
import org.lockaudit.core.facts.ConditionKind;
import org.lockaudit.core.facts.FactsPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Condition</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.lockaudit.core.facts.impl.ConditionImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.impl.ConditionImpl#isNegated <em>Negated</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.impl.ConditionImpl#getVariable <em>Variable</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.impl.ConditionImpl#getEventIndex <em>Event Index</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.impl.ConditionImpl#getText <em>Text</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.impl.ConditionImpl#getLine <em>Line</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.impl.ConditionImpl#isAssertion <em>Assertion</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ConditionImpl extends MinimalEObjectImpl.Container implements Condition {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final ConditionKind KIND_EDEFAULT = ConditionKind.OTHER;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected ConditionKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #isNegated() <em>Negated</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isNegated()
	 * @generated
	 * @ordered
	 */
	protected static final boolean NEGATED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isNegated() <em>Negated</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isNegated()
	 * @generated
	 * @ordered
	 */
	protected boolean negated = NEGATED_EDEFAULT;

	/**
	 * The default value of the '{@link #getVariable() <em>Variable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVariable()
	 * @generated
	 * @ordered
	 */
	protected static final String VARIABLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVariable() <em>Variable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVariable()
	 * @generated
	 * @ordered
	 */
	protected String variable = VARIABLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getEventIndex() <em>Event Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEventIndex()
	 * @generated
	 * @ordered
	 */
	protected static final int EVENT_INDEX_EDEFAULT = -1;

	/**
	 * The cached value of the '{@link #getEventIndex() <em>Event Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEventIndex()
	 * @generated
	 * @ordered
	 */
	protected int eventIndex = EVENT_INDEX_EDEFAULT;

	/**
	 * The default value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected static final String TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected String text = TEXT_EDEFAULT;

	/**
	 * The default value of the '{@link #getLine() <em>Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLine()
	 * @generated
	 * @ordered
	 */
	protected static final int LINE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getLine() <em>Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLine()
	 * @generated
	 * @ordered
	 */
	protected int line = LINE_EDEFAULT;

	/**
	 * The default value of the '{@link #isAssertion() <em>Assertion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAssertion()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ASSERTION_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isAssertion() <em>Assertion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAssertion()
	 * @generated
	 * @ordered
	 */
	protected boolean assertion = ASSERTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getOperator() <em>Operator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOperator()
	 * @generated
	 * @ordered
	 */
	protected static final String OPERATOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOperator() <em>Operator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOperator()
	 * @generated
	 * @ordered
	 */
	protected String operator = OPERATOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getConstant() <em>Constant</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConstant()
	 * @generated
	 * @ordered
	 */
	protected static final long CONSTANT_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getConstant() <em>Constant</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConstant()
	 * @generated
	 * @ordered
	 */
	protected long constant = CONSTANT_EDEFAULT;

	/**
	 * The default value of the '{@link #getOther() <em>Other</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOther()
	 * @generated
	 * @ordered
	 */
	protected static final String OTHER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOther() <em>Other</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOther()
	 * @generated
	 * @ordered
	 */
	protected String other = OTHER_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ConditionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FactsPackage.Literals.CONDITION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConditionKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(ConditionKind newKind) {
		ConditionKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FactsPackage.CONDITION__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isNegated() {
		return negated;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNegated(boolean newNegated) {
		boolean oldNegated = negated;
		negated = newNegated;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FactsPackage.CONDITION__NEGATED, oldNegated, negated));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVariable() {
		return variable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVariable(String newVariable) {
		String oldVariable = variable;
		variable = newVariable;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FactsPackage.CONDITION__VARIABLE, oldVariable, variable));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getEventIndex() {
		return eventIndex;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEventIndex(int newEventIndex) {
		int oldEventIndex = eventIndex;
		eventIndex = newEventIndex;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FactsPackage.CONDITION__EVENT_INDEX, oldEventIndex, eventIndex));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText() {
		return text;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setText(String newText) {
		String oldText = text;
		text = newText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FactsPackage.CONDITION__TEXT, oldText, text));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getLine() {
		return line;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLine(int newLine) {
		int oldLine = line;
		line = newLine;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FactsPackage.CONDITION__LINE, oldLine, line));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isAssertion() {
		return assertion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAssertion(boolean newAssertion) {
		boolean oldAssertion = assertion;
		assertion = newAssertion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FactsPackage.CONDITION__ASSERTION, oldAssertion, assertion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOperator() {
		return operator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOperator(String newOperator) {
		String oldOperator = operator;
		operator = newOperator;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FactsPackage.CONDITION__OPERATOR, oldOperator, operator));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getConstant() {
		return constant;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConstant(long newConstant) {
		long oldConstant = constant;
		constant = newConstant;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FactsPackage.CONDITION__CONSTANT, oldConstant, constant));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOther() {
		return other;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOther(String newOther) {
		String oldOther = other;
		other = newOther;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FactsPackage.CONDITION__OTHER, oldOther, other));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FactsPackage.CONDITION__KIND:
				return getKind();
			case FactsPackage.CONDITION__NEGATED:
				return isNegated();
			case FactsPackage.CONDITION__VARIABLE:
				return getVariable();
			case FactsPackage.CONDITION__EVENT_INDEX:
				return getEventIndex();
			case FactsPackage.CONDITION__TEXT:
				return getText();
			case FactsPackage.CONDITION__LINE:
				return getLine();
			case FactsPackage.CONDITION__ASSERTION:
				return isAssertion();
			case FactsPackage.CONDITION__OPERATOR:
				return getOperator();
			case FactsPackage.CONDITION__CONSTANT:
				return getConstant();
			case FactsPackage.CONDITION__OTHER:
				return getOther();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case FactsPackage.CONDITION__KIND:
				setKind((ConditionKind)newValue);
				return;
			case FactsPackage.CONDITION__NEGATED:
				setNegated((Boolean)newValue);
				return;
			case FactsPackage.CONDITION__VARIABLE:
				setVariable((String)newValue);
				return;
			case FactsPackage.CONDITION__EVENT_INDEX:
				setEventIndex((Integer)newValue);
				return;
			case FactsPackage.CONDITION__TEXT:
				setText((String)newValue);
				return;
			case FactsPackage.CONDITION__LINE:
				setLine((Integer)newValue);
				return;
			case FactsPackage.CONDITION__ASSERTION:
				setAssertion((Boolean)newValue);
				return;
			case FactsPackage.CONDITION__OPERATOR:
				setOperator((String)newValue);
				return;
			case FactsPackage.CONDITION__CONSTANT:
				setConstant((Long)newValue);
				return;
			case FactsPackage.CONDITION__OTHER:
				setOther((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case FactsPackage.CONDITION__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case FactsPackage.CONDITION__NEGATED:
				setNegated(NEGATED_EDEFAULT);
				return;
			case FactsPackage.CONDITION__VARIABLE:
				setVariable(VARIABLE_EDEFAULT);
				return;
			case FactsPackage.CONDITION__EVENT_INDEX:
				setEventIndex(EVENT_INDEX_EDEFAULT);
				return;
			case FactsPackage.CONDITION__TEXT:
				setText(TEXT_EDEFAULT);
				return;
			case FactsPackage.CONDITION__LINE:
				setLine(LINE_EDEFAULT);
				return;
			case FactsPackage.CONDITION__ASSERTION:
				setAssertion(ASSERTION_EDEFAULT);
				return;
			case FactsPackage.CONDITION__OPERATOR:
				setOperator(OPERATOR_EDEFAULT);
				return;
			case FactsPackage.CONDITION__CONSTANT:
				setConstant(CONSTANT_EDEFAULT);
				return;
			case FactsPackage.CONDITION__OTHER:
				setOther(OTHER_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case FactsPackage.CONDITION__KIND:
				return kind != KIND_EDEFAULT;
			case FactsPackage.CONDITION__NEGATED:
				return negated != NEGATED_EDEFAULT;
			case FactsPackage.CONDITION__VARIABLE:
				return VARIABLE_EDEFAULT == null ? variable != null : !VARIABLE_EDEFAULT.equals(variable);
			case FactsPackage.CONDITION__EVENT_INDEX:
				return eventIndex != EVENT_INDEX_EDEFAULT;
			case FactsPackage.CONDITION__TEXT:
				return TEXT_EDEFAULT == null ? text != null : !TEXT_EDEFAULT.equals(text);
			case FactsPackage.CONDITION__LINE:
				return line != LINE_EDEFAULT;
			case FactsPackage.CONDITION__ASSERTION:
				return assertion != ASSERTION_EDEFAULT;
			case FactsPackage.CONDITION__OPERATOR:
				return OPERATOR_EDEFAULT == null ? operator != null : !OPERATOR_EDEFAULT.equals(operator);
			case FactsPackage.CONDITION__CONSTANT:
				return constant != CONSTANT_EDEFAULT;
			case FactsPackage.CONDITION__OTHER:
				return OTHER_EDEFAULT == null ? other != null : !OTHER_EDEFAULT.equals(other);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (kind: ");
		result.append(kind);
		result.append(", negated: ");
		result.append(negated);
		result.append(", variable: ");
		result.append(variable);
		result.append(", eventIndex: ");
		result.append(eventIndex);
		result.append(", text: ");
		result.append(text);
		result.append(", line: ");
		result.append(line);
		result.append(", assertion: ");
		result.append(assertion);
		result.append(", operator: ");
		result.append(operator);
		result.append(", constant: ");
		result.append(constant);
		result.append(", other: ");
		result.append(other);
		result.append(')');
		return result.toString();
	}

} //ConditionImpl
