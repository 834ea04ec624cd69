/**
 */
package org.lockaudit.core.facts.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

import org.lockaudit.core.facts.Call;
import org.lockaudit.core.facts.FactsPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Call</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.lockaudit.core.facts.impl.CallImpl#getCallee <em>Callee</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.impl.CallImpl#getViaField <em>Via Field</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.impl.CallImpl#getArguments <em>Arguments</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.impl.CallImpl#getResultVariable <em>Result Variable</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.impl.CallImpl#isNoReturn <em>No Return</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CallImpl extends EventImpl implements Call {
	/**
	 * The default value of the '{@link #getCallee() <em>Callee</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCallee()
	 * @generated
	 * @ordered
	 */
	protected static final String CALLEE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCallee() <em>Callee</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCallee()
	 * @generated
	 * @ordered
	 */
	protected String callee = CALLEE_EDEFAULT;

	/**
	 * The default value of the '{@link #getViaField() <em>Via Field</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getViaField()
	 * @generated
	 * @ordered
	 */
	protected static final String VIA_FIELD_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getViaField() <em>Via Field</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getViaField()
	 * @generated
	 * @ordered
	 */
	protected String viaField = VIA_FIELD_EDEFAULT;

	/**
	 * The cached value of the '{@link #getArguments() <em>Arguments</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArguments()
	 * @generated
	 * @ordered
	 */
	protected EList<String> arguments;

	/**
	 * The default value of the '{@link #getResultVariable() <em>Result Variable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResultVariable()
	 * @generated
	 * @ordered
	 */
	protected static final String RESULT_VARIABLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getResultVariable() <em>Result Variable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResultVariable()
	 * @generated
	 * @ordered
	 */
	protected String resultVariable = RESULT_VARIABLE_EDEFAULT;

	/**
	 * The default value of the '{@link #isNoReturn() <em>No Return</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isNoReturn()
	 * @generated
	 * @ordered
	 */
	protected static final boolean NO_RETURN_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isNoReturn() <em>No Return</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isNoReturn()
	 * @generated
	 * @ordered
	 */
	protected boolean noReturn = NO_RETURN_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CallImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FactsPackage.Literals.CALL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCallee() {
		return callee;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCallee(String newCallee) {
		String oldCallee = callee;
		callee = newCallee;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FactsPackage.CALL__CALLEE, oldCallee, callee));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getViaField() {
		return viaField;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setViaField(String newViaField) {
		String oldViaField = viaField;
		viaField = newViaField;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FactsPackage.CALL__VIA_FIELD, oldViaField, viaField));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getArguments() {
		if (arguments == null) {
			arguments = new EDataTypeUniqueEList<String>(String.class, this, FactsPackage.CALL__ARGUMENTS);
		}
		return arguments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getResultVariable() {
		return resultVariable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResultVariable(String newResultVariable) {
		String oldResultVariable = resultVariable;
		resultVariable = newResultVariable;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FactsPackage.CALL__RESULT_VARIABLE, oldResultVariable, resultVariable));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isNoReturn() {
		return noReturn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNoReturn(boolean newNoReturn) {
		boolean oldNoReturn = noReturn;
		noReturn = newNoReturn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FactsPackage.CALL__NO_RETURN, oldNoReturn, noReturn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FactsPackage.CALL__CALLEE:
				return getCallee();
			case FactsPackage.CALL__VIA_FIELD:
				return getViaField();
			case FactsPackage.CALL__ARGUMENTS:
				return getArguments();
			case FactsPackage.CALL__RESULT_VARIABLE:
				return getResultVariable();
			case FactsPackage.CALL__NO_RETURN:
				return isNoReturn();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case FactsPackage.CALL__CALLEE:
				setCallee((String)newValue);
				return;
			case FactsPackage.CALL__VIA_FIELD:
				setViaField((String)newValue);
				return;
			case FactsPackage.CALL__ARGUMENTS:
				getArguments().clear();
				getArguments().addAll((Collection<? extends String>)newValue);
				return;
			case FactsPackage.CALL__RESULT_VARIABLE:
				setResultVariable((String)newValue);
				return;
			case FactsPackage.CALL__NO_RETURN:
				setNoReturn((Boolean)newValue);
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
			case FactsPackage.CALL__CALLEE:
				setCallee(CALLEE_EDEFAULT);
				return;
			case FactsPackage.CALL__VIA_FIELD:
				setViaField(VIA_FIELD_EDEFAULT);
				return;
			case FactsPackage.CALL__ARGUMENTS:
				getArguments().clear();
				return;
			case FactsPackage.CALL__RESULT_VARIABLE:
				setResultVariable(RESULT_VARIABLE_EDEFAULT);
				return;
			case FactsPackage.CALL__NO_RETURN:
				setNoReturn(NO_RETURN_EDEFAULT);
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
			case FactsPackage.CALL__CALLEE:
				return CALLEE_EDEFAULT == null ? callee != null : !CALLEE_EDEFAULT.equals(callee);
			case FactsPackage.CALL__VIA_FIELD:
				return VIA_FIELD_EDEFAULT == null ? viaField != null : !VIA_FIELD_EDEFAULT.equals(viaField);
			case FactsPackage.CALL__ARGUMENTS:
				return arguments != null && !arguments.isEmpty();
			case FactsPackage.CALL__RESULT_VARIABLE:
				return RESULT_VARIABLE_EDEFAULT == null ? resultVariable != null : !RESULT_VARIABLE_EDEFAULT.equals(resultVariable);
			case FactsPackage.CALL__NO_RETURN:
				return noReturn != NO_RETURN_EDEFAULT;
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
		result.append(" (callee: ");
		result.append(callee);
		result.append(", viaField: ");
		result.append(viaField);
		result.append(", arguments: ");
		result.append(arguments);
		result.append(", resultVariable: ");
		result.append(resultVariable);
		result.append(", noReturn: ");
		result.append(noReturn);
		result.append(')');
		return result.toString();
	}

} //CallImpl
