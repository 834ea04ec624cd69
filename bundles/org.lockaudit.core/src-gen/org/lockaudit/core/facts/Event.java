/**
 */
package org.lockaudit.core.facts;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Event</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.lockaudit.core.facts.Event#getLine <em>Line</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.Event#getFile <em>File</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.Event#getMacro <em>Macro</em>}</li>
 * </ul>
 *
 * @see org.lockaudit.core.facts.FactsPackage#getEvent()
 * @model abstract="true"
 * @generated
 */
public interface Event extends EObject {
	/**
	 * Returns the value of the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Line</em>' attribute.
	 * @see #setLine(int)
	 * @see org.lockaudit.core.facts.FactsPackage#getEvent_Line()
	 * @model
	 * @generated
	 */
	int getLine();

	/**
	 * Sets the value of the '{@link org.lockaudit.core.facts.Event#getLine <em>Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Line</em>' attribute.
	 * @see #getLine()
	 * @generated
	 */
	void setLine(int value);

	/**
	 * Returns the value of the '<em><b>File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Only set when the event comes from another file than its function (an inline expansion of a header).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>File</em>' attribute.
	 * @see #setFile(String)
	 * @see org.lockaudit.core.facts.FactsPackage#getEvent_File()
	 * @model
	 * @generated
	 */
	String getFile();

	/**
	 * Sets the value of the '{@link org.lockaudit.core.facts.Event#getFile <em>File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>File</em>' attribute.
	 * @see #getFile()
	 * @generated
	 */
	void setFile(String value);

	/**
	 * Returns the value of the '<em><b>Macro</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Name of the outermost macro the event was expanded from, if any.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Macro</em>' attribute.
	 * @see #setMacro(String)
	 * @see org.lockaudit.core.facts.FactsPackage#getEvent_Macro()
	 * @model
	 * @generated
	 */
	String getMacro();

	/**
	 * Sets the value of the '{@link org.lockaudit.core.facts.Event#getMacro <em>Macro</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Macro</em>' attribute.
	 * @see #getMacro()
	 * @generated
	 */
	void setMacro(String value);

} // Event
