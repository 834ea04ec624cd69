/**
 */
package org.lockaudit.core.facts.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.notify.NotificationChain;
import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.lockaudit.core.facts.FactsPackage;
import org.lockaudit.core.facts.LocalAssignment;
import org.lockaudit.core.facts.LockRef;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Local Assignment</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.lockaudit.core.facts.impl.LocalAssignmentImpl#getTarget <em>Target</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.impl.LocalAssignmentImpl#getSource <em>Source</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.impl.LocalAssignmentImpl#isZero <em>Zero</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.impl.LocalAssignmentImpl#getLock <em>Lock</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.impl.LocalAssignmentImpl#isCallResult <em>Call Result</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LocalAssignmentImpl extends EventImpl implements LocalAssignment {
	/**
	 * The default value of the '{@link #getTarget() <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected static final String TARGET_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTarget() <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected String target = TARGET_EDEFAULT;

	/**
	 * The default value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected static final String SOURCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected String source = SOURCE_EDEFAULT;

	/**
	 * The default value of the '{@link #isZero() <em>Zero</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isZero()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ZERO_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isZero() <em>Zero</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isZero()
	 * @generated
	 * @ordered
	 */
	protected boolean zero = ZERO_EDEFAULT;

	/**
	 * The cached value of the '{@link #getLock() <em>Lock</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLock()
	 * @generated
	 * @ordered
	 */
	protected LockRef lock;

	/**
	 * The default value of the '{@link #isCallResult() <em>Call Result</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCallResult()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CALL_RESULT_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isCallResult() <em>Call Result</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCallResult()
	 * @generated
	 * @ordered
	 */
	protected boolean callResult = CALL_RESULT_EDEFAULT;

	/**
	 * The default value of the '{@link #isConstant() <em>Constant</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isConstant()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CONSTANT_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isConstant() <em>Constant</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isConstant()
	 * @generated
	 * @ordered
	 */
	protected boolean constant = CONSTANT_EDEFAULT;

	/**
	 * The default value of the '{@link #isIncrement() <em>Increment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isIncrement()
	 * @generated
	 * @ordered
	 */
	protected static final boolean INCREMENT_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isIncrement() <em>Increment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isIncrement()
	 * @generated
	 * @ordered
	 */
	protected boolean increment = INCREMENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getConstantValue() <em>ConstantValue</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConstantValue()
	 * @generated
	 * @ordered
	 */
	protected static final long CONSTANT_VALUE_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getConstantValue() <em>ConstantValue</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConstantValue()
	 * @generated
	 * @ordered
	 */
	protected long constantValue = CONSTANT_VALUE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LocalAssignmentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FactsPackage.Literals.LOCAL_ASSIGNMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTarget() {
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTarget(String newTarget) {
		String oldTarget = target;
		target = newTarget;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FactsPackage.LOCAL_ASSIGNMENT__TARGET, oldTarget, target));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSource() {
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(String newSource) {
		String oldSource = source;
		source = newSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FactsPackage.LOCAL_ASSIGNMENT__SOURCE, oldSource, source));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isZero() {
		return zero;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setZero(boolean newZero) {
		boolean oldZero = zero;
		zero = newZero;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FactsPackage.LOCAL_ASSIGNMENT__ZERO, oldZero, zero));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LockRef getLock() {
		return lock;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetLock(LockRef newLock, NotificationChain msgs) {
		LockRef oldLock = lock;
		lock = newLock;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, FactsPackage.LOCAL_ASSIGNMENT__LOCK, oldLock, newLock);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLock(LockRef newLock) {
		if (newLock != lock) {
			NotificationChain msgs = null;
			if (lock != null)
				msgs = ((InternalEObject)lock).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - FactsPackage.LOCAL_ASSIGNMENT__LOCK, null, msgs);
			if (newLock != null)
				msgs = ((InternalEObject)newLock).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - FactsPackage.LOCAL_ASSIGNMENT__LOCK, null, msgs);
			msgs = basicSetLock(newLock, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FactsPackage.LOCAL_ASSIGNMENT__LOCK, newLock, newLock));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isCallResult() {
		return callResult;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCallResult(boolean newCallResult) {
		boolean oldCallResult = callResult;
		callResult = newCallResult;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FactsPackage.LOCAL_ASSIGNMENT__CALL_RESULT, oldCallResult, callResult));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case FactsPackage.LOCAL_ASSIGNMENT__LOCK:
				return basicSetLock(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isConstant() {
		return constant;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConstant(boolean newConstant) {
		boolean oldConstant = constant;
		constant = newConstant;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FactsPackage.LOCAL_ASSIGNMENT__CONSTANT, oldConstant, constant));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isIncrement() {
		return increment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIncrement(boolean newIncrement) {
		boolean oldIncrement = increment;
		increment = newIncrement;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FactsPackage.LOCAL_ASSIGNMENT__INCREMENT, oldIncrement, increment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getConstantValue() {
		return constantValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConstantValue(long newConstantValue) {
		long oldConstantValue = constantValue;
		constantValue = newConstantValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FactsPackage.LOCAL_ASSIGNMENT__CONSTANT_VALUE, oldConstantValue, constantValue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FactsPackage.LOCAL_ASSIGNMENT__TARGET:
				return getTarget();
			case FactsPackage.LOCAL_ASSIGNMENT__SOURCE:
				return getSource();
			case FactsPackage.LOCAL_ASSIGNMENT__ZERO:
				return isZero();
			case FactsPackage.LOCAL_ASSIGNMENT__LOCK:
				return getLock();
			case FactsPackage.LOCAL_ASSIGNMENT__CALL_RESULT:
				return isCallResult();
			case FactsPackage.LOCAL_ASSIGNMENT__CONSTANT:
				return isConstant();
			case FactsPackage.LOCAL_ASSIGNMENT__INCREMENT:
				return isIncrement();
			case FactsPackage.LOCAL_ASSIGNMENT__CONSTANT_VALUE:
				return getConstantValue();
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
			case FactsPackage.LOCAL_ASSIGNMENT__TARGET:
				setTarget((String)newValue);
				return;
			case FactsPackage.LOCAL_ASSIGNMENT__SOURCE:
				setSource((String)newValue);
				return;
			case FactsPackage.LOCAL_ASSIGNMENT__ZERO:
				setZero((Boolean)newValue);
				return;
			case FactsPackage.LOCAL_ASSIGNMENT__LOCK:
				setLock((LockRef)newValue);
				return;
			case FactsPackage.LOCAL_ASSIGNMENT__CALL_RESULT:
				setCallResult((Boolean)newValue);
				return;
			case FactsPackage.LOCAL_ASSIGNMENT__CONSTANT:
				setConstant((Boolean)newValue);
				return;
			case FactsPackage.LOCAL_ASSIGNMENT__INCREMENT:
				setIncrement((Boolean)newValue);
				return;
			case FactsPackage.LOCAL_ASSIGNMENT__CONSTANT_VALUE:
				setConstantValue((Long)newValue);
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
			case FactsPackage.LOCAL_ASSIGNMENT__TARGET:
				setTarget(TARGET_EDEFAULT);
				return;
			case FactsPackage.LOCAL_ASSIGNMENT__SOURCE:
				setSource(SOURCE_EDEFAULT);
				return;
			case FactsPackage.LOCAL_ASSIGNMENT__ZERO:
				setZero(ZERO_EDEFAULT);
				return;
			case FactsPackage.LOCAL_ASSIGNMENT__LOCK:
				setLock((LockRef)null);
				return;
			case FactsPackage.LOCAL_ASSIGNMENT__CALL_RESULT:
				setCallResult(CALL_RESULT_EDEFAULT);
				return;
			case FactsPackage.LOCAL_ASSIGNMENT__CONSTANT:
				setConstant(CONSTANT_EDEFAULT);
				return;
			case FactsPackage.LOCAL_ASSIGNMENT__INCREMENT:
				setIncrement(INCREMENT_EDEFAULT);
				return;
			case FactsPackage.LOCAL_ASSIGNMENT__CONSTANT_VALUE:
				setConstantValue(CONSTANT_VALUE_EDEFAULT);
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
			case FactsPackage.LOCAL_ASSIGNMENT__TARGET:
				return TARGET_EDEFAULT == null ? target != null : !TARGET_EDEFAULT.equals(target);
			case FactsPackage.LOCAL_ASSIGNMENT__SOURCE:
				return SOURCE_EDEFAULT == null ? source != null : !SOURCE_EDEFAULT.equals(source);
			case FactsPackage.LOCAL_ASSIGNMENT__ZERO:
				return zero != ZERO_EDEFAULT;
			case FactsPackage.LOCAL_ASSIGNMENT__LOCK:
				return lock != null;
			case FactsPackage.LOCAL_ASSIGNMENT__CALL_RESULT:
				return callResult != CALL_RESULT_EDEFAULT;
			case FactsPackage.LOCAL_ASSIGNMENT__CONSTANT:
				return constant != CONSTANT_EDEFAULT;
			case FactsPackage.LOCAL_ASSIGNMENT__INCREMENT:
				return increment != INCREMENT_EDEFAULT;
			case FactsPackage.LOCAL_ASSIGNMENT__CONSTANT_VALUE:
				return constantValue != CONSTANT_VALUE_EDEFAULT;
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
		result.append(" (target: ");
		result.append(target);
		result.append(", source: ");
		result.append(source);
		result.append(", zero: ");
		result.append(zero);
		result.append(", callResult: ");
		result.append(callResult);
		result.append(", constant: ");
		result.append(constant);
		result.append(", increment: ");
		result.append(increment);
		result.append(", constantValue: ");
		result.append(constantValue);
		result.append(')');
		return result.toString();
	}

} //LocalAssignmentImpl
