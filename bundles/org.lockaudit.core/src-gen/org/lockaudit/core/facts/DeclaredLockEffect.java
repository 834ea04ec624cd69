/**
 */
package org.lockaudit.core.facts;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Declared Lock Effect</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.lockaudit.core.facts.DeclaredLockEffect#getFunction <em>Function</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.DeclaredLockEffect#getOp <em>Op</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.DeclaredLockEffect#getMode <em>Mode</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.DeclaredLockEffect#getLock <em>Lock</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.DeclaredLockEffect#getSource <em>Source</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.DeclaredLockEffect#getFile <em>File</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.DeclaredLockEffect#getLine <em>Line</em>}</li>
 * </ul>
 *
 * @see org.lockaudit.core.facts.FactsPackage#getDeclaredLockEffect()
 * @model
 * @generated
 */
public interface DeclaredLockEffect extends EObject {
	/**
	 * Returns the value of the '<em><b>Function</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Function</em>' attribute.
	 * @see #setFunction(String)
	 * @see org.lockaudit.core.facts.FactsPackage#getDeclaredLockEffect_Function()
	 * @model
	 * @generated
	 */
	String getFunction();

	/**
	 * Sets the value of the '{@link org.lockaudit.core.facts.DeclaredLockEffect#getFunction <em>Function</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Function</em>' attribute.
	 * @see #getFunction()
	 * @generated
	 */
	void setFunction(String value);

	/**
	 * Returns the value of the '<em><b>Op</b></em>' attribute.
	 * The literals are from the enumeration {@link org.lockaudit.core.facts.LockOpKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Op</em>' attribute.
	 * @see org.lockaudit.core.facts.LockOpKind
	 * @see #setOp(LockOpKind)
	 * @see org.lockaudit.core.facts.FactsPackage#getDeclaredLockEffect_Op()
	 * @model
	 * @generated
	 */
	LockOpKind getOp();

	/**
	 * Sets the value of the '{@link org.lockaudit.core.facts.DeclaredLockEffect#getOp <em>Op</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Op</em>' attribute.
	 * @see org.lockaudit.core.facts.LockOpKind
	 * @see #getOp()
	 * @generated
	 */
	void setOp(LockOpKind value);

	/**
	 * Returns the value of the '<em><b>Mode</b></em>' attribute.
	 * The literals are from the enumeration {@link org.lockaudit.core.facts.LockMode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mode</em>' attribute.
	 * @see org.lockaudit.core.facts.LockMode
	 * @see #setMode(LockMode)
	 * @see org.lockaudit.core.facts.FactsPackage#getDeclaredLockEffect_Mode()
	 * @model
	 * @generated
	 */
	LockMode getMode();

	/**
	 * Sets the value of the '{@link org.lockaudit.core.facts.DeclaredLockEffect#getMode <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mode</em>' attribute.
	 * @see org.lockaudit.core.facts.LockMode
	 * @see #getMode()
	 * @generated
	 */
	void setMode(LockMode value);

	/**
	 * Returns the value of the '<em><b>Lock</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Lock</em>' attribute.
	 * @see #setLock(String)
	 * @see org.lockaudit.core.facts.FactsPackage#getDeclaredLockEffect_Lock()
	 * @model
	 * @generated
	 */
	String getLock();

	/**
	 * Sets the value of the '{@link org.lockaudit.core.facts.DeclaredLockEffect#getLock <em>Lock</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lock</em>' attribute.
	 * @see #getLock()
	 * @generated
	 */
	void setLock(String value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' attribute.
	 * The literals are from the enumeration {@link org.lockaudit.core.facts.DeclarationSource}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see org.lockaudit.core.facts.DeclarationSource
	 * @see #setSource(DeclarationSource)
	 * @see org.lockaudit.core.facts.FactsPackage#getDeclaredLockEffect_Source()
	 * @model
	 * @generated
	 */
	DeclarationSource getSource();

	/**
	 * Sets the value of the '{@link org.lockaudit.core.facts.DeclaredLockEffect#getSource <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' attribute.
	 * @see org.lockaudit.core.facts.DeclarationSource
	 * @see #getSource()
	 * @generated
	 */
	void setSource(DeclarationSource value);

	/**
	 * Returns the value of the '<em><b>File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>File</em>' attribute.
	 * @see #setFile(String)
	 * @see org.lockaudit.core.facts.FactsPackage#getDeclaredLockEffect_File()
	 * @model
	 * @generated
	 */
	String getFile();

	/**
	 * Sets the value of the '{@link org.lockaudit.core.facts.DeclaredLockEffect#getFile <em>File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>File</em>' attribute.
	 * @see #getFile()
	 * @generated
	 */
	void setFile(String value);

	/**
	 * Returns the value of the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Line</em>' attribute.
	 * @see #setLine(int)
	 * @see org.lockaudit.core.facts.FactsPackage#getDeclaredLockEffect_Line()
	 * @model
	 * @generated
	 */
	int getLine();

	/**
	 * Sets the value of the '{@link org.lockaudit.core.facts.DeclaredLockEffect#getLine <em>Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Line</em>' attribute.
	 * @see #getLine()
	 * @generated
	 */
	void setLine(int value);

} // DeclaredLockEffect
