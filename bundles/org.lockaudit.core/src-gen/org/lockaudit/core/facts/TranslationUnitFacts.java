/**
 */
package org.lockaudit.core.facts;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Translation Unit Facts</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.lockaudit.core.facts.TranslationUnitFacts#getPath <em>Path</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.TranslationUnitFacts#getCacheKey <em>Cache Key</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.TranslationUnitFacts#getIncludes <em>Includes</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.TranslationUnitFacts#getFunctions <em>Functions</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.TranslationUnitFacts#getGlobals <em>Globals</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.TranslationUnitFacts#getOpsBindings <em>Ops Bindings</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.TranslationUnitFacts#getDeclaredGuards <em>Declared Guards</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.TranslationUnitFacts#getDeclaredLockEffects <em>Declared Lock Effects</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.TranslationUnitFacts#getDiagnostics <em>Diagnostics</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.TranslationUnitFacts#getUnresolvedIncludes <em>Unresolved Includes</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.TranslationUnitFacts#getPreprocessorErrors <em>Preprocessor Errors</em>}</li>
 *   <li>{@link org.lockaudit.core.facts.TranslationUnitFacts#getFallbackBindings <em>Fallback Bindings</em>}</li>
 * </ul>
 *
 * @see org.lockaudit.core.facts.FactsPackage#getTranslationUnitFacts()
 * @model
 * @generated
 */
public interface TranslationUnitFacts extends EObject {
	/**
	 * Returns the value of the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Path</em>' attribute.
	 * @see #setPath(String)
	 * @see org.lockaudit.core.facts.FactsPackage#getTranslationUnitFacts_Path()
	 * @model
	 * @generated
	 */
	String getPath();

	/**
	 * Sets the value of the '{@link org.lockaudit.core.facts.TranslationUnitFacts#getPath <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Path</em>' attribute.
	 * @see #getPath()
	 * @generated
	 */
	void setPath(String value);

	/**
	 * Returns the value of the '<em><b>Cache Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Hash of the unit's contents, its configuration and every file it included.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cache Key</em>' attribute.
	 * @see #setCacheKey(String)
	 * @see org.lockaudit.core.facts.FactsPackage#getTranslationUnitFacts_CacheKey()
	 * @model
	 * @generated
	 */
	String getCacheKey();

	/**
	 * Sets the value of the '{@link org.lockaudit.core.facts.TranslationUnitFacts#getCacheKey <em>Cache Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cache Key</em>' attribute.
	 * @see #getCacheKey()
	 * @generated
	 */
	void setCacheKey(String value);

	/**
	 * Returns the value of the '<em><b>Includes</b></em>' containment reference list.
	 * The list contents are of type {@link org.lockaudit.core.facts.IncludedFile}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Includes</em>' containment reference list.
	 * @see org.lockaudit.core.facts.FactsPackage#getTranslationUnitFacts_Includes()
	 * @model containment="true"
	 * @generated
	 */
	EList<IncludedFile> getIncludes();

	/**
	 * Returns the value of the '<em><b>Functions</b></em>' containment reference list.
	 * The list contents are of type {@link org.lockaudit.core.facts.Function}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Functions</em>' containment reference list.
	 * @see org.lockaudit.core.facts.FactsPackage#getTranslationUnitFacts_Functions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Function> getFunctions();

	/**
	 * Returns the value of the '<em><b>Globals</b></em>' containment reference list.
	 * The list contents are of type {@link org.lockaudit.core.facts.GlobalVariable}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Globals</em>' containment reference list.
	 * @see org.lockaudit.core.facts.FactsPackage#getTranslationUnitFacts_Globals()
	 * @model containment="true"
	 * @generated
	 */
	EList<GlobalVariable> getGlobals();

	/**
	 * Returns the value of the '<em><b>Ops Bindings</b></em>' containment reference list.
	 * The list contents are of type {@link org.lockaudit.core.facts.OpsBinding}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ops Bindings</em>' containment reference list.
	 * @see org.lockaudit.core.facts.FactsPackage#getTranslationUnitFacts_OpsBindings()
	 * @model containment="true"
	 * @generated
	 */
	EList<OpsBinding> getOpsBindings();

	/**
	 * Returns the value of the '<em><b>Declared Guards</b></em>' containment reference list.
	 * The list contents are of type {@link org.lockaudit.core.facts.DeclaredGuard}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Declared Guards</em>' containment reference list.
	 * @see org.lockaudit.core.facts.FactsPackage#getTranslationUnitFacts_DeclaredGuards()
	 * @model containment="true"
	 * @generated
	 */
	EList<DeclaredGuard> getDeclaredGuards();

	/**
	 * Returns the value of the '<em><b>Declared Lock Effects</b></em>' containment reference list.
	 * The list contents are of type {@link org.lockaudit.core.facts.DeclaredLockEffect}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Declared Lock Effects</em>' containment reference list.
	 * @see org.lockaudit.core.facts.FactsPackage#getTranslationUnitFacts_DeclaredLockEffects()
	 * @model containment="true"
	 * @generated
	 */
	EList<DeclaredLockEffect> getDeclaredLockEffects();

	/**
	 * Returns the value of the '<em><b>Diagnostics</b></em>' containment reference list.
	 * The list contents are of type {@link org.lockaudit.core.facts.Diagnostic}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Diagnostics</em>' containment reference list.
	 * @see org.lockaudit.core.facts.FactsPackage#getTranslationUnitFacts_Diagnostics()
	 * @model containment="true"
	 * @generated
	 */
	EList<Diagnostic> getDiagnostics();

	/**
	 * Returns the value of the '<em><b>Unresolved Includes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Unresolved Includes</em>' attribute.
	 * @see #setUnresolvedIncludes(int)
	 * @see org.lockaudit.core.facts.FactsPackage#getTranslationUnitFacts_UnresolvedIncludes()
	 * @model
	 * @generated
	 */
	int getUnresolvedIncludes();

	/**
	 * Sets the value of the '{@link org.lockaudit.core.facts.TranslationUnitFacts#getUnresolvedIncludes <em>Unresolved Includes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unresolved Includes</em>' attribute.
	 * @see #getUnresolvedIncludes()
	 * @generated
	 */
	void setUnresolvedIncludes(int value);

	/**
	 * Returns the value of the '<em><b>Preprocessor Errors</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Preprocessor Errors</em>' attribute.
	 * @see #setPreprocessorErrors(int)
	 * @see org.lockaudit.core.facts.FactsPackage#getTranslationUnitFacts_PreprocessorErrors()
	 * @model
	 * @generated
	 */
	int getPreprocessorErrors();

	/**
	 * Sets the value of the '{@link org.lockaudit.core.facts.TranslationUnitFacts#getPreprocessorErrors <em>Preprocessor Errors</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Preprocessor Errors</em>' attribute.
	 * @see #getPreprocessorErrors()
	 * @generated
	 */
	void setPreprocessorErrors(int value);

	/**
	 * Returns the value of the '<em><b>Fallback Bindings</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Field owners resolved from the declared type of the base variable because the binding failed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Fallback Bindings</em>' attribute.
	 * @see #setFallbackBindings(int)
	 * @see org.lockaudit.core.facts.FactsPackage#getTranslationUnitFacts_FallbackBindings()
	 * @model
	 * @generated
	 */
	int getFallbackBindings();

	/**
	 * Sets the value of the '{@link org.lockaudit.core.facts.TranslationUnitFacts#getFallbackBindings <em>Fallback Bindings</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fallback Bindings</em>' attribute.
	 * @see #getFallbackBindings()
	 * @generated
	 */
	void setFallbackBindings(int value);

} // TranslationUnitFacts
