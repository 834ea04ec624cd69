/**
 */
package org.lockaudit.core.facts.impl;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.lockaudit.core.facts.FactsPackage;
import org.lockaudit.core.facts.IrqEffect;
import org.lockaudit.core.facts.LockMode;
import org.lockaudit.core.facts.LockOpKind;
import org.lockaudit.core.facts.LockOperation;
import org.lockaudit.core.facts.LockRef;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Lock Operation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.lockaudit.core.facts.impl.LockOperationImpl#getOp <em>Op</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.impl.LockOperationImpl#getMode <em>Mode</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.impl.LockOperationImpl#getIrq <em>Irq</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.impl.LockOperationImpl#getLock <em>Lock</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.impl.LockOperationImpl#getApi <em>Api</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.impl.LockOperationImpl#isSuccessWhenNonZero <em>Success When Non Zero</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.impl.LockOperationImpl#getResultVariable <em>Result Variable</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.impl.LockOperationImpl#getIrqFlags <em>Irq Flags</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LockOperationImpl extends EventImpl implements LockOperation {
	/**
	 * The default value of the '{@link #getOp() <em>Op</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOp()
	 * @generated
	 * @ordered
	 */
	protected static final LockOpKind OP_EDEFAULT = LockOpKind.ACQUIRE;

	/**
	 * The cached value of the '{@link #getOp() <em>Op</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOp()
	 * @generated
	 * @ordered
	 */
	protected LockOpKind op = OP_EDEFAULT;

	/**
	 * The default value of the '{@link #getMode() <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMode()
	 * @generated
	 * @ordered
	 */
	protected static final LockMode MODE_EDEFAULT = LockMode.EXCLUSIVE;

	/**
	 * The cached value of the '{@link #getMode() <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMode()
	 * @generated
	 * @ordered
	 */
	protected LockMode mode = MODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getIrq() <em>Irq</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIrq()
	 * @generated
	 * @ordered
	 */
	protected static final IrqEffect IRQ_EDEFAULT = IrqEffect.NONE;

	/**
	 * The cached value of the '{@link #getIrq() <em>Irq</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIrq()
	 * @generated
	 * @ordered
	 */
	protected IrqEffect irq = IRQ_EDEFAULT;

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
	 * The default value of the '{@link #getApi() <em>Api</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApi()
	 * @generated
	 * @ordered
	 */
	protected static final String API_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getApi() <em>Api</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApi()
	 * @generated
	 * @ordered
	 */
	protected String api = API_EDEFAULT;

	/**
	 * The default value of the '{@link #isSuccessWhenNonZero() <em>Success When Non Zero</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSuccessWhenNonZero()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SUCCESS_WHEN_NON_ZERO_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isSuccessWhenNonZero() <em>Success When Non Zero</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSuccessWhenNonZero()
	 * @generated
	 * @ordered
	 */
	protected boolean successWhenNonZero = SUCCESS_WHEN_NON_ZERO_EDEFAULT;

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
	 * The default value of the '{@link #getIrqFlags() <em>Irq Flags</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIrqFlags()
	 * @generated
	 * @ordered
	 */
	protected static final String IRQ_FLAGS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIrqFlags() <em>Irq Flags</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIrqFlags()
	 * @generated
	 * @ordered
	 */
	protected String irqFlags = IRQ_FLAGS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LockOperationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FactsPackage.Literals.LOCK_OPERATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LockOpKind getOp() {
		return op;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOp(LockOpKind newOp) {
		LockOpKind oldOp = op;
		op = newOp == null ? OP_EDEFAULT : newOp;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FactsPackage.LOCK_OPERATION__OP, oldOp, op));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LockMode getMode() {
		return mode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMode(LockMode newMode) {
		LockMode oldMode = mode;
		mode = newMode == null ? MODE_EDEFAULT : newMode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FactsPackage.LOCK_OPERATION__MODE, oldMode, mode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IrqEffect getIrq() {
		return irq;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIrq(IrqEffect newIrq) {
		IrqEffect oldIrq = irq;
		irq = newIrq == null ? IRQ_EDEFAULT : newIrq;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FactsPackage.LOCK_OPERATION__IRQ, oldIrq, irq));
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
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, FactsPackage.LOCK_OPERATION__LOCK, oldLock, newLock);
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
				msgs = ((InternalEObject)lock).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - FactsPackage.LOCK_OPERATION__LOCK, null, msgs);
			if (newLock != null)
				msgs = ((InternalEObject)newLock).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - FactsPackage.LOCK_OPERATION__LOCK, null, msgs);
			msgs = basicSetLock(newLock, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FactsPackage.LOCK_OPERATION__LOCK, newLock, newLock));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getApi() {
		return api;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setApi(String newApi) {
		String oldApi = api;
		api = newApi;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FactsPackage.LOCK_OPERATION__API, oldApi, api));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSuccessWhenNonZero() {
		return successWhenNonZero;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSuccessWhenNonZero(boolean newSuccessWhenNonZero) {
		boolean oldSuccessWhenNonZero = successWhenNonZero;
		successWhenNonZero = newSuccessWhenNonZero;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FactsPackage.LOCK_OPERATION__SUCCESS_WHEN_NON_ZERO, oldSuccessWhenNonZero, successWhenNonZero));
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
			eNotify(new ENotificationImpl(this, Notification.SET, FactsPackage.LOCK_OPERATION__RESULT_VARIABLE, oldResultVariable, resultVariable));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getIrqFlags() {
		return irqFlags;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIrqFlags(String newIrqFlags) {
		String oldIrqFlags = irqFlags;
		irqFlags = newIrqFlags;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FactsPackage.LOCK_OPERATION__IRQ_FLAGS, oldIrqFlags, irqFlags));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case FactsPackage.LOCK_OPERATION__LOCK:
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
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FactsPackage.LOCK_OPERATION__OP:
				return getOp();
			case FactsPackage.LOCK_OPERATION__MODE:
				return getMode();
			case FactsPackage.LOCK_OPERATION__IRQ:
				return getIrq();
			case FactsPackage.LOCK_OPERATION__LOCK:
				return getLock();
			case FactsPackage.LOCK_OPERATION__API:
				return getApi();
			case FactsPackage.LOCK_OPERATION__SUCCESS_WHEN_NON_ZERO:
				return isSuccessWhenNonZero();
			case FactsPackage.LOCK_OPERATION__RESULT_VARIABLE:
				return getResultVariable();
			case FactsPackage.LOCK_OPERATION__IRQ_FLAGS:
				return getIrqFlags();
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
			case FactsPackage.LOCK_OPERATION__OP:
				setOp((LockOpKind)newValue);
				return;
			case FactsPackage.LOCK_OPERATION__MODE:
				setMode((LockMode)newValue);
				return;
			case FactsPackage.LOCK_OPERATION__IRQ:
				setIrq((IrqEffect)newValue);
				return;
			case FactsPackage.LOCK_OPERATION__LOCK:
				setLock((LockRef)newValue);
				return;
			case FactsPackage.LOCK_OPERATION__API:
				setApi((String)newValue);
				return;
			case FactsPackage.LOCK_OPERATION__SUCCESS_WHEN_NON_ZERO:
				setSuccessWhenNonZero((Boolean)newValue);
				return;
			case FactsPackage.LOCK_OPERATION__RESULT_VARIABLE:
				setResultVariable((String)newValue);
				return;
			case FactsPackage.LOCK_OPERATION__IRQ_FLAGS:
				setIrqFlags((String)newValue);
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
			case FactsPackage.LOCK_OPERATION__OP:
				setOp(OP_EDEFAULT);
				return;
			case FactsPackage.LOCK_OPERATION__MODE:
				setMode(MODE_EDEFAULT);
				return;
			case FactsPackage.LOCK_OPERATION__IRQ:
				setIrq(IRQ_EDEFAULT);
				return;
			case FactsPackage.LOCK_OPERATION__LOCK:
				setLock((LockRef)null);
				return;
			case FactsPackage.LOCK_OPERATION__API:
				setApi(API_EDEFAULT);
				return;
			case FactsPackage.LOCK_OPERATION__SUCCESS_WHEN_NON_ZERO:
				setSuccessWhenNonZero(SUCCESS_WHEN_NON_ZERO_EDEFAULT);
				return;
			case FactsPackage.LOCK_OPERATION__RESULT_VARIABLE:
				setResultVariable(RESULT_VARIABLE_EDEFAULT);
				return;
			case FactsPackage.LOCK_OPERATION__IRQ_FLAGS:
				setIrqFlags(IRQ_FLAGS_EDEFAULT);
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
			case FactsPackage.LOCK_OPERATION__OP:
				return op != OP_EDEFAULT;
			case FactsPackage.LOCK_OPERATION__MODE:
				return mode != MODE_EDEFAULT;
			case FactsPackage.LOCK_OPERATION__IRQ:
				return irq != IRQ_EDEFAULT;
			case FactsPackage.LOCK_OPERATION__LOCK:
				return lock != null;
			case FactsPackage.LOCK_OPERATION__API:
				return API_EDEFAULT == null ? api != null : !API_EDEFAULT.equals(api);
			case FactsPackage.LOCK_OPERATION__SUCCESS_WHEN_NON_ZERO:
				return successWhenNonZero != SUCCESS_WHEN_NON_ZERO_EDEFAULT;
			case FactsPackage.LOCK_OPERATION__RESULT_VARIABLE:
				return RESULT_VARIABLE_EDEFAULT == null ? resultVariable != null : !RESULT_VARIABLE_EDEFAULT.equals(resultVariable);
			case FactsPackage.LOCK_OPERATION__IRQ_FLAGS:
				return IRQ_FLAGS_EDEFAULT == null ? irqFlags != null : !IRQ_FLAGS_EDEFAULT.equals(irqFlags);
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
		result.append(" (op: ");
		result.append(op);
		result.append(", mode: ");
		result.append(mode);
		result.append(", irq: ");
		result.append(irq);
		result.append(", api: ");
		result.append(api);
		result.append(", successWhenNonZero: ");
		result.append(successWhenNonZero);
		result.append(", resultVariable: ");
		result.append(resultVariable);
		result.append(", irqFlags: ");
		result.append(irqFlags);
		result.append(')');
		return result.toString();
	}

} //LockOperationImpl
