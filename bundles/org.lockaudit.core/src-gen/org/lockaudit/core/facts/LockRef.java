/**
 */
package org.lockaudit.core.facts;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Lock Ref</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.lockaudit.core.facts.LockRef#getKind <em>Kind</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.LockRef#getName <em>Name</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.LockRef#getOwnerType <em>Owner Type</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.LockRef#getBase <em>Base</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.LockRef#getExpression <em>Expression</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.LockRef#getFileScope <em>File Scope</em>}</li>
 * </ul>
 *
 * @see org.lockaudit.core.facts.FactsPackage#getLockRef()
 * @model
 * @generated
 */
public interface LockRef extends EObject {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.lockaudit.core.facts.LockKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.lockaudit.core.facts.LockKind
	 * @see #setKind(LockKind)
	 * @see org.lockaudit.core.facts.FactsPackage#getLockRef_Kind()
	 * @model
	 * @generated
	 */
	LockKind getKind();

	/**
	 * Sets the value of the '{@link org.lockaudit.core.facts.LockRef#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.lockaudit.core.facts.LockKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(LockKind value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Global or local variable name, or member field path below ownerType (e.g. pdevs_lock).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.lockaudit.core.facts.FactsPackage#getLockRef_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.lockaudit.core.facts.LockRef#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Owner Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Owner Type</em>' attribute.
	 * @see #setOwnerType(String)
	 * @see org.lockaudit.core.facts.FactsPackage#getLockRef_OwnerType()
	 * @model
	 * @generated
	 */
	String getOwnerType();

	/**
	 * Sets the value of the '{@link org.lockaudit.core.facts.LockRef#getOwnerType <em>Owner Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner Type</em>' attribute.
	 * @see #getOwnerType()
	 * @generated
	 */
	void setOwnerType(String value);

	/**
	 * Returns the value of the '<em><b>Base</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Base expression of a member lock as written (d in d->pdevs_lock).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Base</em>' attribute.
	 * @see #setBase(String)
	 * @see org.lockaudit.core.facts.FactsPackage#getLockRef_Base()
	 * @model
	 * @generated
	 */
	String getBase();

	/**
	 * Sets the value of the '{@link org.lockaudit.core.facts.LockRef#getBase <em>Base</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Base</em>' attribute.
	 * @see #getBase()
	 * @generated
	 */
	void setBase(String value);

	/**
	 * Returns the value of the '<em><b>Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Expression</em>' attribute.
	 * @see #setExpression(String)
	 * @see org.lockaudit.core.facts.FactsPackage#getLockRef_Expression()
	 * @model
	 * @generated
	 */
	String getExpression();

	/**
	 * Sets the value of the '{@link org.lockaudit.core.facts.LockRef#getExpression <em>Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Expression</em>' attribute.
	 * @see #getExpression()
	 * @generated
	 */
	void setExpression(String value);

	/**
	 * Returns the value of the '<em><b>File Scope</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For a static global: the file that defines it, so two files' statics never merge.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>File Scope</em>' attribute.
	 * @see #setFileScope(String)
	 * @see org.lockaudit.core.facts.FactsPackage#getLockRef_FileScope()
	 * @model
	 * @generated
	 */
	String getFileScope();

	/**
	 * Sets the value of the '{@link org.lockaudit.core.facts.LockRef#getFileScope <em>File Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>File Scope</em>' attribute.
	 * @see #getFileScope()
	 * @generated
	 */
	void setFileScope(String value);

} // LockRef
