/**
 */
package org.lockaudit.core.facts;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Lock Operation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.lockaudit.core.facts.LockOperation#getOp <em>Op</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.LockOperation#getMode <em>Mode</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.LockOperation#getIrq <em>Irq</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.LockOperation#getLock <em>Lock</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.LockOperation#getApi <em>Api</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.LockOperation#isSuccessWhenNonZero <em>Success When Non Zero</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.LockOperation#getResultVariable <em>Result Variable</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.LockOperation#getIrqFlags <em>Irq Flags</em>}</li>
 * </ul>
 *
 * @see org.lockaudit.core.facts.FactsPackage#getLockOperation()
 * @model
 * @generated
 */
public interface LockOperation extends Event {
	/**
	 * Returns the value of the '<em><b>Op</b></em>' attribute.
	 * The literals are from the enumeration {@link org.lockaudit.core.facts.LockOpKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Op</em>' attribute.
	 * @see org.lockaudit.core.facts.LockOpKind
	 * @see #setOp(LockOpKind)
	 * @see org.lockaudit.core.facts.FactsPackage#getLockOperation_Op()
	 * @model
	 * @generated
	 */
	LockOpKind getOp();

	/**
	 * Sets the value of the '{@link org.lockaudit.core.facts.LockOperation#getOp <em>Op</em>}' attribute.
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
	 * @see org.lockaudit.core.facts.FactsPackage#getLockOperation_Mode()
	 * @model
	 * @generated
	 */
	LockMode getMode();

	/**
	 * Sets the value of the '{@link org.lockaudit.core.facts.LockOperation#getMode <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mode</em>' attribute.
	 * @see org.lockaudit.core.facts.LockMode
	 * @see #getMode()
	 * @generated
	 */
	void setMode(LockMode value);

	/**
	 * Returns the value of the '<em><b>Irq</b></em>' attribute.
	 * The literals are from the enumeration {@link org.lockaudit.core.facts.IrqEffect}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Irq</em>' attribute.
	 * @see org.lockaudit.core.facts.IrqEffect
	 * @see #setIrq(IrqEffect)
	 * @see org.lockaudit.core.facts.FactsPackage#getLockOperation_Irq()
	 * @model
	 * @generated
	 */
	IrqEffect getIrq();

	/**
	 * Sets the value of the '{@link org.lockaudit.core.facts.LockOperation#getIrq <em>Irq</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Irq</em>' attribute.
	 * @see org.lockaudit.core.facts.IrqEffect
	 * @see #getIrq()
	 * @generated
	 */
	void setIrq(IrqEffect value);

	/**
	 * Returns the value of the '<em><b>Lock</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Lock</em>' containment reference.
	 * @see #setLock(LockRef)
	 * @see org.lockaudit.core.facts.FactsPackage#getLockOperation_Lock()
	 * @model containment="true"
	 * @generated
	 */
	LockRef getLock();

	/**
	 * Sets the value of the '{@link org.lockaudit.core.facts.LockOperation#getLock <em>Lock</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lock</em>' containment reference.
	 * @see #getLock()
	 * @generated
	 */
	void setLock(LockRef value);

	/**
	 * Returns the value of the '<em><b>Api</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The lock API entry (function or macro name) that produced this operation.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Api</em>' attribute.
	 * @see #setApi(String)
	 * @see org.lockaudit.core.facts.FactsPackage#getLockOperation_Api()
	 * @model
	 * @generated
	 */
	String getApi();

	/**
	 * Sets the value of the '{@link org.lockaudit.core.facts.LockOperation#getApi <em>Api</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Api</em>' attribute.
	 * @see #getApi()
	 * @generated
	 */
	void setApi(String value);

	/**
	 * Returns the value of the '<em><b>Success When Non Zero</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Success When Non Zero</em>' attribute.
	 * @see #setSuccessWhenNonZero(boolean)
	 * @see org.lockaudit.core.facts.FactsPackage#getLockOperation_SuccessWhenNonZero()
	 * @model default="true"
	 * @generated
	 */
	boolean isSuccessWhenNonZero();

	/**
	 * Sets the value of the '{@link org.lockaudit.core.facts.LockOperation#isSuccessWhenNonZero <em>Success When Non Zero</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Success When Non Zero</em>' attribute.
	 * @see #isSuccessWhenNonZero()
	 * @generated
	 */
	void setSuccessWhenNonZero(boolean value);

	/**
	 * Returns the value of the '<em><b>Result Variable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Result Variable</em>' attribute.
	 * @see #setResultVariable(String)
	 * @see org.lockaudit.core.facts.FactsPackage#getLockOperation_ResultVariable()
	 * @model
	 * @generated
	 */
	String getResultVariable();

	/**
	 * Sets the value of the '{@link org.lockaudit.core.facts.LockOperation#getResultVariable <em>Result Variable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Result Variable</em>' attribute.
	 * @see #getResultVariable()
	 * @generated
	 */
	void setResultVariable(String value);

	/**
	 * Returns the value of the '<em><b>Irq Flags</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For an irq SAVE or RESTORE operation: the flags variable the interrupt state is saved into or restored from, as written (flags in spin_lock_irqsave(l, flags)); null when not known.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Irq Flags</em>' attribute.
	 * @see #setIrqFlags(String)
	 * @see org.lockaudit.core.facts.FactsPackage#getLockOperation_IrqFlags()
	 * @model
	 * @generated
	 */
	String getIrqFlags();

	/**
	 * Sets the value of the '{@link org.lockaudit.core.facts.LockOperation#getIrqFlags <em>Irq Flags</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Irq Flags</em>' attribute.
	 * @see #getIrqFlags()
	 * @generated
	 */
	void setIrqFlags(String value);

} // LockOperation
