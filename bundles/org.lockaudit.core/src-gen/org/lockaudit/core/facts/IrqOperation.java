/**
 */
package org.lockaudit.core.facts;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Irq Operation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.lockaudit.core.facts.IrqOperation#getIrq <em>Irq</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.IrqOperation#getFlags <em>Flags</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.IrqOperation#getApi <em>Api</em>}</li>
 * </ul>
 *
 * @see org.lockaudit.core.facts.FactsPackage#getIrqOperation()
 * @model
 * @generated
 */
public interface IrqOperation extends Event {
	/**
	 * Returns the value of the '<em><b>Irq</b></em>' attribute.
	 * The literals are from the enumeration {@link org.lockaudit.core.facts.IrqEffect}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Irq</em>' attribute.
	 * @see org.lockaudit.core.facts.IrqEffect
	 * @see #setIrq(IrqEffect)
	 * @see org.lockaudit.core.facts.FactsPackage#getIrqOperation_Irq()
	 * @model
	 * @generated
	 */
	IrqEffect getIrq();

	/**
	 * Sets the value of the '{@link org.lockaudit.core.facts.IrqOperation#getIrq <em>Irq</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Irq</em>' attribute.
	 * @see org.lockaudit.core.facts.IrqEffect
	 * @see #getIrq()
	 * @generated
	 */
	void setIrq(IrqEffect value);

	/**
	 * Returns the value of the '<em><b>Flags</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For SAVE and RESTORE: the flags variable, as written; null when not known.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Flags</em>' attribute.
	 * @see #setFlags(String)
	 * @see org.lockaudit.core.facts.FactsPackage#getIrqOperation_Flags()
	 * @model
	 * @generated
	 */
	String getFlags();

	/**
	 * Sets the value of the '{@link org.lockaudit.core.facts.IrqOperation#getFlags <em>Flags</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Flags</em>' attribute.
	 * @see #getFlags()
	 * @generated
	 */
	void setFlags(String value);

	/**
	 * Returns the value of the '<em><b>Api</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The lock API entry (function or macro name) that produced this operation.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Api</em>' attribute.
	 * @see #setApi(String)
	 * @see org.lockaudit.core.facts.FactsPackage#getIrqOperation_Api()
	 * @model
	 * @generated
	 */
	String getApi();

	/**
	 * Sets the value of the '{@link org.lockaudit.core.facts.IrqOperation#getApi <em>Api</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Api</em>' attribute.
	 * @see #getApi()
	 * @generated
	 */
	void setApi(String value);

} // IrqOperation
