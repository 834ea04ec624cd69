/**
 */
package org.lockaudit.core.facts;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Function</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.lockaudit.core.facts.Function#getName <em>Name</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.Function#getFile <em>File</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.Function#getStartLine <em>Start Line</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.Function#getEndLine <em>End Line</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.Function#isStatic <em>Static</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.Function#getParameters <em>Parameters</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.Function#isProblem <em>Problem</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.Function#getNodes <em>Nodes</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.Function#getExitNode <em>Exit Node</em>}</li>
 * </ul>
 *
 * @see org.lockaudit.core.facts.FactsPackage#getFunction()
 * @model
 * @generated
 */
public interface Function extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.lockaudit.core.facts.FactsPackage#getFunction_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.lockaudit.core.facts.Function#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>File</em>' attribute.
	 * @see #setFile(String)
	 * @see org.lockaudit.core.facts.FactsPackage#getFunction_File()
	 * @model
	 * @generated
	 */
	String getFile();

	/**
	 * Sets the value of the '{@link org.lockaudit.core.facts.Function#getFile <em>File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>File</em>' attribute.
	 * @see #getFile()
	 * @generated
	 */
	void setFile(String value);

	/**
	 * Returns the value of the '<em><b>Start Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start Line</em>' attribute.
	 * @see #setStartLine(int)
	 * @see org.lockaudit.core.facts.FactsPackage#getFunction_StartLine()
	 * @model
	 * @generated
	 */
	int getStartLine();

	/**
	 * Sets the value of the '{@link org.lockaudit.core.facts.Function#getStartLine <em>Start Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start Line</em>' attribute.
	 * @see #getStartLine()
	 * @generated
	 */
	void setStartLine(int value);

	/**
	 * Returns the value of the '<em><b>End Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>End Line</em>' attribute.
	 * @see #setEndLine(int)
	 * @see org.lockaudit.core.facts.FactsPackage#getFunction_EndLine()
	 * @model
	 * @generated
	 */
	int getEndLine();

	/**
	 * Sets the value of the '{@link org.lockaudit.core.facts.Function#getEndLine <em>End Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End Line</em>' attribute.
	 * @see #getEndLine()
	 * @generated
	 */
	void setEndLine(int value);

	/**
	 * Returns the value of the '<em><b>Static</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Static</em>' attribute.
	 * @see #setStatic(boolean)
	 * @see org.lockaudit.core.facts.FactsPackage#getFunction_Static()
	 * @model
	 * @generated
	 */
	boolean isStatic();

	/**
	 * Sets the value of the '{@link org.lockaudit.core.facts.Function#isStatic <em>Static</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Static</em>' attribute.
	 * @see #isStatic()
	 * @generated
	 */
	void setStatic(boolean value);

	/**
	 * Returns the value of the '<em><b>Parameters</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parameters</em>' attribute list.
	 * @see org.lockaudit.core.facts.FactsPackage#getFunction_Parameters()
	 * @model
	 * @generated
	 */
	EList<String> getParameters();

	/**
	 * Returns the value of the '<em><b>Problem</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True when the body contains a node CDT could not parse.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Problem</em>' attribute.
	 * @see #setProblem(boolean)
	 * @see org.lockaudit.core.facts.FactsPackage#getFunction_Problem()
	 * @model
	 * @generated
	 */
	boolean isProblem();

	/**
	 * Sets the value of the '{@link org.lockaudit.core.facts.Function#isProblem <em>Problem</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Problem</em>' attribute.
	 * @see #isProblem()
	 * @generated
	 */
	void setProblem(boolean value);

	/**
	 * Returns the value of the '<em><b>Nodes</b></em>' containment reference list.
	 * The list contents are of type {@link org.lockaudit.core.facts.CfgNode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Node 0 is the entry; exitNode is the single exit every return reaches.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Nodes</em>' containment reference list.
	 * @see org.lockaudit.core.facts.FactsPackage#getFunction_Nodes()
	 * @model containment="true"
	 * @generated
	 */
	EList<CfgNode> getNodes();

	/**
	 * Returns the value of the '<em><b>Exit Node</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Exit Node</em>' attribute.
	 * @see #setExitNode(int)
	 * @see org.lockaudit.core.facts.FactsPackage#getFunction_ExitNode()
	 * @model
	 * @generated
	 */
	int getExitNode();

	/**
	 * Sets the value of the '{@link org.lockaudit.core.facts.Function#getExitNode <em>Exit Node</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Exit Node</em>' attribute.
	 * @see #getExitNode()
	 * @generated
	 */
	void setExitNode(int value);

} // Function
