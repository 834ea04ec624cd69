/**
 */
package org.lockaudit.core.facts.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.lockaudit.core.facts.DeclarationSource;
import org.lockaudit.core.facts.DeclaredLockEffect;
import org.lockaudit.core.facts.FactsPackage;
import org.lockaudit.core.facts.LockMode;
import org.lockaudit.core.facts.LockOpKind;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Declared Lock Effect</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.lockaudit.core.facts.impl.DeclaredLockEffectImpl#getFunction <em>Function</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.impl.DeclaredLockEffectImpl#getOp <em>Op</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.impl.DeclaredLockEffectImpl#getMode <em>Mode</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.impl.DeclaredLockEffectImpl#getLock <em>Lock</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.impl.DeclaredLockEffectImpl#getSource <em>Source</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.impl.DeclaredLockEffectImpl#getFile <em>File</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.impl.DeclaredLockEffectImpl#getLine <em>Line</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DeclaredLockEffectImpl extends MinimalEObjectImpl.Container implements DeclaredLockEffect {
	/**
	 * The default value of the '{@link #getFunction() <em>Function</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFunction()
	 * @generated
	 * @ordered
	 */
	protected static final String FUNCTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFunction() <em>Function</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFunction()
	 * @generated
	 * @ordered
	 */
	protected String function = FUNCTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getOp() <em>Op</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOp()
	 * @generated
	 * @ordered
	 */
	protected static final LockOpKind OP_EDEFAULT = LockOpKind.ACQUIRE;

	/**
	 * The cached value of the '{@link #getOp() <em>Op</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOp()
	 * @generated
	 * @ordered
	 */
	protected LockOpKind op = OP_EDEFAULT;

	/**
	 * The default value of the '{@link #getMode() <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMode()
	 * @generated
	 * @ordered
	 */
	protected static final LockMode MODE_EDEFAULT = LockMode.EXCLUSIVE;

	/**
	 * The cached value of the '{@link #getMode() <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMode()
	 * @generated
	 * @ordered
	 */
	protected LockMode mode = MODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLock() <em>Lock</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLock()
	 * @generated
	 * @ordered
	 */
	protected static final String LOCK_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLock() <em>Lock</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLock()
	 * @generated
	 * @ordered
	 */
	protected String lock = LOCK_EDEFAULT;

	/**
	 * The default value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected static final DeclarationSource SOURCE_EDEFAULT = DeclarationSource.COMMENT;

	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected DeclarationSource source = SOURCE_EDEFAULT;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DeclaredLockEffectImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FactsPackage.Literals.DECLARED_LOCK_EFFECT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFunction() {
		return function;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFunction(String newFunction) {
		String oldFunction = function;
		function = newFunction;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FactsPackage.DECLARED_LOCK_EFFECT__FUNCTION, oldFunction, function));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LockOpKind getOp() {
		return op;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOp(LockOpKind newOp) {
		LockOpKind oldOp = op;
		op = newOp == null ? OP_EDEFAULT : newOp;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FactsPackage.DECLARED_LOCK_EFFECT__OP, oldOp, op));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LockMode getMode() {
		return mode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMode(LockMode newMode) {
		LockMode oldMode = mode;
		mode = newMode == null ? MODE_EDEFAULT : newMode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FactsPackage.DECLARED_LOCK_EFFECT__MODE, oldMode, mode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLock() {
		return lock;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLock(String newLock) {
		String oldLock = lock;
		lock = newLock;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FactsPackage.DECLARED_LOCK_EFFECT__LOCK, oldLock, lock));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DeclarationSource getSource() {
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(DeclarationSource newSource) {
		DeclarationSource oldSource = source;
		source = newSource == null ? SOURCE_EDEFAULT : newSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FactsPackage.DECLARED_LOCK_EFFECT__SOURCE, oldSource, source));
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
			eNotify(new ENotificationImpl(this, Notification.SET, FactsPackage.DECLARED_LOCK_EFFECT__FILE, oldFile, file));
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
			eNotify(new ENotificationImpl(this, Notification.SET, FactsPackage.DECLARED_LOCK_EFFECT__LINE, oldLine, line));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FactsPackage.DECLARED_LOCK_EFFECT__FUNCTION:
				return getFunction();
			case FactsPackage.DECLARED_LOCK_EFFECT__OP:
				return getOp();
			case FactsPackage.DECLARED_LOCK_EFFECT__MODE:
				return getMode();
			case FactsPackage.DECLARED_LOCK_EFFECT__LOCK:
				return getLock();
			case FactsPackage.DECLARED_LOCK_EFFECT__SOURCE:
				return getSource();
			case FactsPackage.DECLARED_LOCK_EFFECT__FILE:
				return getFile();
			case FactsPackage.DECLARED_LOCK_EFFECT__LINE:
				return getLine();
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
			case FactsPackage.DECLARED_LOCK_EFFECT__FUNCTION:
				setFunction((String)newValue);
				return;
			case FactsPackage.DECLARED_LOCK_EFFECT__OP:
				setOp((LockOpKind)newValue);
				return;
			case FactsPackage.DECLARED_LOCK_EFFECT__MODE:
				setMode((LockMode)newValue);
				return;
			case FactsPackage.DECLARED_LOCK_EFFECT__LOCK:
				setLock((String)newValue);
				return;
			case FactsPackage.DECLARED_LOCK_EFFECT__SOURCE:
				setSource((DeclarationSource)newValue);
				return;
			case FactsPackage.DECLARED_LOCK_EFFECT__FILE:
				setFile((String)newValue);
				return;
			case FactsPackage.DECLARED_LOCK_EFFECT__LINE:
				setLine((Integer)newValue);
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
			case FactsPackage.DECLARED_LOCK_EFFECT__FUNCTION:
				setFunction(FUNCTION_EDEFAULT);
				return;
			case FactsPackage.DECLARED_LOCK_EFFECT__OP:
				setOp(OP_EDEFAULT);
				return;
			case FactsPackage.DECLARED_LOCK_EFFECT__MODE:
				setMode(MODE_EDEFAULT);
				return;
			case FactsPackage.DECLARED_LOCK_EFFECT__LOCK:
				setLock(LOCK_EDEFAULT);
				return;
			case FactsPackage.DECLARED_LOCK_EFFECT__SOURCE:
				setSource(SOURCE_EDEFAULT);
				return;
			case FactsPackage.DECLARED_LOCK_EFFECT__FILE:
				setFile(FILE_EDEFAULT);
				return;
			case FactsPackage.DECLARED_LOCK_EFFECT__LINE:
				setLine(LINE_EDEFAULT);
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
			case FactsPackage.DECLARED_LOCK_EFFECT__FUNCTION:
				return FUNCTION_EDEFAULT == null ? function != null : !FUNCTION_EDEFAULT.equals(function);
			case FactsPackage.DECLARED_LOCK_EFFECT__OP:
				return op != OP_EDEFAULT;
			case FactsPackage.DECLARED_LOCK_EFFECT__MODE:
				return mode != MODE_EDEFAULT;
			case FactsPackage.DECLARED_LOCK_EFFECT__LOCK:
				return LOCK_EDEFAULT == null ? lock != null : !LOCK_EDEFAULT.equals(lock);
			case FactsPackage.DECLARED_LOCK_EFFECT__SOURCE:
				return source != SOURCE_EDEFAULT;
			case FactsPackage.DECLARED_LOCK_EFFECT__FILE:
				return FILE_EDEFAULT == null ? file != null : !FILE_EDEFAULT.equals(file);
			case FactsPackage.DECLARED_LOCK_EFFECT__LINE:
				return line != LINE_EDEFAULT;
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
		result.append(" (function: ");
		result.append(function);
		result.append(", op: ");
		result.append(op);
		result.append(", mode: ");
		result.append(mode);
		result.append(", lock: ");
		result.append(lock);
		result.append(", source: ");
		result.append(source);
		result.append(", file: ");
		result.append(file);
		result.append(", line: ");
		result.append(line);
		result.append(')');
		return result.toString();
	}

} //DeclaredLockEffectImpl
