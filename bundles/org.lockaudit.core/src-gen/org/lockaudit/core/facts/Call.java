/**
 */
package org.lockaudit.core.facts;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Call</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.lockaudit.core.facts.Call#getCallee <em>Callee</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.Call#getViaField <em>Via Field</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.Call#getArguments <em>Arguments</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.Call#getResultVariable <em>Result Variable</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.Call#isNoReturn <em>No Return</em>}</li>
 * </ul>
 *
 * @see org.lockaudit.core.facts.FactsPackage#getCall()
 * @model
 * @generated
 */
public interface Call extends Event {
	/**
	 * Returns the value of the '<em><b>Callee</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Direct callee name; null for an indirect call.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Callee</em>' attribute.
	 * @see #setCallee(String)
	 * @see org.lockaudit.core.facts.FactsPackage#getCall_Callee()
	 * @model
	 * @generated
	 */
	String getCallee();

	/**
	 * Sets the value of the '{@link org.lockaudit.core.facts.Call#getCallee <em>Callee</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Callee</em>' attribute.
	 * @see #getCallee()
	 * @generated
	 */
	void setCallee(String value);

	/**
	 * Returns the value of the '<em><b>Via Field</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For an indirect call through a struct member: owner type and field (iommu_ops.assign_device).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Via Field</em>' attribute.
	 * @see #setViaField(String)
	 * @see org.lockaudit.core.facts.FactsPackage#getCall_ViaField()
	 * @model
	 * @generated
	 */
	String getViaField();

	/**
	 * Sets the value of the '{@link org.lockaudit.core.facts.Call#getViaField <em>Via Field</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Via Field</em>' attribute.
	 * @see #getViaField()
	 * @generated
	 */
	void setViaField(String value);

	/**
	 * Returns the value of the '<em><b>Arguments</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Arguments</em>' attribute list.
	 * @see org.lockaudit.core.facts.FactsPackage#getCall_Arguments()
	 * @model
	 * @generated
	 */
	EList<String> getArguments();

	/**
	 * Returns the value of the '<em><b>Result Variable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Result Variable</em>' attribute.
	 * @see #setResultVariable(String)
	 * @see org.lockaudit.core.facts.FactsPackage#getCall_ResultVariable()
	 * @model
	 * @generated
	 */
	String getResultVariable();

	/**
	 * Sets the value of the '{@link org.lockaudit.core.facts.Call#getResultVariable <em>Result Variable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Result Variable</em>' attribute.
	 * @see #getResultVariable()
	 * @generated
	 */
	void setResultVariable(String value);

	/**
	 * Returns the value of the '<em><b>No Return</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>No Return</em>' attribute.
	 * @see #setNoReturn(boolean)
	 * @see org.lockaudit.core.facts.FactsPackage#getCall_NoReturn()
	 * @model
	 * @generated
	 */
	boolean isNoReturn();

	/**
	 * Sets the value of the '{@link org.lockaudit.core.facts.Call#isNoReturn <em>No Return</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>No Return</em>' attribute.
	 * @see #isNoReturn()
	 * @generated
	 */
	void setNoReturn(boolean value);

} // Call
