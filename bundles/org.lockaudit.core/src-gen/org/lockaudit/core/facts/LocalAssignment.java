/**
 */
package org.lockaudit.core.facts;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Local Assignment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.lockaudit.core.facts.LocalAssignment#getTarget <em>Target</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.LocalAssignment#getSource <em>Source</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.LocalAssignment#isZero <em>Zero</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.LocalAssignment#getLock <em>Lock</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.LocalAssignment#isCallResult <em>Call Result</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.LocalAssignment#isConstant <em>Constant</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.LocalAssignment#isIncrement <em>Increment</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.LocalAssignment#getConstantValue <em>ConstantValue</em>}</li>
 * </ul>
 *
 * @see org.lockaudit.core.facts.FactsPackage#getLocalAssignment()
 * @model
 * @generated
 */
public interface LocalAssignment extends Event {
	/**
	 * Returns the value of the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The local variable or parameter assigned.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target</em>' attribute.
	 * @see #setTarget(String)
	 * @see org.lockaudit.core.facts.FactsPackage#getLocalAssignment_Target()
	 * @model
	 * @generated
	 */
	String getTarget();

	/**
	 * Sets the value of the '{@link org.lockaudit.core.facts.LocalAssignment#getTarget <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' attribute.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(String value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The local variable or parameter copied, when the value is one (p = n); null for any other value.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see #setSource(String)
	 * @see org.lockaudit.core.facts.FactsPackage#getLocalAssignment_Source()
	 * @model
	 * @generated
	 */
	String getSource();

	/**
	 * Sets the value of the '{@link org.lockaudit.core.facts.LocalAssignment#getSource <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' attribute.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(String value);

	/**
	 * Returns the value of the '<em><b>Zero</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The value is a null pointer or zero constant (it = NULL): the variable is then known zero.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Zero</em>' attribute.
	 * @see #setZero(boolean)
	 * @see org.lockaudit.core.facts.FactsPackage#getLocalAssignment_Zero()
	 * @model
	 * @generated
	 */
	boolean isZero();

	/**
	 * Sets the value of the '{@link org.lockaudit.core.facts.LocalAssignment#isZero <em>Zero</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Zero</em>' attribute.
	 * @see #isZero()
	 * @generated
	 */
	void setZero(boolean value);

	/**
	 * Returns the value of the '<em><b>Lock</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The lock the pointer now points to, when the value is its address (lock = &item_locks[i]).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Lock</em>' containment reference.
	 * @see #setLock(LockRef)
	 * @see org.lockaudit.core.facts.FactsPackage#getLocalAssignment_Lock()
	 * @model containment="true"
	 * @generated
	 */
	LockRef getLock();

	/**
	 * Sets the value of the '{@link org.lockaudit.core.facts.LocalAssignment#getLock <em>Lock</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lock</em>' containment reference.
	 * @see #getLock()
	 * @generated
	 */
	void setLock(LockRef value);

	/**
	 * Returns the value of the '<em><b>Call Result</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The value is the result of the call just made (it = item_get(..)): what its test tells is kept under the variable's name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Call Result</em>' attribute.
	 * @see #setCallResult(boolean)
	 * @see org.lockaudit.core.facts.FactsPackage#getLocalAssignment_CallResult()
	 * @model
	 * @generated
	 */
	boolean isCallResult();

	/**
	 * Sets the value of the '{@link org.lockaudit.core.facts.LocalAssignment#isCallResult <em>Call Result</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Call Result</em>' attribute.
	 * @see #isCallResult()
	 * @generated
	 */
	void setCallResult(boolean value);

	/**
	 * Returns the value of the '<em><b>Constant</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The value is an integer constant (try = 0): constantValue.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Constant</em>' attribute.
	 * @see #setConstant(boolean)
	 * @see org.lockaudit.core.facts.FactsPackage#getLocalAssignment_Constant()
	 * @model
	 * @generated
	 */
	boolean isConstant();

	/**
	 * Sets the value of the '{@link org.lockaudit.core.facts.LocalAssignment#isConstant <em>Constant</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Constant</em>' attribute.
	 * @see #isConstant()
	 * @generated
	 */
	void setConstant(boolean value);

	/**
	 * Returns the value of the '<em><b>Increment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The value is the variable plus constantValue (try++, n -= 2).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Increment</em>' attribute.
	 * @see #setIncrement(boolean)
	 * @see org.lockaudit.core.facts.FactsPackage#getLocalAssignment_Increment()
	 * @model
	 * @generated
	 */
	boolean isIncrement();

	/**
	 * Sets the value of the '{@link org.lockaudit.core.facts.LocalAssignment#isIncrement <em>Increment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Increment</em>' attribute.
	 * @see #isIncrement()
	 * @generated
	 */
	void setIncrement(boolean value);

	/**
	 * Returns the value of the '<em><b>ConstantValue</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The constant assigned, or the amount added with increment.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>ConstantValue</em>' attribute.
	 * @see #setConstantValue(long)
	 * @see org.lockaudit.core.facts.FactsPackage#getLocalAssignment_ConstantValue()
	 * @model
	 * @generated
	 */
	long getConstantValue();

	/**
	 * Sets the value of the '{@link org.lockaudit.core.facts.LocalAssignment#getConstantValue <em>ConstantValue</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>ConstantValue</em>' attribute.
	 * @see #getConstantValue()
	 * @generated
	 */
	void setConstantValue(long value);

} // LocalAssignment
