/**
 */
package org.lockaudit.core.facts;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Condition</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.lockaudit.core.facts.Condition#getKind <em>Kind</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.Condition#isNegated <em>Negated</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.Condition#getVariable <em>Variable</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.Condition#getEventIndex <em>Event Index</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.Condition#getText <em>Text</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.Condition#getLine <em>Line</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.Condition#isAssertion <em>Assertion</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.Condition#getOperator <em>Operator</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.Condition#getConstant <em>Constant</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.Condition#getOther <em>Other</em>}</li>
 * </ul>
 *
 * @see org.lockaudit.core.facts.FactsPackage#getCondition()
 * @model
 * @generated
 */
public interface Condition extends EObject {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.lockaudit.core.facts.ConditionKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.lockaudit.core.facts.ConditionKind
	 * @see #setKind(ConditionKind)
	 * @see org.lockaudit.core.facts.FactsPackage#getCondition_Kind()
	 * @model
	 * @generated
	 */
	ConditionKind getKind();

	/**
	 * Sets the value of the '{@link org.lockaudit.core.facts.Condition#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.lockaudit.core.facts.ConditionKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ConditionKind value);

	/**
	 * Returns the value of the '<em><b>Negated</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Negated</em>' attribute.
	 * @see #setNegated(boolean)
	 * @see org.lockaudit.core.facts.FactsPackage#getCondition_Negated()
	 * @model
	 * @generated
	 */
	boolean isNegated();

	/**
	 * Sets the value of the '{@link org.lockaudit.core.facts.Condition#isNegated <em>Negated</em>}' attribute.
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
	 * @return the value of the '<em>Variable</em>' attribute.
	 * @see #setVariable(String)
	 * @see org.lockaudit.core.facts.FactsPackage#getCondition_Variable()
	 * @model
	 * @generated
	 */
	String getVariable();

	/**
	 * Sets the value of the '{@link org.lockaudit.core.facts.Condition#getVariable <em>Variable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Variable</em>' attribute.
	 * @see #getVariable()
	 * @generated
	 */
	void setVariable(String value);

	/**
	 * Returns the value of the '<em><b>Event Index</b></em>' attribute.
	 * The default value is <code>"-1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For CALL_RESULT: index, in this node's events, of the try-lock or call whose result is tested.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Event Index</em>' attribute.
	 * @see #setEventIndex(int)
	 * @see org.lockaudit.core.facts.FactsPackage#getCondition_EventIndex()
	 * @model default="-1"
	 * @generated
	 */
	int getEventIndex();

	/**
	 * Sets the value of the '{@link org.lockaudit.core.facts.Condition#getEventIndex <em>Event Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Event Index</em>' attribute.
	 * @see #getEventIndex()
	 * @generated
	 */
	void setEventIndex(int value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.lockaudit.core.facts.FactsPackage#getCondition_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.lockaudit.core.facts.Condition#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Line</em>' attribute.
	 * @see #setLine(int)
	 * @see org.lockaudit.core.facts.FactsPackage#getCondition_Line()
	 * @model
	 * @generated
	 */
	int getLine();

	/**
	 * Sets the value of the '{@link org.lockaudit.core.facts.Condition#getLine <em>Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Line</em>' attribute.
	 * @see #getLine()
	 * @generated
	 */
	void setLine(int value);

	/**
	 * Returns the value of the '<em><b>Assertion</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The branch comes from an assertion (ASSERT, BUG_ON, WARN_ON...): its failing successor is a dead end.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Assertion</em>' attribute.
	 * @see #setAssertion(boolean)
	 * @see org.lockaudit.core.facts.FactsPackage#getCondition_Assertion()
	 * @model
	 * @generated
	 */
	boolean isAssertion();

	/**
	 * Sets the value of the '{@link org.lockaudit.core.facts.Condition#isAssertion <em>Assertion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Assertion</em>' attribute.
	 * @see #isAssertion()
	 * @generated
	 */
	void setAssertion(boolean value);

	/**
	 * Returns the value of the '<em><b>Operator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For COMPARISON: the operator (==, !=, <, <=, >, >=) between the variable and the constant or the other variable, as the source writes it, variable first.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Operator</em>' attribute.
	 * @see #setOperator(String)
	 * @see org.lockaudit.core.facts.FactsPackage#getCondition_Operator()
	 * @model
	 * @generated
	 */
	String getOperator();

	/**
	 * Sets the value of the '{@link org.lockaudit.core.facts.Condition#getOperator <em>Operator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Operator</em>' attribute.
	 * @see #getOperator()
	 * @generated
	 */
	void setOperator(String value);

	/**
	 * Returns the value of the '<em><b>Constant</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For COMPARISON with no other variable: the integer constant the variable is compared with.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Constant</em>' attribute.
	 * @see #setConstant(long)
	 * @see org.lockaudit.core.facts.FactsPackage#getCondition_Constant()
	 * @model
	 * @generated
	 */
	long getConstant();

	/**
	 * Sets the value of the '{@link org.lockaudit.core.facts.Condition#getConstant <em>Constant</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Constant</em>' attribute.
	 * @see #getConstant()
	 * @generated
	 */
	void setConstant(long value);

	/**
	 * Returns the value of the '<em><b>Other</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For COMPARISON of two locals (q == old_q): the second local.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Other</em>' attribute.
	 * @see #setOther(String)
	 * @see org.lockaudit.core.facts.FactsPackage#getCondition_Other()
	 * @model
	 * @generated
	 */
	String getOther();

	/**
	 * Sets the value of the '{@link org.lockaudit.core.facts.Condition#getOther <em>Other</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Other</em>' attribute.
	 * @see #getOther()
	 * @generated
	 */
	void setOther(String value);

} // Condition
