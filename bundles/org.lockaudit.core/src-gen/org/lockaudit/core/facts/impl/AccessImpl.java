/**
 */
package org.lockaudit.core.facts.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.lockaudit.core.facts.Access;
import org.lockaudit.core.facts.AccessKind;
import org.lockaudit.core.facts.FactsPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Access</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.lockaudit.core.facts.impl.AccessImpl#getTarget <em>Target</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.impl.AccessImpl#isGlobal <em>Global</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.impl.AccessImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.impl.AccessImpl#getBase <em>Base</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.impl.AccessImpl#getFileScope <em>File Scope</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.impl.AccessImpl#getStoredVariable <em>Stored Variable</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AccessImpl extends EventImpl implements Access {
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
	 * The default value of the '{@link #isGlobal() <em>Global</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isGlobal()
	 * @generated
	 * @ordered
	 */
	protected static final boolean GLOBAL_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isGlobal() <em>Global</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isGlobal()
	 * @generated
	 * @ordered
	 */
	protected boolean global = GLOBAL_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final AccessKind KIND_EDEFAULT = AccessKind.READ;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected AccessKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getBase() <em>Base</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBase()
	 * @generated
	 * @ordered
	 */
	protected static final String BASE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBase() <em>Base</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBase()
	 * @generated
	 * @ordered
	 */
	protected String base = BASE_EDEFAULT;

	/**
	 * The default value of the '{@link #getFileScope() <em>File Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFileScope()
	 * @generated
	 * @ordered
	 */
	protected static final String FILE_SCOPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFileScope() <em>File Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFileScope()
	 * @generated
	 * @ordered
	 */
	protected String fileScope = FILE_SCOPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getStoredVariable() <em>Stored Variable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStoredVariable()
	 * @generated
	 * @ordered
	 */
	protected static final String STORED_VARIABLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStoredVariable() <em>Stored Variable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStoredVariable()
	 * @generated
	 * @ordered
	 */
	protected String storedVariable = STORED_VARIABLE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AccessImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FactsPackage.Literals.ACCESS;
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
			eNotify(new ENotificationImpl(this, Notification.SET, FactsPackage.ACCESS__TARGET, oldTarget, target));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isGlobal() {
		return global;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGlobal(boolean newGlobal) {
		boolean oldGlobal = global;
		global = newGlobal;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FactsPackage.ACCESS__GLOBAL, oldGlobal, global));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AccessKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(AccessKind newKind) {
		AccessKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FactsPackage.ACCESS__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBase() {
		return base;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBase(String newBase) {
		String oldBase = base;
		base = newBase;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FactsPackage.ACCESS__BASE, oldBase, base));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFileScope() {
		return fileScope;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFileScope(String newFileScope) {
		String oldFileScope = fileScope;
		fileScope = newFileScope;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FactsPackage.ACCESS__FILE_SCOPE, oldFileScope, fileScope));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStoredVariable() {
		return storedVariable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStoredVariable(String newStoredVariable) {
		String oldStoredVariable = storedVariable;
		storedVariable = newStoredVariable;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FactsPackage.ACCESS__STORED_VARIABLE, oldStoredVariable, storedVariable));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FactsPackage.ACCESS__TARGET:
				return getTarget();
			case FactsPackage.ACCESS__GLOBAL:
				return isGlobal();
			case FactsPackage.ACCESS__KIND:
				return getKind();
			case FactsPackage.ACCESS__BASE:
				return getBase();
			case FactsPackage.ACCESS__FILE_SCOPE:
				return getFileScope();
			case FactsPackage.ACCESS__STORED_VARIABLE:
				return getStoredVariable();
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
			case FactsPackage.ACCESS__TARGET:
				setTarget((String)newValue);
				return;
			case FactsPackage.ACCESS__GLOBAL:
				setGlobal((Boolean)newValue);
				return;
			case FactsPackage.ACCESS__KIND:
				setKind((AccessKind)newValue);
				return;
			case FactsPackage.ACCESS__BASE:
				setBase((String)newValue);
				return;
			case FactsPackage.ACCESS__FILE_SCOPE:
				setFileScope((String)newValue);
				return;
			case FactsPackage.ACCESS__STORED_VARIABLE:
				setStoredVariable((String)newValue);
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
			case FactsPackage.ACCESS__TARGET:
				setTarget(TARGET_EDEFAULT);
				return;
			case FactsPackage.ACCESS__GLOBAL:
				setGlobal(GLOBAL_EDEFAULT);
				return;
			case FactsPackage.ACCESS__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case FactsPackage.ACCESS__BASE:
				setBase(BASE_EDEFAULT);
				return;
			case FactsPackage.ACCESS__FILE_SCOPE:
				setFileScope(FILE_SCOPE_EDEFAULT);
				return;
			case FactsPackage.ACCESS__STORED_VARIABLE:
				setStoredVariable(STORED_VARIABLE_EDEFAULT);
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
			case FactsPackage.ACCESS__TARGET:
				return TARGET_EDEFAULT == null ? target != null : !TARGET_EDEFAULT.equals(target);
			case FactsPackage.ACCESS__GLOBAL:
				return global != GLOBAL_EDEFAULT;
			case FactsPackage.ACCESS__KIND:
				return kind != KIND_EDEFAULT;
			case FactsPackage.ACCESS__BASE:
				return BASE_EDEFAULT == null ? base != null : !BASE_EDEFAULT.equals(base);
			case FactsPackage.ACCESS__FILE_SCOPE:
				return FILE_SCOPE_EDEFAULT == null ? fileScope != null : !FILE_SCOPE_EDEFAULT.equals(fileScope);
			case FactsPackage.ACCESS__STORED_VARIABLE:
				return STORED_VARIABLE_EDEFAULT == null ? storedVariable != null : !STORED_VARIABLE_EDEFAULT.equals(storedVariable);
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
		result.append(", global: ");
		result.append(global);
		result.append(", kind: ");
		result.append(kind);
		result.append(", base: ");
		result.append(base);
		result.append(", fileScope: ");
		result.append(fileScope);
		result.append(", storedVariable: ");
		result.append(storedVariable);
		result.append(')');
		return result.toString();
	}

} //AccessImpl
