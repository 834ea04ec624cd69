/**
 */
package org.lockaudit.core.facts;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Cfg Node</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.lockaudit.core.facts.CfgNode#getId <em>Id</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.CfgNode#getEvents <em>Events</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.CfgNode#getSuccessors <em>Successors</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.CfgNode#getBranch <em>Branch</em>}</li>
 * </ul>
 *
 * @see org.lockaudit.core.facts.FactsPackage#getCfgNode()
 * @model
 * @generated
 */
public interface CfgNode extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(int)
	 * @see org.lockaudit.core.facts.FactsPackage#getCfgNode_Id()
	 * @model
	 * @generated
	 */
	int getId();

	/**
	 * Sets the value of the '{@link org.lockaudit.core.facts.CfgNode#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(int value);

	/**
	 * Returns the value of the '<em><b>Events</b></em>' containment reference list.
	 * The list contents are of type {@link org.lockaudit.core.facts.Event}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Events</em>' containment reference list.
	 * @see org.lockaudit.core.facts.FactsPackage#getCfgNode_Events()
	 * @model containment="true"
	 * @generated
	 */
	EList<Event> getEvents();

	/**
	 * Returns the value of the '<em><b>Successors</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Integer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * With a branch: successors[0] is taken when the condition is true, successors[1] when false.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Successors</em>' attribute list.
	 * @see org.lockaudit.core.facts.FactsPackage#getCfgNode_Successors()
	 * @model
	 * @generated
	 */
	EList<Integer> getSuccessors();

	/**
	 * Returns the value of the '<em><b>Branch</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Branch</em>' containment reference.
	 * @see #setBranch(Condition)
	 * @see org.lockaudit.core.facts.FactsPackage#getCfgNode_Branch()
	 * @model containment="true"
	 * @generated
	 */
	Condition getBranch();

	/**
	 * Sets the value of the '{@link org.lockaudit.core.facts.CfgNode#getBranch <em>Branch</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Branch</em>' containment reference.
	 * @see #getBranch()
	 * @generated
	 */
	void setBranch(Condition value);

} // CfgNode
