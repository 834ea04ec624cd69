/**
 */
package org.lockaudit.core.facts;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Access</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.lockaudit.core.facts.Access#getTarget <em>Target</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.Access#isGlobal <em>Global</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.Access#getKind <em>Kind</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.Access#getBase <em>Base</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.Access#getFileScope <em>File Scope</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.Access#getStoredVariable <em>Stored Variable</em>}</li>
 * </ul>
 *
 * @see org.lockaudit.core.facts.FactsPackage#getAccess()
 * @model
 * @generated
 */
public interface Access extends Event {
	/**
	 * Returns the value of the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Field path with its owner struct (pci_dev.fault.count) or a global variable name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target</em>' attribute.
	 * @see #setTarget(String)
	 * @see org.lockaudit.core.facts.FactsPackage#getAccess_Target()
	 * @model
	 * @generated
	 */
	String getTarget();

	/**
	 * Sets the value of the '{@link org.lockaudit.core.facts.Access#getTarget <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' attribute.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(String value);

	/**
	 * Returns the value of the '<em><b>Global</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Global</em>' attribute.
	 * @see #setGlobal(boolean)
	 * @see org.lockaudit.core.facts.FactsPackage#getAccess_Global()
	 * @model
	 * @generated
	 */
	boolean isGlobal();

	/**
	 * Sets the value of the '{@link org.lockaudit.core.facts.Access#isGlobal <em>Global</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Global</em>' attribute.
	 * @see #isGlobal()
	 * @generated
	 */
	void setGlobal(boolean value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.lockaudit.core.facts.AccessKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.lockaudit.core.facts.AccessKind
	 * @see #setKind(AccessKind)
	 * @see org.lockaudit.core.facts.FactsPackage#getAccess_Kind()
	 * @model
	 * @generated
	 */
	AccessKind getKind();

	/**
	 * Sets the value of the '{@link org.lockaudit.core.facts.Access#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.lockaudit.core.facts.AccessKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(AccessKind value);

	/**
	 * Returns the value of the '<em><b>Base</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Base</em>' attribute.
	 * @see #setBase(String)
	 * @see org.lockaudit.core.facts.FactsPackage#getAccess_Base()
	 * @model
	 * @generated
	 */
	String getBase();

	/**
	 * Sets the value of the '{@link org.lockaudit.core.facts.Access#getBase <em>Base</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Base</em>' attribute.
	 * @see #getBase()
	 * @generated
	 */
	void setBase(String value);

	/**
	 * Returns the value of the '<em><b>File Scope</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>File Scope</em>' attribute.
	 * @see #setFileScope(String)
	 * @see org.lockaudit.core.facts.FactsPackage#getAccess_FileScope()
	 * @model
	 * @generated
	 */
	String getFileScope();

	/**
	 * Sets the value of the '{@link org.lockaudit.core.facts.Access#getFileScope <em>File Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>File Scope</em>' attribute.
	 * @see #getFileScope()
	 * @generated
	 */
	void setFileScope(String value);

	/**
	 * Returns the value of the '<em><b>Stored Variable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For a write that stores a local variable or parameter (x->next = p; g = p): that variable, read from the AST (the pointer escapes).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Stored Variable</em>' attribute.
	 * @see #setStoredVariable(String)
	 * @see org.lockaudit.core.facts.FactsPackage#getAccess_StoredVariable()
	 * @model
	 * @generated
	 */
	String getStoredVariable();

	/**
	 * Sets the value of the '{@link org.lockaudit.core.facts.Access#getStoredVariable <em>Stored Variable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stored Variable</em>' attribute.
	 * @see #getStoredVariable()
	 * @generated
	 */
	void setStoredVariable(String value);

} // Access
