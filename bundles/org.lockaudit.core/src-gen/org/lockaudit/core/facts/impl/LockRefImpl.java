/**
 */
package org.lockaudit.core.facts.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.lockaudit.core.facts.FactsPackage;
import org.lockaudit.core.facts.LockKind;
import org.lockaudit.core.facts.LockRef;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Lock Ref</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.lockaudit.core.facts.impl.LockRefImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.impl.LockRefImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.impl.LockRefImpl#getOwnerType <em>Owner Type</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.impl.LockRefImpl#getBase <em>Base</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.impl.LockRefImpl#getExpression <em>Expression</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.impl.LockRefImpl#getFileScope <em>File Scope</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LockRefImpl extends MinimalEObjectImpl.Container implements LockRef {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final LockKind KIND_EDEFAULT = LockKind.GLOBAL;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected LockKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getOwnerType() <em>Owner Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwnerType()
	 * @generated
	 * @ordered
	 */
	protected static final String OWNER_TYPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOwnerType() <em>Owner Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwnerType()
	 * @generated
	 * @ordered
	 */
	protected String ownerType = OWNER_TYPE_EDEFAULT;

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
	 * The default value of the '{@link #getExpression() <em>Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpression()
	 * @generated
	 * @ordered
	 */
	protected static final String EXPRESSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExpression() <em>Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpression()
	 * @generated
	 * @ordered
	 */
	protected String expression = EXPRESSION_EDEFAULT;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LockRefImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FactsPackage.Literals.LOCK_REF;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LockKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(LockKind newKind) {
		LockKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FactsPackage.LOCK_REF__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FactsPackage.LOCK_REF__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOwnerType() {
		return ownerType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwnerType(String newOwnerType) {
		String oldOwnerType = ownerType;
		ownerType = newOwnerType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FactsPackage.LOCK_REF__OWNER_TYPE, oldOwnerType, ownerType));
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
			eNotify(new ENotificationImpl(this, Notification.SET, FactsPackage.LOCK_REF__BASE, oldBase, base));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getExpression() {
		return expression;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExpression(String newExpression) {
		String oldExpression = expression;
		expression = newExpression;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FactsPackage.LOCK_REF__EXPRESSION, oldExpression, expression));
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
			eNotify(new ENotificationImpl(this, Notification.SET, FactsPackage.LOCK_REF__FILE_SCOPE, oldFileScope, fileScope));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FactsPackage.LOCK_REF__KIND:
				return getKind();
			case FactsPackage.LOCK_REF__NAME:
				return getName();
			case FactsPackage.LOCK_REF__OWNER_TYPE:
				return getOwnerType();
			case FactsPackage.LOCK_REF__BASE:
				return getBase();
			case FactsPackage.LOCK_REF__EXPRESSION:
				return getExpression();
			case FactsPackage.LOCK_REF__FILE_SCOPE:
				return getFileScope();
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
			case FactsPackage.LOCK_REF__KIND:
				setKind((LockKind)newValue);
				return;
			case FactsPackage.LOCK_REF__NAME:
				setName((String)newValue);
				return;
			case FactsPackage.LOCK_REF__OWNER_TYPE:
				setOwnerType((String)newValue);
				return;
			case FactsPackage.LOCK_REF__BASE:
				setBase((String)newValue);
				return;
			case FactsPackage.LOCK_REF__EXPRESSION:
				setExpression((String)newValue);
				return;
			case FactsPackage.LOCK_REF__FILE_SCOPE:
				setFileScope((String)newValue);
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
			case FactsPackage.LOCK_REF__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case FactsPackage.LOCK_REF__NAME:
				setName(NAME_EDEFAULT);
				return;
			case FactsPackage.LOCK_REF__OWNER_TYPE:
				setOwnerType(OWNER_TYPE_EDEFAULT);
				return;
			case FactsPackage.LOCK_REF__BASE:
				setBase(BASE_EDEFAULT);
				return;
			case FactsPackage.LOCK_REF__EXPRESSION:
				setExpression(EXPRESSION_EDEFAULT);
				return;
			case FactsPackage.LOCK_REF__FILE_SCOPE:
				setFileScope(FILE_SCOPE_EDEFAULT);
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
			case FactsPackage.LOCK_REF__KIND:
				return kind != KIND_EDEFAULT;
			case FactsPackage.LOCK_REF__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case FactsPackage.LOCK_REF__OWNER_TYPE:
				return OWNER_TYPE_EDEFAULT == null ? ownerType != null : !OWNER_TYPE_EDEFAULT.equals(ownerType);
			case FactsPackage.LOCK_REF__BASE:
				return BASE_EDEFAULT == null ? base != null : !BASE_EDEFAULT.equals(base);
			case FactsPackage.LOCK_REF__EXPRESSION:
				return EXPRESSION_EDEFAULT == null ? expression != null : !EXPRESSION_EDEFAULT.equals(expression);
			case FactsPackage.LOCK_REF__FILE_SCOPE:
				return FILE_SCOPE_EDEFAULT == null ? fileScope != null : !FILE_SCOPE_EDEFAULT.equals(fileScope);
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
		result.append(", name: ");
		result.append(name);
		result.append(", ownerType: ");
		result.append(ownerType);
		result.append(", base: ");
		result.append(base);
		result.append(", expression: ");
		result.append(expression);
		result.append(", fileScope: ");
		result.append(fileScope);
		result.append(')');
		return result.toString();
	}

} //LockRefImpl
