/**
 */
package org.lockaudit.core.facts.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.lockaudit.core.facts.CfgNode;
import org.lockaudit.core.facts.FactsPackage;
import org.lockaudit.core.facts.Function;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Function</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.lockaudit.core.facts.impl.FunctionImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.impl.FunctionImpl#getFile <em>File</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.impl.FunctionImpl#getStartLine <em>Start Line</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.impl.FunctionImpl#getEndLine <em>End Line</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.impl.FunctionImpl#isStatic <em>Static</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.impl.FunctionImpl#getParameters <em>Parameters</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.impl.FunctionImpl#isProblem <em>Problem</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.impl.FunctionImpl#getNodes <em>Nodes</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.impl.FunctionImpl#getExitNode <em>Exit Node</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FunctionImpl extends MinimalEObjectImpl.Container implements Function {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getFile() <em>File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFile()
	 * @generated
	 * @ordered
	 */
	protected static final String FILE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFile() <em>File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFile()
	 * @generated
	 * @ordered
	 */
	protected String file = FILE_EDEFAULT;

	/**
	 * The default value of the '{@link #getStartLine() <em>Start Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartLine()
	 * @generated
	 * @ordered
	 */
	protected static final int START_LINE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getStartLine() <em>Start Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartLine()
	 * @generated
	 * @ordered
	 */
	protected int startLine = START_LINE_EDEFAULT;

	/**
	 * The default value of the '{@link #getEndLine() <em>End Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndLine()
	 * @generated
	 * @ordered
	 */
	protected static final int END_LINE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getEndLine() <em>End Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndLine()
	 * @generated
	 * @ordered
	 */
	protected int endLine = END_LINE_EDEFAULT;

	/**
	 * The default value of the '{@link #isStatic() <em>Static</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isStatic()
	 * @generated
	 * @ordered
	 */
	protected static final boolean STATIC_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isStatic() <em>Static</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isStatic()
	 * @generated
	 * @ordered
	 */
	protected boolean static_ = STATIC_EDEFAULT;

	/**
	 * The cached value of the '{@link #getParameters() <em>Parameters</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParameters()
	 * @generated
	 * @ordered
	 */
	protected EList<String> parameters;

	/**
	 * The default value of the '{@link #isProblem() <em>Problem</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isProblem()
	 * @generated
	 * @ordered
	 */
	protected static final boolean PROBLEM_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isProblem() <em>Problem</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isProblem()
	 * @generated
	 * @ordered
	 */
	protected boolean problem = PROBLEM_EDEFAULT;

	/**
	 * The cached value of the '{@link #getNodes() <em>Nodes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNodes()
	 * @generated
	 * @ordered
	 */
	protected EList<CfgNode> nodes;

	/**
	 * The default value of the '{@link #getExitNode() <em>Exit Node</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExitNode()
	 * @generated
	 * @ordered
	 */
	protected static final int EXIT_NODE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getExitNode() <em>Exit Node</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExitNode()
	 * @generated
	 * @ordered
	 */
	protected int exitNode = EXIT_NODE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FunctionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FactsPackage.Literals.FUNCTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FactsPackage.FUNCTION__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFile() {
		return file;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFile(String newFile) {
		String oldFile = file;
		file = newFile;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FactsPackage.FUNCTION__FILE, oldFile, file));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getStartLine() {
		return startLine;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartLine(int newStartLine) {
		int oldStartLine = startLine;
		startLine = newStartLine;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FactsPackage.FUNCTION__START_LINE, oldStartLine, startLine));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getEndLine() {
		return endLine;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEndLine(int newEndLine) {
		int oldEndLine = endLine;
		endLine = newEndLine;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FactsPackage.FUNCTION__END_LINE, oldEndLine, endLine));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isStatic() {
		return static_;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatic(boolean newStatic) {
		boolean oldStatic = static_;
		static_ = newStatic;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FactsPackage.FUNCTION__STATIC, oldStatic, static_));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getParameters() {
		if (parameters == null) {
			parameters = new EDataTypeUniqueEList<String>(String.class, this, FactsPackage.FUNCTION__PARAMETERS);
		}
		return parameters;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isProblem() {
		return problem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProblem(boolean newProblem) {
		boolean oldProblem = problem;
		problem = newProblem;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FactsPackage.FUNCTION__PROBLEM, oldProblem, problem));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CfgNode> getNodes() {
		if (nodes == null) {
			nodes = new EObjectContainmentEList<CfgNode>(CfgNode.class, this, FactsPackage.FUNCTION__NODES);
		}
		return nodes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getExitNode() {
		return exitNode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExitNode(int newExitNode) {
		int oldExitNode = exitNode;
		exitNode = newExitNode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FactsPackage.FUNCTION__EXIT_NODE, oldExitNode, exitNode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case FactsPackage.FUNCTION__NODES:
				return ((InternalEList<?>)getNodes()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FactsPackage.FUNCTION__NAME:
				return getName();
			case FactsPackage.FUNCTION__FILE:
				return getFile();
			case FactsPackage.FUNCTION__START_LINE:
				return getStartLine();
			case FactsPackage.FUNCTION__END_LINE:
				return getEndLine();
			case FactsPackage.FUNCTION__STATIC:
				return isStatic();
			case FactsPackage.FUNCTION__PARAMETERS:
				return getParameters();
			case FactsPackage.FUNCTION__PROBLEM:
				return isProblem();
			case FactsPackage.FUNCTION__NODES:
				return getNodes();
			case FactsPackage.FUNCTION__EXIT_NODE:
				return getExitNode();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case FactsPackage.FUNCTION__NAME:
				setName((String)newValue);
				return;
			case FactsPackage.FUNCTION__FILE:
				setFile((String)newValue);
				return;
			case FactsPackage.FUNCTION__START_LINE:
				setStartLine((Integer)newValue);
				return;
			case FactsPackage.FUNCTION__END_LINE:
				setEndLine((Integer)newValue);
				return;
			case FactsPackage.FUNCTION__STATIC:
				setStatic((Boolean)newValue);
				return;
			case FactsPackage.FUNCTION__PARAMETERS:
				getParameters().clear();
				getParameters().addAll((Collection<? extends String>)newValue);
				return;
			case FactsPackage.FUNCTION__PROBLEM:
				setProblem((Boolean)newValue);
				return;
			case FactsPackage.FUNCTION__NODES:
				getNodes().clear();
				getNodes().addAll((Collection<? extends CfgNode>)newValue);
				return;
			case FactsPackage.FUNCTION__EXIT_NODE:
				setExitNode((Integer)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case FactsPackage.FUNCTION__NAME:
				setName(NAME_EDEFAULT);
				return;
			case FactsPackage.FUNCTION__FILE:
				setFile(FILE_EDEFAULT);
				return;
			case FactsPackage.FUNCTION__START_LINE:
				setStartLine(START_LINE_EDEFAULT);
				return;
			case FactsPackage.FUNCTION__END_LINE:
				setEndLine(END_LINE_EDEFAULT);
				return;
			case FactsPackage.FUNCTION__STATIC:
				setStatic(STATIC_EDEFAULT);
				return;
			case FactsPackage.FUNCTION__PARAMETERS:
				getParameters().clear();
				return;
			case FactsPackage.FUNCTION__PROBLEM:
				setProblem(PROBLEM_EDEFAULT);
				return;
			case FactsPackage.FUNCTION__NODES:
				getNodes().clear();
				return;
			case FactsPackage.FUNCTION__EXIT_NODE:
				setExitNode(EXIT_NODE_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case FactsPackage.FUNCTION__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case FactsPackage.FUNCTION__FILE:
				return FILE_EDEFAULT == null ? file != null : !FILE_EDEFAULT.equals(file);
			case FactsPackage.FUNCTION__START_LINE:
				return startLine != START_LINE_EDEFAULT;
			case FactsPackage.FUNCTION__END_LINE:
				return endLine != END_LINE_EDEFAULT;
			case FactsPackage.FUNCTION__STATIC:
				return static_ != STATIC_EDEFAULT;
			case FactsPackage.FUNCTION__PARAMETERS:
				return parameters != null && !parameters.isEmpty();
			case FactsPackage.FUNCTION__PROBLEM:
				return problem != PROBLEM_EDEFAULT;
			case FactsPackage.FUNCTION__NODES:
				return nodes != null && !nodes.isEmpty();
			case FactsPackage.FUNCTION__EXIT_NODE:
				return exitNode != EXIT_NODE_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (name: ");
		result.append(name);
		result.append(", file: ");
		result.append(file);
		result.append(", startLine: ");
		result.append(startLine);
		result.append(", endLine: ");
		result.append(endLine);
		result.append(", static: ");
		result.append(static_);
		result.append(", parameters: ");
		result.append(parameters);
		result.append(", problem: ");
		result.append(problem);
		result.append(", exitNode: ");
		result.append(exitNode);
		result.append(')');
		return result.toString();
	}

} //FunctionImpl
