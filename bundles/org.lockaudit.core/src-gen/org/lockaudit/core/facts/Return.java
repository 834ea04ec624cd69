/**
 */
package org.lockaudit.core.facts;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Return</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.lockaudit.core.facts.Return#getValue <em>Value</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.Return#getResultOf <em>Result Of</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.Return#isNegated <em>Negated</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.Return#getVariable <em>Variable</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.Return#isConstant <em>Constant</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.Return#getConstantValue <em>Constant Value</em>}</li>
 * </ul>
 *
 * @see org.lockaudit.core.facts.FactsPackage#getReturn()
 * @model
 * @generated
 */
public interface Return extends Event {
	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Returned expression as written; null for a void return or the end of the body.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(String)
	 * @see org.lockaudit.core.facts.FactsPackage#getReturn_Value()
	 * @model
	 * @generated
	 */
	String getValue();

	/**
	 * Sets the value of the '{@link org.lockaudit.core.facts.Return#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(String value);

	/**
	 * Returns the value of the '<em><b>Result Of</b></em>' attribute.
	 * The default value is <code>"-1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Index, in this node's events, of the lock operation or call whose result is returned (after stripping !, == 0, casts).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Result Of</em>' attribute.
	 * @see #setResultOf(int)
	 * @see org.lockaudit.core.facts.FactsPackage#getReturn_ResultOf()
	 * @model default="-1"
	 * @generated
	 */
	int getResultOf();

	/**
	 * Sets the value of the '{@link org.lockaudit.core.facts.Return#getResultOf <em>Result Of</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Result Of</em>' attribute.
	 * @see #getResultOf()
	 * @generated
	 */
	void setResultOf(int value);

	/**
	 * Returns the value of the '<em><b>Negated</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Negated</em>' attribute.
	 * @see #setNegated(boolean)
	 * @see org.lockaudit.core.facts.FactsPackage#getReturn_Negated()
	 * @model
	 * @generated
	 */
	boolean isNegated();

	/**
	 * Sets the value of the '{@link org.lockaudit.core.facts.Return#isNegated <em>Negated</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Negated</em>' attribute.
	 * @see #isNegated()
	 * @generated
	 */
	void setNegated(boolean value);

	/**
	 * Returns the value of the '<em><b>Variable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The local variable returned, when the value is a plain variable.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Variable</em>' attribute.
	 * @see #setVariable(String)
	 * @see org.lockaudit.core.facts.FactsPackage#getReturn_Variable()
	 * @model
	 * @generated
	 */
	String getVariable();

	/**
	 * Sets the value of the '{@link org.lockaudit.core.facts.Return#getVariable <em>Variable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Variable</em>' attribute.
	 * @see #getVariable()
	 * @generated
	 */
	void setVariable(String value);

	/**
	 * Returns the value of the '<em><b>Constant</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Constant</em>' attribute.
	 * @see #setConstant(boolean)
	 * @see org.lockaudit.core.facts.FactsPackage#getReturn_Constant()
	 * @model
	 * @generated
	 */
	boolean isConstant();

	/**
	 * Sets the value of the '{@link org.lockaudit.core.facts.Return#isConstant <em>Constant</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Constant</em>' attribute.
	 * @see #isConstant()
	 * @generated
	 */
	void setConstant(boolean value);

	/**
	 * Returns the value of the '<em><b>Constant Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Constant Value</em>' attribute.
	 * @see #setConstantValue(long)
	 * @see org.lockaudit.core.facts.FactsPackage#getReturn_ConstantValue()
	 * @model
	 * @generated
	 */
	long getConstantValue();

	/**
	 * Sets the value of the '{@link org.lockaudit.core.facts.Return#getConstantValue <em>Constant Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Constant Value</em>' attribute.
	 * @see #getConstantValue()
	 * @generated
	 */
	void setConstantValue(long value);

} // Return
