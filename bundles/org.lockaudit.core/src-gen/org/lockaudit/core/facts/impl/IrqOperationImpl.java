/**
 */
package org.lockaudit.core.facts.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.lockaudit.core.facts.FactsPackage;
import org.lockaudit.core.facts.IrqEffect;
import org.lockaudit.core.facts.IrqOperation;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Irq Operation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.lockaudit.core.facts.impl.IrqOperationImpl#getIrq <em>Irq</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.impl.IrqOperationImpl#getFlags <em>Flags</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.impl.IrqOperationImpl#getApi <em>Api</em>}</li>
 * </ul>
 *
 * @generated
 */
public class IrqOperationImpl extends EventImpl implements IrqOperation {
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
	 * The default value of the '{@link #getFlags() <em>Flags</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFlags()
	 * @generated
	 * @ordered
	 */
	protected static final String FLAGS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFlags() <em>Flags</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFlags()
	 * @generated
	 * @ordered
	 */
	protected String flags = FLAGS_EDEFAULT;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected IrqOperationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FactsPackage.Literals.IRQ_OPERATION;
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
			eNotify(new ENotificationImpl(this, Notification.SET, FactsPackage.IRQ_OPERATION__IRQ, oldIrq, irq));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFlags() {
		return flags;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFlags(String newFlags) {
		String oldFlags = flags;
		flags = newFlags;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FactsPackage.IRQ_OPERATION__FLAGS, oldFlags, flags));
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
			eNotify(new ENotificationImpl(this, Notification.SET, FactsPackage.IRQ_OPERATION__API, oldApi, api));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FactsPackage.IRQ_OPERATION__IRQ:
				return getIrq();
			case FactsPackage.IRQ_OPERATION__FLAGS:
				return getFlags();
			case FactsPackage.IRQ_OPERATION__API:
				return getApi();
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
			case FactsPackage.IRQ_OPERATION__IRQ:
				setIrq((IrqEffect)newValue);
				return;
			case FactsPackage.IRQ_OPERATION__FLAGS:
				setFlags((String)newValue);
				return;
			case FactsPackage.IRQ_OPERATION__API:
				setApi((String)newValue);
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
			case FactsPackage.IRQ_OPERATION__IRQ:
				setIrq(IRQ_EDEFAULT);
				return;
			case FactsPackage.IRQ_OPERATION__FLAGS:
				setFlags(FLAGS_EDEFAULT);
				return;
			case FactsPackage.IRQ_OPERATION__API:
				setApi(API_EDEFAULT);
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
			case FactsPackage.IRQ_OPERATION__IRQ:
				return irq != IRQ_EDEFAULT;
			case FactsPackage.IRQ_OPERATION__FLAGS:
				return FLAGS_EDEFAULT == null ? flags != null : !FLAGS_EDEFAULT.equals(flags);
			case FactsPackage.IRQ_OPERATION__API:
				return API_EDEFAULT == null ? api != null : !API_EDEFAULT.equals(api);
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
		result.append(" (irq: ");
		result.append(irq);
		result.append(", flags: ");
		result.append(flags);
		result.append(", api: ");
		result.append(api);
		result.append(')');
		return result.toString();
	}

} //IrqOperationImpl
