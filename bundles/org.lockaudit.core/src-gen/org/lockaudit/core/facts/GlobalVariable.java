/**
 */
package org.lockaudit.core.facts;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Global Variable</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.lockaudit.core.facts.GlobalVariable#getName <em>Name</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.GlobalVariable#getType <em>Type</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.GlobalVariable#getFile <em>File</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.GlobalVariable#getLine <em>Line</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.GlobalVariable#isStatic <em>Static</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.GlobalVariable#isThreadLocal <em>Thread Local</em>}</li>
 * </ul>
 *
 * @see org.lockaudit.core.facts.FactsPackage#getGlobalVariable()
 * @model
 * @generated
 */
public interface GlobalVariable extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.lockaudit.core.facts.FactsPackage#getGlobalVariable_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.lockaudit.core.facts.GlobalVariable#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see #setType(String)
	 * @see org.lockaudit.core.facts.FactsPackage#getGlobalVariable_Type()
	 * @model
	 * @generated
	 */
	String getType();

	/**
	 * Sets the value of the '{@link org.lockaudit.core.facts.GlobalVariable#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see #getType()
	 * @generated
	 */
	void setType(String value);

	/**
	 * Returns the value of the '<em><b>File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>File</em>' attribute.
	 * @see #setFile(String)
	 * @see org.lockaudit.core.facts.FactsPackage#getGlobalVariable_File()
	 * @model
	 * @generated
	 */
	String getFile();

	/**
	 * Sets the value of the '{@link org.lockaudit.core.facts.GlobalVariable#getFile <em>File</em>}' attribute.
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
	 * @see org.lockaudit.core.facts.FactsPackage#getGlobalVariable_Line()
	 * @model
	 * @generated
	 */
	int getLine();

	/**
	 * Sets the value of the '{@link org.lockaudit.core.facts.GlobalVariable#getLine <em>Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Line</em>' attribute.
	 * @see #getLine()
	 * @generated
	 */
	void setLine(int value);

	/**
	 * Returns the value of the '<em><b>Static</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Static</em>' attribute.
	 * @see #setStatic(boolean)
	 * @see org.lockaudit.core.facts.FactsPackage#getGlobalVariable_Static()
	 * @model
	 * @generated
	 */
	boolean isStatic();

	/**
	 * Sets the value of the '{@link org.lockaudit.core.facts.GlobalVariable#isStatic <em>Static</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Static</em>' attribute.
	 * @see #isStatic()
	 * @generated
	 */
	void setStatic(boolean value);

	/**
	 * Returns the value of the '<em><b>Thread Local</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Declared __thread, _Thread_local or thread_local (also through a macro): one copy per thread.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Thread Local</em>' attribute.
	 * @see #setThreadLocal(boolean)
	 * @see org.lockaudit.core.facts.FactsPackage#getGlobalVariable_ThreadLocal()
	 * @model
	 * @generated
	 */
	boolean isThreadLocal();

	/**
	 * Sets the value of the '{@link org.lockaudit.core.facts.GlobalVariable#isThreadLocal <em>Thread Local</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Thread Local</em>' attribute.
	 * @see #isThreadLocal()
	 * @generated
	 */
	void setThreadLocal(boolean value);

} // GlobalVariable
