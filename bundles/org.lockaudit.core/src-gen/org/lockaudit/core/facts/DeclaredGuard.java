/**
 */
package org.lockaudit.core.facts;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Declared Guard</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.lockaudit.core.facts.DeclaredGuard#getTarget <em>Target</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.DeclaredGuard#getLock <em>Lock</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.DeclaredGuard#getSource <em>Source</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.DeclaredGuard#getFile <em>File</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.DeclaredGuard#getLine <em>Line</em>}</li>
 * </ul>
 *
 * @see org.lockaudit.core.facts.FactsPackage#getDeclaredGuard()
 * @model
 * @generated
 */
public interface DeclaredGuard extends EObject {
	/**
	 * Returns the value of the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target</em>' attribute.
	 * @see #setTarget(String)
	 * @see org.lockaudit.core.facts.FactsPackage#getDeclaredGuard_Target()
	 * @model
	 * @generated
	 */
	String getTarget();

	/**
	 * Sets the value of the '{@link org.lockaudit.core.facts.DeclaredGuard#getTarget <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' attribute.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(String value);

	/**
	 * Returns the value of the '<em><b>Lock</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Lock</em>' attribute.
	 * @see #setLock(String)
	 * @see org.lockaudit.core.facts.FactsPackage#getDeclaredGuard_Lock()
	 * @model
	 * @generated
	 */
	String getLock();

	/**
	 * Sets the value of the '{@link org.lockaudit.core.facts.DeclaredGuard#getLock <em>Lock</em>}' attribute.
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
	 * @see org.lockaudit.core.facts.FactsPackage#getDeclaredGuard_Source()
	 * @model
	 * @generated
	 */
	DeclarationSource getSource();

	/**
	 * Sets the value of the '{@link org.lockaudit.core.facts.DeclaredGuard#getSource <em>Source</em>}' attribute.
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
	 * @see org.lockaudit.core.facts.FactsPackage#getDeclaredGuard_File()
	 * @model
	 * @generated
	 */
	String getFile();

	/**
	 * Sets the value of the '{@link org.lockaudit.core.facts.DeclaredGuard#getFile <em>File</em>}' attribute.
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
	 * @see org.lockaudit.core.facts.FactsPackage#getDeclaredGuard_Line()
	 * @model
	 * @generated
	 */
	int getLine();

	/**
	 * Sets the value of the '{@link org.lockaudit.core.facts.DeclaredGuard#getLine <em>Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Line</em>' attribute.
	 * @see #getLine()
	 * @generated
	 */
	void setLine(int value);

} // DeclaredGuard
