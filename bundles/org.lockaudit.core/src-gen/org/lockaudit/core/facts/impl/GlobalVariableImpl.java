/**
 */
package org.lockaudit.core.facts.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.lockaudit.core.facts.FactsPackage;
import org.lockaudit.core.facts.GlobalVariable;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Global Variable</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.lockaudit.core.facts.impl.GlobalVariableImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.impl.GlobalVariableImpl#getType <em>Type</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.impl.GlobalVariableImpl#getFile <em>File</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.impl.GlobalVariableImpl#getLine <em>Line</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.impl.GlobalVariableImpl#isStatic <em>Static</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.impl.GlobalVariableImpl#isThreadLocal <em>Thread Local</em>}</li>
 * </ul>
 *
 * @generated
 */
public class GlobalVariableImpl extends MinimalEObjectImpl.Container implements GlobalVariable {
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
	 * The default value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected static final String TYPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected String type = TYPE_EDEFAULT;

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
	 * The default value of the '{@link #getLine() <em>Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLine()
	 * @generated
	 * @ordered
	 */
	protected static final int LINE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getLine() <em>Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLine()
	 * @generated
	 * @ordered
	 */
	protected int line = LINE_EDEFAULT;

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
	 * The default value of the '{@link #isThreadLocal() <em>Thread Local</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isThreadLocal()
	 * @generated
	 * @ordered
	 */
	protected static final boolean THREAD_LOCAL_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isThreadLocal() <em>Thread Local</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isThreadLocal()
	 * @generated
	 * @ordered
	 */
	protected boolean threadLocal = THREAD_LOCAL_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected GlobalVariableImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FactsPackage.Literals.GLOBAL_VARIABLE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, FactsPackage.GLOBAL_VARIABLE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getType() {
		return type;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setType(String newType) {
		String oldType = type;
		type = newType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FactsPackage.GLOBAL_VARIABLE__TYPE, oldType, type));
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
			eNotify(new ENotificationImpl(this, Notification.SET, FactsPackage.GLOBAL_VARIABLE__FILE, oldFile, file));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getLine() {
		return line;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLine(int newLine) {
		int oldLine = line;
		line = newLine;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FactsPackage.GLOBAL_VARIABLE__LINE, oldLine, line));
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
			eNotify(new ENotificationImpl(this, Notification.SET, FactsPackage.GLOBAL_VARIABLE__STATIC, oldStatic, static_));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isThreadLocal() {
		return threadLocal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setThreadLocal(boolean newThreadLocal) {
		boolean oldThreadLocal = threadLocal;
		threadLocal = newThreadLocal;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FactsPackage.GLOBAL_VARIABLE__THREAD_LOCAL, oldThreadLocal, threadLocal));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FactsPackage.GLOBAL_VARIABLE__NAME:
				return getName();
			case FactsPackage.GLOBAL_VARIABLE__TYPE:
				return getType();
			case FactsPackage.GLOBAL_VARIABLE__FILE:
				return getFile();
			case FactsPackage.GLOBAL_VARIABLE__LINE:
				return getLine();
			case FactsPackage.GLOBAL_VARIABLE__STATIC:
				return isStatic();
			case FactsPackage.GLOBAL_VARIABLE__THREAD_LOCAL:
				return isThreadLocal();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case FactsPackage.GLOBAL_VARIABLE__NAME:
				setName((String)newValue);
				return;
			case FactsPackage.GLOBAL_VARIABLE__TYPE:
				setType((String)newValue);
				return;
			case FactsPackage.GLOBAL_VARIABLE__FILE:
				setFile((String)newValue);
				return;
			case FactsPackage.GLOBAL_VARIABLE__LINE:
				setLine((Integer)newValue);
				return;
			case FactsPackage.GLOBAL_VARIABLE__STATIC:
				setStatic((Boolean)newValue);
				return;
			case FactsPackage.GLOBAL_VARIABLE__THREAD_LOCAL:
				setThreadLocal((Boolean)newValue);
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
			case FactsPackage.GLOBAL_VARIABLE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case FactsPackage.GLOBAL_VARIABLE__TYPE:
				setType(TYPE_EDEFAULT);
				return;
			case FactsPackage.GLOBAL_VARIABLE__FILE:
				setFile(FILE_EDEFAULT);
				return;
			case FactsPackage.GLOBAL_VARIABLE__LINE:
				setLine(LINE_EDEFAULT);
				return;
			case FactsPackage.GLOBAL_VARIABLE__STATIC:
				setStatic(STATIC_EDEFAULT);
				return;
			case FactsPackage.GLOBAL_VARIABLE__THREAD_LOCAL:
				setThreadLocal(THREAD_LOCAL_EDEFAULT);
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
			case FactsPackage.GLOBAL_VARIABLE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case FactsPackage.GLOBAL_VARIABLE__TYPE:
				return TYPE_EDEFAULT == null ? type != null : !TYPE_EDEFAULT.equals(type);
			case FactsPackage.GLOBAL_VARIABLE__FILE:
				return FILE_EDEFAULT == null ? file != null : !FILE_EDEFAULT.equals(file);
			case FactsPackage.GLOBAL_VARIABLE__LINE:
				return line != LINE_EDEFAULT;
			case FactsPackage.GLOBAL_VARIABLE__STATIC:
				return static_ != STATIC_EDEFAULT;
			case FactsPackage.GLOBAL_VARIABLE__THREAD_LOCAL:
				return threadLocal != THREAD_LOCAL_EDEFAULT;
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
		result.append(", type: ");
		result.append(type);
		result.append(", file: ");
		result.append(file);
		result.append(", line: ");
		result.append(line);
		result.append(", static: ");
		result.append(static_);
		result.append(", threadLocal: ");
		result.append(threadLocal);
		result.append(')');
		return result.toString();
	}

} //GlobalVariableImpl
