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

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.lockaudit.core.facts.DeclaredGuard;
import org.lockaudit.core.facts.DeclaredLockEffect;
import org.lockaudit.core.facts.Diagnostic;
import org.lockaudit.core.facts.FactsPackage;
import org.lockaudit.core.facts.Function;
import org.lockaudit.core.facts.GlobalVariable;
import org.lockaudit.core.facts.IncludedFile;
import org.lockaudit.core.facts.OpsBinding;
import org.lockaudit.core.facts.TranslationUnitFacts;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Translation Unit Facts</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.lockaudit.core.facts.impl.TranslationUnitFactsImpl#getPath <em>Path</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.impl.TranslationUnitFactsImpl#getCacheKey <em>Cache Key</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.impl.TranslationUnitFactsImpl#getIncludes <em>Includes</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.impl.TranslationUnitFactsImpl#getFunctions <em>Functions</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.impl.TranslationUnitFactsImpl#getGlobals <em>Globals</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.impl.TranslationUnitFactsImpl#getOpsBindings <em>Ops Bindings</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.impl.TranslationUnitFactsImpl#getDeclaredGuards <em>Declared Guards</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.impl.TranslationUnitFactsImpl#getDeclaredLockEffects <em>Declared Lock Effects</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.impl.TranslationUnitFactsImpl#getDiagnostics <em>Diagnostics</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.impl.TranslationUnitFactsImpl#getUnresolvedIncludes <em>Unresolved Includes</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.impl.TranslationUnitFactsImpl#getPreprocessorErrors <em>Preprocessor Errors</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.impl.TranslationUnitFactsImpl#getFallbackBindings <em>Fallback Bindings</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TranslationUnitFactsImpl extends MinimalEObjectImpl.Container implements TranslationUnitFacts {
	/**
	 * The default value of the '{@link #getPath() <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPath()
	 * @generated
	 * @ordered
	 */
	protected static final String PATH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPath() <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPath()
	 * @generated
	 * @ordered
	 */
	protected String path = PATH_EDEFAULT;

	/**
	 * The default value of the '{@link #getCacheKey() <em>Cache Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCacheKey()
	 * @generated
	 * @ordered
	 */
	protected static final String CACHE_KEY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCacheKey() <em>Cache Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCacheKey()
	 * @generated
	 * @ordered
	 */
	protected String cacheKey = CACHE_KEY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getIncludes() <em>Includes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIncludes()
	 * @generated
	 * @ordered
	 */
	protected EList<IncludedFile> includes;

	/**
	 * The cached value of the '{@link #getFunctions() <em>Functions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFunctions()
	 * @generated
	 * @ordered
	 */
	protected EList<Function> functions;

	/**
	 * The cached value of the '{@link #getGlobals() <em>Globals</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGlobals()
	 * @generated
	 * @ordered
	 */
	protected EList<GlobalVariable> globals;

	/**
	 * The cached value of the '{@link #getOpsBindings() <em>Ops Bindings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOpsBindings()
	 * @generated
	 * @ordered
	 */
	protected EList<OpsBinding> opsBindings;

	/**
	 * The cached value of the '{@link #getDeclaredGuards() <em>Declared Guards</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeclaredGuards()
	 * @generated
	 * @ordered
	 */
	protected EList<DeclaredGuard> declaredGuards;

	/**
	 * The cached value of the '{@link #getDeclaredLockEffects() <em>Declared Lock Effects</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeclaredLockEffects()
	 * @generated
	 * @ordered
	 */
	protected EList<DeclaredLockEffect> declaredLockEffects;

	/**
	 * The cached value of the '{@link #getDiagnostics() <em>Diagnostics</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiagnostics()
	 * @generated
	 * @ordered
	 */
	protected EList<Diagnostic> diagnostics;

	/**
	 * The default value of the '{@link #getUnresolvedIncludes() <em>Unresolved Includes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnresolvedIncludes()
	 * @generated
	 * @ordered
	 */
	protected static final int UNRESOLVED_INCLUDES_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getUnresolvedIncludes() <em>Unresolved Includes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnresolvedIncludes()
	 * @generated
	 * @ordered
	 */
	protected int unresolvedIncludes = UNRESOLVED_INCLUDES_EDEFAULT;

	/**
	 * The default value of the '{@link #getPreprocessorErrors() <em>Preprocessor Errors</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreprocessorErrors()
	 * @generated
	 * @ordered
	 */
	protected static final int PREPROCESSOR_ERRORS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getPreprocessorErrors() <em>Preprocessor Errors</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreprocessorErrors()
	 * @generated
	 * @ordered
	 */
	protected int preprocessorErrors = PREPROCESSOR_ERRORS_EDEFAULT;

	/**
	 * The default value of the '{@link #getFallbackBindings() <em>Fallback Bindings</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFallbackBindings()
	 * @generated
	 * @ordered
	 */
	protected static final int FALLBACK_BINDINGS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getFallbackBindings() <em>Fallback Bindings</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFallbackBindings()
	 * @generated
	 * @ordered
	 */
	protected int fallbackBindings = FALLBACK_BINDINGS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TranslationUnitFactsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FactsPackage.Literals.TRANSLATION_UNIT_FACTS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPath() {
		return path;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPath(String newPath) {
		String oldPath = path;
		path = newPath;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FactsPackage.TRANSLATION_UNIT_FACTS__PATH, oldPath, path));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCacheKey() {
		return cacheKey;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCacheKey(String newCacheKey) {
		String oldCacheKey = cacheKey;
		cacheKey = newCacheKey;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FactsPackage.TRANSLATION_UNIT_FACTS__CACHE_KEY, oldCacheKey, cacheKey));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<IncludedFile> getIncludes() {
		if (includes == null) {
			includes = new EObjectContainmentEList<IncludedFile>(IncludedFile.class, this, FactsPackage.TRANSLATION_UNIT_FACTS__INCLUDES);
		}
		return includes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Function> getFunctions() {
		if (functions == null) {
			functions = new EObjectContainmentEList<Function>(Function.class, this, FactsPackage.TRANSLATION_UNIT_FACTS__FUNCTIONS);
		}
		return functions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<GlobalVariable> getGlobals() {
		if (globals == null) {
			globals = new EObjectContainmentEList<GlobalVariable>(GlobalVariable.class, this, FactsPackage.TRANSLATION_UNIT_FACTS__GLOBALS);
		}
		return globals;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<OpsBinding> getOpsBindings() {
		if (opsBindings == null) {
			opsBindings = new EObjectContainmentEList<OpsBinding>(OpsBinding.class, this, FactsPackage.TRANSLATION_UNIT_FACTS__OPS_BINDINGS);
		}
		return opsBindings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DeclaredGuard> getDeclaredGuards() {
		if (declaredGuards == null) {
			declaredGuards = new EObjectContainmentEList<DeclaredGuard>(DeclaredGuard.class, this, FactsPackage.TRANSLATION_UNIT_FACTS__DECLARED_GUARDS);
		}
		return declaredGuards;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DeclaredLockEffect> getDeclaredLockEffects() {
		if (declaredLockEffects == null) {
			declaredLockEffects = new EObjectContainmentEList<DeclaredLockEffect>(DeclaredLockEffect.class, this, FactsPackage.TRANSLATION_UNIT_FACTS__DECLARED_LOCK_EFFECTS);
		}
		return declaredLockEffects;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Diagnostic> getDiagnostics() {
		if (diagnostics == null) {
			diagnostics = new EObjectContainmentEList<Diagnostic>(Diagnostic.class, this, FactsPackage.TRANSLATION_UNIT_FACTS__DIAGNOSTICS);
		}
		return diagnostics;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getUnresolvedIncludes() {
		return unresolvedIncludes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnresolvedIncludes(int newUnresolvedIncludes) {
		int oldUnresolvedIncludes = unresolvedIncludes;
		unresolvedIncludes = newUnresolvedIncludes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FactsPackage.TRANSLATION_UNIT_FACTS__UNRESOLVED_INCLUDES, oldUnresolvedIncludes, unresolvedIncludes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPreprocessorErrors() {
		return preprocessorErrors;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPreprocessorErrors(int newPreprocessorErrors) {
		int oldPreprocessorErrors = preprocessorErrors;
		preprocessorErrors = newPreprocessorErrors;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FactsPackage.TRANSLATION_UNIT_FACTS__PREPROCESSOR_ERRORS, oldPreprocessorErrors, preprocessorErrors));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFallbackBindings() {
		return fallbackBindings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFallbackBindings(int newFallbackBindings) {
		int oldFallbackBindings = fallbackBindings;
		fallbackBindings = newFallbackBindings;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FactsPackage.TRANSLATION_UNIT_FACTS__FALLBACK_BINDINGS, oldFallbackBindings, fallbackBindings));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case FactsPackage.TRANSLATION_UNIT_FACTS__INCLUDES:
				return ((InternalEList<?>)getIncludes()).basicRemove(otherEnd, msgs);
			case FactsPackage.TRANSLATION_UNIT_FACTS__FUNCTIONS:
				return ((InternalEList<?>)getFunctions()).basicRemove(otherEnd, msgs);
			case FactsPackage.TRANSLATION_UNIT_FACTS__GLOBALS:
				return ((InternalEList<?>)getGlobals()).basicRemove(otherEnd, msgs);
			case FactsPackage.TRANSLATION_UNIT_FACTS__OPS_BINDINGS:
				return ((InternalEList<?>)getOpsBindings()).basicRemove(otherEnd, msgs);
			case FactsPackage.TRANSLATION_UNIT_FACTS__DECLARED_GUARDS:
				return ((InternalEList<?>)getDeclaredGuards()).basicRemove(otherEnd, msgs);
			case FactsPackage.TRANSLATION_UNIT_FACTS__DECLARED_LOCK_EFFECTS:
				return ((InternalEList<?>)getDeclaredLockEffects()).basicRemove(otherEnd, msgs);
			case FactsPackage.TRANSLATION_UNIT_FACTS__DIAGNOSTICS:
				return ((InternalEList<?>)getDiagnostics()).basicRemove(otherEnd, msgs);
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
			case FactsPackage.TRANSLATION_UNIT_FACTS__PATH:
				return getPath();
			case FactsPackage.TRANSLATION_UNIT_FACTS__CACHE_KEY:
				return getCacheKey();
			case FactsPackage.TRANSLATION_UNIT_FACTS__INCLUDES:
				return getIncludes();
			case FactsPackage.TRANSLATION_UNIT_FACTS__FUNCTIONS:
				return getFunctions();
			case FactsPackage.TRANSLATION_UNIT_FACTS__GLOBALS:
				return getGlobals();
			case FactsPackage.TRANSLATION_UNIT_FACTS__OPS_BINDINGS:
				return getOpsBindings();
			case FactsPackage.TRANSLATION_UNIT_FACTS__DECLARED_GUARDS:
				return getDeclaredGuards();
			case FactsPackage.TRANSLATION_UNIT_FACTS__DECLARED_LOCK_EFFECTS:
				return getDeclaredLockEffects();
			case FactsPackage.TRANSLATION_UNIT_FACTS__DIAGNOSTICS:
				return getDiagnostics();
			case FactsPackage.TRANSLATION_UNIT_FACTS__UNRESOLVED_INCLUDES:
				return getUnresolvedIncludes();
			case FactsPackage.TRANSLATION_UNIT_FACTS__PREPROCESSOR_ERRORS:
				return getPreprocessorErrors();
			case FactsPackage.TRANSLATION_UNIT_FACTS__FALLBACK_BINDINGS:
				return getFallbackBindings();
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
			case FactsPackage.TRANSLATION_UNIT_FACTS__PATH:
				setPath((String)newValue);
				return;
			case FactsPackage.TRANSLATION_UNIT_FACTS__CACHE_KEY:
				setCacheKey((String)newValue);
				return;
			case FactsPackage.TRANSLATION_UNIT_FACTS__INCLUDES:
				getIncludes().clear();
				getIncludes().addAll((Collection<? extends IncludedFile>)newValue);
				return;
			case FactsPackage.TRANSLATION_UNIT_FACTS__FUNCTIONS:
				getFunctions().clear();
				getFunctions().addAll((Collection<? extends Function>)newValue);
				return;
			case FactsPackage.TRANSLATION_UNIT_FACTS__GLOBALS:
				getGlobals().clear();
				getGlobals().addAll((Collection<? extends GlobalVariable>)newValue);
				return;
			case FactsPackage.TRANSLATION_UNIT_FACTS__OPS_BINDINGS:
				getOpsBindings().clear();
				getOpsBindings().addAll((Collection<? extends OpsBinding>)newValue);
				return;
			case FactsPackage.TRANSLATION_UNIT_FACTS__DECLARED_GUARDS:
				getDeclaredGuards().clear();
				getDeclaredGuards().addAll((Collection<? extends DeclaredGuard>)newValue);
				return;
			case FactsPackage.TRANSLATION_UNIT_FACTS__DECLARED_LOCK_EFFECTS:
				getDeclaredLockEffects().clear();
				getDeclaredLockEffects().addAll((Collection<? extends DeclaredLockEffect>)newValue);
				return;
			case FactsPackage.TRANSLATION_UNIT_FACTS__DIAGNOSTICS:
				getDiagnostics().clear();
				getDiagnostics().addAll((Collection<? extends Diagnostic>)newValue);
				return;
			case FactsPackage.TRANSLATION_UNIT_FACTS__UNRESOLVED_INCLUDES:
				setUnresolvedIncludes((Integer)newValue);
				return;
			case FactsPackage.TRANSLATION_UNIT_FACTS__PREPROCESSOR_ERRORS:
				setPreprocessorErrors((Integer)newValue);
				return;
			case FactsPackage.TRANSLATION_UNIT_FACTS__FALLBACK_BINDINGS:
				setFallbackBindings((Integer)newValue);
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
			case FactsPackage.TRANSLATION_UNIT_FACTS__PATH:
				setPath(PATH_EDEFAULT);
				return;
			case FactsPackage.TRANSLATION_UNIT_FACTS__CACHE_KEY:
				setCacheKey(CACHE_KEY_EDEFAULT);
				return;
			case FactsPackage.TRANSLATION_UNIT_FACTS__INCLUDES:
				getIncludes().clear();
				return;
			case FactsPackage.TRANSLATION_UNIT_FACTS__FUNCTIONS:
				getFunctions().clear();
				return;
			case FactsPackage.TRANSLATION_UNIT_FACTS__GLOBALS:
				getGlobals().clear();
				return;
			case FactsPackage.TRANSLATION_UNIT_FACTS__OPS_BINDINGS:
				getOpsBindings().clear();
				return;
			case FactsPackage.TRANSLATION_UNIT_FACTS__DECLARED_GUARDS:
				getDeclaredGuards().clear();
				return;
			case FactsPackage.TRANSLATION_UNIT_FACTS__DECLARED_LOCK_EFFECTS:
				getDeclaredLockEffects().clear();
				return;
			case FactsPackage.TRANSLATION_UNIT_FACTS__DIAGNOSTICS:
				getDiagnostics().clear();
				return;
			case FactsPackage.TRANSLATION_UNIT_FACTS__UNRESOLVED_INCLUDES:
				setUnresolvedIncludes(UNRESOLVED_INCLUDES_EDEFAULT);
				return;
			case FactsPackage.TRANSLATION_UNIT_FACTS__PREPROCESSOR_ERRORS:
				setPreprocessorErrors(PREPROCESSOR_ERRORS_EDEFAULT);
				return;
			case FactsPackage.TRANSLATION_UNIT_FACTS__FALLBACK_BINDINGS:
				setFallbackBindings(FALLBACK_BINDINGS_EDEFAULT);
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
			case FactsPackage.TRANSLATION_UNIT_FACTS__PATH:
				return PATH_EDEFAULT == null ? path != null : !PATH_EDEFAULT.equals(path);
			case FactsPackage.TRANSLATION_UNIT_FACTS__CACHE_KEY:
				return CACHE_KEY_EDEFAULT == null ? cacheKey != null : !CACHE_KEY_EDEFAULT.equals(cacheKey);
			case FactsPackage.TRANSLATION_UNIT_FACTS__INCLUDES:
				return includes != null && !includes.isEmpty();
			case FactsPackage.TRANSLATION_UNIT_FACTS__FUNCTIONS:
				return functions != null && !functions.isEmpty();
			case FactsPackage.TRANSLATION_UNIT_FACTS__GLOBALS:
				return globals != null && !globals.isEmpty();
			case FactsPackage.TRANSLATION_UNIT_FACTS__OPS_BINDINGS:
				return opsBindings != null && !opsBindings.isEmpty();
			case FactsPackage.TRANSLATION_UNIT_FACTS__DECLARED_GUARDS:
				return declaredGuards != null && !declaredGuards.isEmpty();
			case FactsPackage.TRANSLATION_UNIT_FACTS__DECLARED_LOCK_EFFECTS:
				return declaredLockEffects != null && !declaredLockEffects.isEmpty();
			case FactsPackage.TRANSLATION_UNIT_FACTS__DIAGNOSTICS:
				return diagnostics != null && !diagnostics.isEmpty();
			case FactsPackage.TRANSLATION_UNIT_FACTS__UNRESOLVED_INCLUDES:
				return unresolvedIncludes != UNRESOLVED_INCLUDES_EDEFAULT;
			case FactsPackage.TRANSLATION_UNIT_FACTS__PREPROCESSOR_ERRORS:
				return preprocessorErrors != PREPROCESSOR_ERRORS_EDEFAULT;
			case FactsPackage.TRANSLATION_UNIT_FACTS__FALLBACK_BINDINGS:
				return fallbackBindings != FALLBACK_BINDINGS_EDEFAULT;
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
		result.append(" (path: ");
		result.append(path);
		result.append(", cacheKey: ");
		result.append(cacheKey);
		result.append(", unresolvedIncludes: ");
		result.append(unresolvedIncludes);
		result.append(", preprocessorErrors: ");
		result.append(preprocessorErrors);
		result.append(", fallbackBindings: ");
		result.append(fallbackBindings);
		result.append(')');
		return result.toString();
	}

} //TranslationUnitFactsImpl
