/**
 */
package org.lockaudit.core.facts.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.lockaudit.core.facts.Access;
import org.lockaudit.core.facts.AccessKind;
import org.lockaudit.core.facts.Call;
import org.lockaudit.core.facts.CfgNode;
import org.lockaudit.core.facts.Condition;
import org.lockaudit.core.facts.ConditionKind;
import org.lockaudit.core.facts.DeclarationSource;
import org.lockaudit.core.facts.DeclaredGuard;
import org.lockaudit.core.facts.DeclaredLockEffect;
import org.lockaudit.core.facts.Diagnostic;
import org.lockaudit.core.facts.DiagnosticKind;
import org.lockaudit.core.facts.Event;
import org.lockaudit.core.facts.FactsFactory;
import org.lockaudit.core.facts.FactsPackage;
import org.lockaudit.core.facts.Function;
import org.lockaudit.core.facts.GlobalVariable;
import org.lockaudit.core.facts.IncludedFile;
import org.lockaudit.core.facts.IrqEffect;
import org.lockaudit.core.facts.IrqOperation;
import org.lockaudit.core.facts.Label;
import org.lockaudit.core.facts.LocalAssignment;
import org.lockaudit.core.facts.LockKind;
import org.lockaudit.core.facts.LockMode;
import org.lockaudit.core.facts.LockOpKind;
import org.lockaudit.core.facts.LockOperation;
import org.lockaudit.core.facts.LockRef;
import org.lockaudit.core.facts.OpsBinding;
import org.lockaudit.core.facts.Return;
import org.lockaudit.core.facts.TranslationUnitFacts;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class FactsPackageImpl extends EPackageImpl implements FactsPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass translationUnitFactsEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass includedFileEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass functionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass cfgNodeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass conditionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass eventEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass lockOperationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass lockRefEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass accessEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass callEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass returnEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass localAssignmentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass labelEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass irqOperationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass globalVariableEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass opsBindingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass declaredGuardEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass declaredLockEffectEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass diagnosticEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum conditionKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum lockOpKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum lockModeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum irqEffectEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum lockKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum accessKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum declarationSourceEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum diagnosticKindEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.lockaudit.core.facts.FactsPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private FactsPackageImpl() {
		super(eNS_URI, FactsFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link FactsPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static FactsPackage init() {
		if (isInited) return (FactsPackage)EPackage.Registry.INSTANCE.getEPackage(FactsPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredFactsPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		FactsPackageImpl theFactsPackage = registeredFactsPackage instanceof FactsPackageImpl ? (FactsPackageImpl)registeredFactsPackage : new FactsPackageImpl();

		isInited = true;

		// Create package meta-data objects
		theFactsPackage.createPackageContents();

		// Initialize created meta-data
		theFactsPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theFactsPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(FactsPackage.eNS_URI, theFactsPackage);
		return theFactsPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTranslationUnitFacts() {
		return translationUnitFactsEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTranslationUnitFacts_Path() {
		return (EAttribute)translationUnitFactsEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTranslationUnitFacts_CacheKey() {
		return (EAttribute)translationUnitFactsEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTranslationUnitFacts_Includes() {
		return (EReference)translationUnitFactsEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTranslationUnitFacts_Functions() {
		return (EReference)translationUnitFactsEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTranslationUnitFacts_Globals() {
		return (EReference)translationUnitFactsEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTranslationUnitFacts_OpsBindings() {
		return (EReference)translationUnitFactsEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTranslationUnitFacts_DeclaredGuards() {
		return (EReference)translationUnitFactsEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTranslationUnitFacts_DeclaredLockEffects() {
		return (EReference)translationUnitFactsEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTranslationUnitFacts_Diagnostics() {
		return (EReference)translationUnitFactsEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTranslationUnitFacts_UnresolvedIncludes() {
		return (EAttribute)translationUnitFactsEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTranslationUnitFacts_PreprocessorErrors() {
		return (EAttribute)translationUnitFactsEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTranslationUnitFacts_FallbackBindings() {
		return (EAttribute)translationUnitFactsEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIncludedFile() {
		return includedFileEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIncludedFile_Path() {
		return (EAttribute)includedFileEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIncludedFile_ContentHash() {
		return (EAttribute)includedFileEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFunction() {
		return functionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFunction_Name() {
		return (EAttribute)functionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFunction_File() {
		return (EAttribute)functionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFunction_StartLine() {
		return (EAttribute)functionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFunction_EndLine() {
		return (EAttribute)functionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFunction_Static() {
		return (EAttribute)functionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFunction_Parameters() {
		return (EAttribute)functionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFunction_Problem() {
		return (EAttribute)functionEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFunction_Nodes() {
		return (EReference)functionEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFunction_ExitNode() {
		return (EAttribute)functionEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCfgNode() {
		return cfgNodeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCfgNode_Id() {
		return (EAttribute)cfgNodeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCfgNode_Events() {
		return (EReference)cfgNodeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCfgNode_Successors() {
		return (EAttribute)cfgNodeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCfgNode_Branch() {
		return (EReference)cfgNodeEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCondition() {
		return conditionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCondition_Kind() {
		return (EAttribute)conditionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCondition_Negated() {
		return (EAttribute)conditionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCondition_Variable() {
		return (EAttribute)conditionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCondition_EventIndex() {
		return (EAttribute)conditionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCondition_Text() {
		return (EAttribute)conditionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCondition_Line() {
		return (EAttribute)conditionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCondition_Assertion() {
		return (EAttribute)conditionEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCondition_Operator() {
		return (EAttribute)conditionEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCondition_Constant() {
		return (EAttribute)conditionEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCondition_Other() {
		return (EAttribute)conditionEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEvent() {
		return eventEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvent_Line() {
		return (EAttribute)eventEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvent_File() {
		return (EAttribute)eventEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvent_Macro() {
		return (EAttribute)eventEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLockOperation() {
		return lockOperationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLockOperation_Op() {
		return (EAttribute)lockOperationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLockOperation_Mode() {
		return (EAttribute)lockOperationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLockOperation_Irq() {
		return (EAttribute)lockOperationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLockOperation_Lock() {
		return (EReference)lockOperationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLockOperation_Api() {
		return (EAttribute)lockOperationEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLockOperation_SuccessWhenNonZero() {
		return (EAttribute)lockOperationEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLockOperation_ResultVariable() {
		return (EAttribute)lockOperationEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLockOperation_IrqFlags() {
		return (EAttribute)lockOperationEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLockRef() {
		return lockRefEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLockRef_Kind() {
		return (EAttribute)lockRefEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLockRef_Name() {
		return (EAttribute)lockRefEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLockRef_OwnerType() {
		return (EAttribute)lockRefEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLockRef_Base() {
		return (EAttribute)lockRefEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLockRef_Expression() {
		return (EAttribute)lockRefEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLockRef_FileScope() {
		return (EAttribute)lockRefEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAccess() {
		return accessEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAccess_Target() {
		return (EAttribute)accessEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAccess_Global() {
		return (EAttribute)accessEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAccess_Kind() {
		return (EAttribute)accessEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAccess_Base() {
		return (EAttribute)accessEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAccess_FileScope() {
		return (EAttribute)accessEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAccess_StoredVariable() {
		return (EAttribute)accessEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCall() {
		return callEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCall_Callee() {
		return (EAttribute)callEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCall_ViaField() {
		return (EAttribute)callEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCall_Arguments() {
		return (EAttribute)callEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCall_ResultVariable() {
		return (EAttribute)callEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCall_NoReturn() {
		return (EAttribute)callEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getReturn() {
		return returnEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReturn_Value() {
		return (EAttribute)returnEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReturn_ResultOf() {
		return (EAttribute)returnEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReturn_Negated() {
		return (EAttribute)returnEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReturn_Variable() {
		return (EAttribute)returnEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReturn_Constant() {
		return (EAttribute)returnEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReturn_ConstantValue() {
		return (EAttribute)returnEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLocalAssignment() {
		return localAssignmentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLocalAssignment_Target() {
		return (EAttribute)localAssignmentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLocalAssignment_Source() {
		return (EAttribute)localAssignmentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLocalAssignment_Zero() {
		return (EAttribute)localAssignmentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLocalAssignment_Lock() {
		return (EReference)localAssignmentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLocalAssignment_CallResult() {
		return (EAttribute)localAssignmentEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLocalAssignment_Constant() {
		return (EAttribute)localAssignmentEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLocalAssignment_Increment() {
		return (EAttribute)localAssignmentEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLocalAssignment_ConstantValue() {
		return (EAttribute)localAssignmentEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLabel() {
		return labelEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLabel_Name() {
		return (EAttribute)labelEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIrqOperation() {
		return irqOperationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIrqOperation_Irq() {
		return (EAttribute)irqOperationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIrqOperation_Flags() {
		return (EAttribute)irqOperationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIrqOperation_Api() {
		return (EAttribute)irqOperationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGlobalVariable() {
		return globalVariableEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGlobalVariable_Name() {
		return (EAttribute)globalVariableEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGlobalVariable_Type() {
		return (EAttribute)globalVariableEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGlobalVariable_File() {
		return (EAttribute)globalVariableEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGlobalVariable_Line() {
		return (EAttribute)globalVariableEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGlobalVariable_Static() {
		return (EAttribute)globalVariableEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGlobalVariable_ThreadLocal() {
		return (EAttribute)globalVariableEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOpsBinding() {
		return opsBindingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOpsBinding_Field() {
		return (EAttribute)opsBindingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOpsBinding_Target() {
		return (EAttribute)opsBindingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOpsBinding_File() {
		return (EAttribute)opsBindingEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOpsBinding_Line() {
		return (EAttribute)opsBindingEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDeclaredGuard() {
		return declaredGuardEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeclaredGuard_Target() {
		return (EAttribute)declaredGuardEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeclaredGuard_Lock() {
		return (EAttribute)declaredGuardEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeclaredGuard_Source() {
		return (EAttribute)declaredGuardEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeclaredGuard_File() {
		return (EAttribute)declaredGuardEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeclaredGuard_Line() {
		return (EAttribute)declaredGuardEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDeclaredLockEffect() {
		return declaredLockEffectEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeclaredLockEffect_Function() {
		return (EAttribute)declaredLockEffectEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeclaredLockEffect_Op() {
		return (EAttribute)declaredLockEffectEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeclaredLockEffect_Mode() {
		return (EAttribute)declaredLockEffectEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeclaredLockEffect_Lock() {
		return (EAttribute)declaredLockEffectEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeclaredLockEffect_Source() {
		return (EAttribute)declaredLockEffectEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeclaredLockEffect_File() {
		return (EAttribute)declaredLockEffectEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeclaredLockEffect_Line() {
		return (EAttribute)declaredLockEffectEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDiagnostic() {
		return diagnosticEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDiagnostic_Kind() {
		return (EAttribute)diagnosticEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDiagnostic_File() {
		return (EAttribute)diagnosticEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDiagnostic_Line() {
		return (EAttribute)diagnosticEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDiagnostic_Message() {
		return (EAttribute)diagnosticEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getConditionKind() {
		return conditionKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getLockOpKind() {
		return lockOpKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getLockMode() {
		return lockModeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getIrqEffect() {
		return irqEffectEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getLockKind() {
		return lockKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAccessKind() {
		return accessKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDeclarationSource() {
		return declarationSourceEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDiagnosticKind() {
		return diagnosticKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FactsFactory getFactsFactory() {
		return (FactsFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		translationUnitFactsEClass = createEClass(TRANSLATION_UNIT_FACTS);
		createEAttribute(translationUnitFactsEClass, TRANSLATION_UNIT_FACTS__PATH);
		createEAttribute(translationUnitFactsEClass, TRANSLATION_UNIT_FACTS__CACHE_KEY);
		createEReference(translationUnitFactsEClass, TRANSLATION_UNIT_FACTS__INCLUDES);
		createEReference(translationUnitFactsEClass, TRANSLATION_UNIT_FACTS__FUNCTIONS);
		createEReference(translationUnitFactsEClass, TRANSLATION_UNIT_FACTS__GLOBALS);
		createEReference(translationUnitFactsEClass, TRANSLATION_UNIT_FACTS__OPS_BINDINGS);
		createEReference(translationUnitFactsEClass, TRANSLATION_UNIT_FACTS__DECLARED_GUARDS);
		createEReference(translationUnitFactsEClass, TRANSLATION_UNIT_FACTS__DECLARED_LOCK_EFFECTS);
		createEReference(translationUnitFactsEClass, TRANSLATION_UNIT_FACTS__DIAGNOSTICS);
		createEAttribute(translationUnitFactsEClass, TRANSLATION_UNIT_FACTS__UNRESOLVED_INCLUDES);
		createEAttribute(translationUnitFactsEClass, TRANSLATION_UNIT_FACTS__PREPROCESSOR_ERRORS);
		createEAttribute(translationUnitFactsEClass, TRANSLATION_UNIT_FACTS__FALLBACK_BINDINGS);

		includedFileEClass = createEClass(INCLUDED_FILE);
		createEAttribute(includedFileEClass, INCLUDED_FILE__PATH);
		createEAttribute(includedFileEClass, INCLUDED_FILE__CONTENT_HASH);

		functionEClass = createEClass(FUNCTION);
		createEAttribute(functionEClass, FUNCTION__NAME);
		createEAttribute(functionEClass, FUNCTION__FILE);
		createEAttribute(functionEClass, FUNCTION__START_LINE);
		createEAttribute(functionEClass, FUNCTION__END_LINE);
		createEAttribute(functionEClass, FUNCTION__STATIC);
		createEAttribute(functionEClass, FUNCTION__PARAMETERS);
		createEAttribute(functionEClass, FUNCTION__PROBLEM);
		createEReference(functionEClass, FUNCTION__NODES);
		createEAttribute(functionEClass, FUNCTION__EXIT_NODE);

		cfgNodeEClass = createEClass(CFG_NODE);
		createEAttribute(cfgNodeEClass, CFG_NODE__ID);
		createEReference(cfgNodeEClass, CFG_NODE__EVENTS);
		createEAttribute(cfgNodeEClass, CFG_NODE__SUCCESSORS);
		createEReference(cfgNodeEClass, CFG_NODE__BRANCH);

		conditionEClass = createEClass(CONDITION);
		createEAttribute(conditionEClass, CONDITION__KIND);
		createEAttribute(conditionEClass, CONDITION__NEGATED);
		createEAttribute(conditionEClass, CONDITION__VARIABLE);
		createEAttribute(conditionEClass, CONDITION__EVENT_INDEX);
		createEAttribute(conditionEClass, CONDITION__TEXT);
		createEAttribute(conditionEClass, CONDITION__LINE);
		createEAttribute(conditionEClass, CONDITION__ASSERTION);
		createEAttribute(conditionEClass, CONDITION__OPERATOR);
		createEAttribute(conditionEClass, CONDITION__CONSTANT);
		createEAttribute(conditionEClass, CONDITION__OTHER);

		eventEClass = createEClass(EVENT);
		createEAttribute(eventEClass, EVENT__LINE);
		createEAttribute(eventEClass, EVENT__FILE);
		createEAttribute(eventEClass, EVENT__MACRO);

		lockOperationEClass = createEClass(LOCK_OPERATION);
		createEAttribute(lockOperationEClass, LOCK_OPERATION__OP);
		createEAttribute(lockOperationEClass, LOCK_OPERATION__MODE);
		createEAttribute(lockOperationEClass, LOCK_OPERATION__IRQ);
		createEReference(lockOperationEClass, LOCK_OPERATION__LOCK);
		createEAttribute(lockOperationEClass, LOCK_OPERATION__API);
		createEAttribute(lockOperationEClass, LOCK_OPERATION__SUCCESS_WHEN_NON_ZERO);
		createEAttribute(lockOperationEClass, LOCK_OPERATION__RESULT_VARIABLE);
		createEAttribute(lockOperationEClass, LOCK_OPERATION__IRQ_FLAGS);

		lockRefEClass = createEClass(LOCK_REF);
		createEAttribute(lockRefEClass, LOCK_REF__KIND);
		createEAttribute(lockRefEClass, LOCK_REF__NAME);
		createEAttribute(lockRefEClass, LOCK_REF__OWNER_TYPE);
		createEAttribute(lockRefEClass, LOCK_REF__BASE);
		createEAttribute(lockRefEClass, LOCK_REF__EXPRESSION);
		createEAttribute(lockRefEClass, LOCK_REF__FILE_SCOPE);

		accessEClass = createEClass(ACCESS);
		createEAttribute(accessEClass, ACCESS__TARGET);
		createEAttribute(accessEClass, ACCESS__GLOBAL);
		createEAttribute(accessEClass, ACCESS__KIND);
		createEAttribute(accessEClass, ACCESS__BASE);
		createEAttribute(accessEClass, ACCESS__FILE_SCOPE);
		createEAttribute(accessEClass, ACCESS__STORED_VARIABLE);

		callEClass = createEClass(CALL);
		createEAttribute(callEClass, CALL__CALLEE);
		createEAttribute(callEClass, CALL__VIA_FIELD);
		createEAttribute(callEClass, CALL__ARGUMENTS);
		createEAttribute(callEClass, CALL__RESULT_VARIABLE);
		createEAttribute(callEClass, CALL__NO_RETURN);

		returnEClass = createEClass(RETURN);
		createEAttribute(returnEClass, RETURN__VALUE);
		createEAttribute(returnEClass, RETURN__RESULT_OF);
		createEAttribute(returnEClass, RETURN__NEGATED);
		createEAttribute(returnEClass, RETURN__VARIABLE);
		createEAttribute(returnEClass, RETURN__CONSTANT);
		createEAttribute(returnEClass, RETURN__CONSTANT_VALUE);

		localAssignmentEClass = createEClass(LOCAL_ASSIGNMENT);
		createEAttribute(localAssignmentEClass, LOCAL_ASSIGNMENT__TARGET);
		createEAttribute(localAssignmentEClass, LOCAL_ASSIGNMENT__SOURCE);
		createEAttribute(localAssignmentEClass, LOCAL_ASSIGNMENT__ZERO);
		createEReference(localAssignmentEClass, LOCAL_ASSIGNMENT__LOCK);
		createEAttribute(localAssignmentEClass, LOCAL_ASSIGNMENT__CALL_RESULT);
		createEAttribute(localAssignmentEClass, LOCAL_ASSIGNMENT__CONSTANT);
		createEAttribute(localAssignmentEClass, LOCAL_ASSIGNMENT__INCREMENT);
		createEAttribute(localAssignmentEClass, LOCAL_ASSIGNMENT__CONSTANT_VALUE);

		labelEClass = createEClass(LABEL);
		createEAttribute(labelEClass, LABEL__NAME);

		irqOperationEClass = createEClass(IRQ_OPERATION);
		createEAttribute(irqOperationEClass, IRQ_OPERATION__IRQ);
		createEAttribute(irqOperationEClass, IRQ_OPERATION__FLAGS);
		createEAttribute(irqOperationEClass, IRQ_OPERATION__API);

		globalVariableEClass = createEClass(GLOBAL_VARIABLE);
		createEAttribute(globalVariableEClass, GLOBAL_VARIABLE__NAME);
		createEAttribute(globalVariableEClass, GLOBAL_VARIABLE__TYPE);
		createEAttribute(globalVariableEClass, GLOBAL_VARIABLE__FILE);
		createEAttribute(globalVariableEClass, GLOBAL_VARIABLE__LINE);
		createEAttribute(globalVariableEClass, GLOBAL_VARIABLE__STATIC);
		createEAttribute(globalVariableEClass, GLOBAL_VARIABLE__THREAD_LOCAL);

		opsBindingEClass = createEClass(OPS_BINDING);
		createEAttribute(opsBindingEClass, OPS_BINDING__FIELD);
		createEAttribute(opsBindingEClass, OPS_BINDING__TARGET);
		createEAttribute(opsBindingEClass, OPS_BINDING__FILE);
		createEAttribute(opsBindingEClass, OPS_BINDING__LINE);

		declaredGuardEClass = createEClass(DECLARED_GUARD);
		createEAttribute(declaredGuardEClass, DECLARED_GUARD__TARGET);
		createEAttribute(declaredGuardEClass, DECLARED_GUARD__LOCK);
		createEAttribute(declaredGuardEClass, DECLARED_GUARD__SOURCE);
		createEAttribute(declaredGuardEClass, DECLARED_GUARD__FILE);
		createEAttribute(declaredGuardEClass, DECLARED_GUARD__LINE);

		declaredLockEffectEClass = createEClass(DECLARED_LOCK_EFFECT);
		createEAttribute(declaredLockEffectEClass, DECLARED_LOCK_EFFECT__FUNCTION);
		createEAttribute(declaredLockEffectEClass, DECLARED_LOCK_EFFECT__OP);
		createEAttribute(declaredLockEffectEClass, DECLARED_LOCK_EFFECT__MODE);
		createEAttribute(declaredLockEffectEClass, DECLARED_LOCK_EFFECT__LOCK);
		createEAttribute(declaredLockEffectEClass, DECLARED_LOCK_EFFECT__SOURCE);
		createEAttribute(declaredLockEffectEClass, DECLARED_LOCK_EFFECT__FILE);
		createEAttribute(declaredLockEffectEClass, DECLARED_LOCK_EFFECT__LINE);

		diagnosticEClass = createEClass(DIAGNOSTIC);
		createEAttribute(diagnosticEClass, DIAGNOSTIC__KIND);
		createEAttribute(diagnosticEClass, DIAGNOSTIC__FILE);
		createEAttribute(diagnosticEClass, DIAGNOSTIC__LINE);
		createEAttribute(diagnosticEClass, DIAGNOSTIC__MESSAGE);

		// Create enums
		conditionKindEEnum = createEEnum(CONDITION_KIND);
		lockOpKindEEnum = createEEnum(LOCK_OP_KIND);
		lockModeEEnum = createEEnum(LOCK_MODE);
		irqEffectEEnum = createEEnum(IRQ_EFFECT);
		lockKindEEnum = createEEnum(LOCK_KIND);
		accessKindEEnum = createEEnum(ACCESS_KIND);
		declarationSourceEEnum = createEEnum(DECLARATION_SOURCE);
		diagnosticKindEEnum = createEEnum(DIAGNOSTIC_KIND);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		lockOperationEClass.getESuperTypes().add(this.getEvent());
		accessEClass.getESuperTypes().add(this.getEvent());
		callEClass.getESuperTypes().add(this.getEvent());
		returnEClass.getESuperTypes().add(this.getEvent());
		localAssignmentEClass.getESuperTypes().add(this.getEvent());
		labelEClass.getESuperTypes().add(this.getEvent());
		irqOperationEClass.getESuperTypes().add(this.getEvent());

		// Initialize classes, features, and operations; add parameters
		initEClass(translationUnitFactsEClass, TranslationUnitFacts.class, "TranslationUnitFacts", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTranslationUnitFacts_Path(), ecorePackage.getEString(), "path", null, 0, 1, TranslationUnitFacts.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTranslationUnitFacts_CacheKey(), ecorePackage.getEString(), "cacheKey", null, 0, 1, TranslationUnitFacts.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTranslationUnitFacts_Includes(), this.getIncludedFile(), null, "includes", null, 0, -1, TranslationUnitFacts.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTranslationUnitFacts_Functions(), this.getFunction(), null, "functions", null, 0, -1, TranslationUnitFacts.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTranslationUnitFacts_Globals(), this.getGlobalVariable(), null, "globals", null, 0, -1, TranslationUnitFacts.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTranslationUnitFacts_OpsBindings(), this.getOpsBinding(), null, "opsBindings", null, 0, -1, TranslationUnitFacts.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTranslationUnitFacts_DeclaredGuards(), this.getDeclaredGuard(), null, "declaredGuards", null, 0, -1, TranslationUnitFacts.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTranslationUnitFacts_DeclaredLockEffects(), this.getDeclaredLockEffect(), null, "declaredLockEffects", null, 0, -1, TranslationUnitFacts.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTranslationUnitFacts_Diagnostics(), this.getDiagnostic(), null, "diagnostics", null, 0, -1, TranslationUnitFacts.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTranslationUnitFacts_UnresolvedIncludes(), ecorePackage.getEInt(), "unresolvedIncludes", null, 0, 1, TranslationUnitFacts.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTranslationUnitFacts_PreprocessorErrors(), ecorePackage.getEInt(), "preprocessorErrors", null, 0, 1, TranslationUnitFacts.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTranslationUnitFacts_FallbackBindings(), ecorePackage.getEInt(), "fallbackBindings", null, 0, 1, TranslationUnitFacts.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(includedFileEClass, IncludedFile.class, "IncludedFile", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getIncludedFile_Path(), ecorePackage.getEString(), "path", null, 0, 1, IncludedFile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIncludedFile_ContentHash(), ecorePackage.getEString(), "contentHash", null, 0, 1, IncludedFile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(functionEClass, Function.class, "Function", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFunction_Name(), ecorePackage.getEString(), "name", null, 0, 1, Function.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFunction_File(), ecorePackage.getEString(), "file", null, 0, 1, Function.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFunction_StartLine(), ecorePackage.getEInt(), "startLine", null, 0, 1, Function.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFunction_EndLine(), ecorePackage.getEInt(), "endLine", null, 0, 1, Function.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFunction_Static(), ecorePackage.getEBoolean(), "static", null, 0, 1, Function.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFunction_Parameters(), ecorePackage.getEString(), "parameters", null, 0, -1, Function.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFunction_Problem(), ecorePackage.getEBoolean(), "problem", null, 0, 1, Function.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFunction_Nodes(), this.getCfgNode(), null, "nodes", null, 0, -1, Function.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFunction_ExitNode(), ecorePackage.getEInt(), "exitNode", null, 0, 1, Function.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(cfgNodeEClass, CfgNode.class, "CfgNode", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCfgNode_Id(), ecorePackage.getEInt(), "id", null, 0, 1, CfgNode.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCfgNode_Events(), this.getEvent(), null, "events", null, 0, -1, CfgNode.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCfgNode_Successors(), ecorePackage.getEInt(), "successors", null, 0, -1, CfgNode.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCfgNode_Branch(), this.getCondition(), null, "branch", null, 0, 1, CfgNode.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(conditionEClass, Condition.class, "Condition", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCondition_Kind(), this.getConditionKind(), "kind", null, 0, 1, Condition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCondition_Negated(), ecorePackage.getEBoolean(), "negated", null, 0, 1, Condition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCondition_Variable(), ecorePackage.getEString(), "variable", null, 0, 1, Condition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCondition_EventIndex(), ecorePackage.getEInt(), "eventIndex", "-1", 0, 1, Condition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCondition_Text(), ecorePackage.getEString(), "text", null, 0, 1, Condition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCondition_Line(), ecorePackage.getEInt(), "line", null, 0, 1, Condition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCondition_Assertion(), ecorePackage.getEBoolean(), "assertion", null, 0, 1, Condition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCondition_Operator(), ecorePackage.getEString(), "operator", null, 0, 1, Condition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCondition_Constant(), ecorePackage.getELong(), "constant", null, 0, 1, Condition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCondition_Other(), ecorePackage.getEString(), "other", null, 0, 1, Condition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(eventEClass, Event.class, "Event", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getEvent_Line(), ecorePackage.getEInt(), "line", null, 0, 1, Event.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEvent_File(), ecorePackage.getEString(), "file", null, 0, 1, Event.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEvent_Macro(), ecorePackage.getEString(), "macro", null, 0, 1, Event.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(lockOperationEClass, LockOperation.class, "LockOperation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLockOperation_Op(), this.getLockOpKind(), "op", null, 0, 1, LockOperation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLockOperation_Mode(), this.getLockMode(), "mode", null, 0, 1, LockOperation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLockOperation_Irq(), this.getIrqEffect(), "irq", null, 0, 1, LockOperation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLockOperation_Lock(), this.getLockRef(), null, "lock", null, 0, 1, LockOperation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLockOperation_Api(), ecorePackage.getEString(), "api", null, 0, 1, LockOperation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLockOperation_SuccessWhenNonZero(), ecorePackage.getEBoolean(), "successWhenNonZero", "true", 0, 1, LockOperation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLockOperation_ResultVariable(), ecorePackage.getEString(), "resultVariable", null, 0, 1, LockOperation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLockOperation_IrqFlags(), ecorePackage.getEString(), "irqFlags", null, 0, 1, LockOperation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(lockRefEClass, LockRef.class, "LockRef", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLockRef_Kind(), this.getLockKind(), "kind", null, 0, 1, LockRef.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLockRef_Name(), ecorePackage.getEString(), "name", null, 0, 1, LockRef.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLockRef_OwnerType(), ecorePackage.getEString(), "ownerType", null, 0, 1, LockRef.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLockRef_Base(), ecorePackage.getEString(), "base", null, 0, 1, LockRef.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLockRef_Expression(), ecorePackage.getEString(), "expression", null, 0, 1, LockRef.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLockRef_FileScope(), ecorePackage.getEString(), "fileScope", null, 0, 1, LockRef.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(accessEClass, Access.class, "Access", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAccess_Target(), ecorePackage.getEString(), "target", null, 0, 1, Access.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAccess_Global(), ecorePackage.getEBoolean(), "global", null, 0, 1, Access.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAccess_Kind(), this.getAccessKind(), "kind", null, 0, 1, Access.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAccess_Base(), ecorePackage.getEString(), "base", null, 0, 1, Access.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAccess_FileScope(), ecorePackage.getEString(), "fileScope", null, 0, 1, Access.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAccess_StoredVariable(), ecorePackage.getEString(), "storedVariable", null, 0, 1, Access.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(callEClass, Call.class, "Call", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCall_Callee(), ecorePackage.getEString(), "callee", null, 0, 1, Call.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCall_ViaField(), ecorePackage.getEString(), "viaField", null, 0, 1, Call.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCall_Arguments(), ecorePackage.getEString(), "arguments", null, 0, -1, Call.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCall_ResultVariable(), ecorePackage.getEString(), "resultVariable", null, 0, 1, Call.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCall_NoReturn(), ecorePackage.getEBoolean(), "noReturn", null, 0, 1, Call.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(returnEClass, Return.class, "Return", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getReturn_Value(), ecorePackage.getEString(), "value", null, 0, 1, Return.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReturn_ResultOf(), ecorePackage.getEInt(), "resultOf", "-1", 0, 1, Return.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReturn_Negated(), ecorePackage.getEBoolean(), "negated", null, 0, 1, Return.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReturn_Variable(), ecorePackage.getEString(), "variable", null, 0, 1, Return.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReturn_Constant(), ecorePackage.getEBoolean(), "constant", null, 0, 1, Return.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReturn_ConstantValue(), ecorePackage.getELong(), "constantValue", null, 0, 1, Return.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(localAssignmentEClass, LocalAssignment.class, "LocalAssignment", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLocalAssignment_Target(), ecorePackage.getEString(), "target", null, 0, 1, LocalAssignment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLocalAssignment_Source(), ecorePackage.getEString(), "source", null, 0, 1, LocalAssignment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLocalAssignment_Zero(), ecorePackage.getEBoolean(), "zero", null, 0, 1, LocalAssignment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLocalAssignment_Lock(), this.getLockRef(), null, "lock", null, 0, 1, LocalAssignment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLocalAssignment_CallResult(), ecorePackage.getEBoolean(), "callResult", null, 0, 1, LocalAssignment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLocalAssignment_Constant(), ecorePackage.getEBoolean(), "constant", null, 0, 1, LocalAssignment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLocalAssignment_Increment(), ecorePackage.getEBoolean(), "increment", null, 0, 1, LocalAssignment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLocalAssignment_ConstantValue(), ecorePackage.getELong(), "constantValue", null, 0, 1, LocalAssignment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(labelEClass, Label.class, "Label", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLabel_Name(), ecorePackage.getEString(), "name", null, 0, 1, Label.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(irqOperationEClass, IrqOperation.class, "IrqOperation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getIrqOperation_Irq(), this.getIrqEffect(), "irq", null, 0, 1, IrqOperation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIrqOperation_Flags(), ecorePackage.getEString(), "flags", null, 0, 1, IrqOperation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIrqOperation_Api(), ecorePackage.getEString(), "api", null, 0, 1, IrqOperation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(globalVariableEClass, GlobalVariable.class, "GlobalVariable", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getGlobalVariable_Name(), ecorePackage.getEString(), "name", null, 0, 1, GlobalVariable.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGlobalVariable_Type(), ecorePackage.getEString(), "type", null, 0, 1, GlobalVariable.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGlobalVariable_File(), ecorePackage.getEString(), "file", null, 0, 1, GlobalVariable.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGlobalVariable_Line(), ecorePackage.getEInt(), "line", null, 0, 1, GlobalVariable.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGlobalVariable_Static(), ecorePackage.getEBoolean(), "static", null, 0, 1, GlobalVariable.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGlobalVariable_ThreadLocal(), ecorePackage.getEBoolean(), "threadLocal", null, 0, 1, GlobalVariable.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(opsBindingEClass, OpsBinding.class, "OpsBinding", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getOpsBinding_Field(), ecorePackage.getEString(), "field", null, 0, 1, OpsBinding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOpsBinding_Target(), ecorePackage.getEString(), "target", null, 0, 1, OpsBinding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOpsBinding_File(), ecorePackage.getEString(), "file", null, 0, 1, OpsBinding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOpsBinding_Line(), ecorePackage.getEInt(), "line", null, 0, 1, OpsBinding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(declaredGuardEClass, DeclaredGuard.class, "DeclaredGuard", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDeclaredGuard_Target(), ecorePackage.getEString(), "target", null, 0, 1, DeclaredGuard.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDeclaredGuard_Lock(), ecorePackage.getEString(), "lock", null, 0, 1, DeclaredGuard.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDeclaredGuard_Source(), this.getDeclarationSource(), "source", null, 0, 1, DeclaredGuard.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDeclaredGuard_File(), ecorePackage.getEString(), "file", null, 0, 1, DeclaredGuard.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDeclaredGuard_Line(), ecorePackage.getEInt(), "line", null, 0, 1, DeclaredGuard.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(declaredLockEffectEClass, DeclaredLockEffect.class, "DeclaredLockEffect", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDeclaredLockEffect_Function(), ecorePackage.getEString(), "function", null, 0, 1, DeclaredLockEffect.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDeclaredLockEffect_Op(), this.getLockOpKind(), "op", null, 0, 1, DeclaredLockEffect.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDeclaredLockEffect_Mode(), this.getLockMode(), "mode", null, 0, 1, DeclaredLockEffect.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDeclaredLockEffect_Lock(), ecorePackage.getEString(), "lock", null, 0, 1, DeclaredLockEffect.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDeclaredLockEffect_Source(), this.getDeclarationSource(), "source", null, 0, 1, DeclaredLockEffect.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDeclaredLockEffect_File(), ecorePackage.getEString(), "file", null, 0, 1, DeclaredLockEffect.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDeclaredLockEffect_Line(), ecorePackage.getEInt(), "line", null, 0, 1, DeclaredLockEffect.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(diagnosticEClass, Diagnostic.class, "Diagnostic", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDiagnostic_Kind(), this.getDiagnosticKind(), "kind", null, 0, 1, Diagnostic.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDiagnostic_File(), ecorePackage.getEString(), "file", null, 0, 1, Diagnostic.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDiagnostic_Line(), ecorePackage.getEInt(), "line", null, 0, 1, Diagnostic.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDiagnostic_Message(), ecorePackage.getEString(), "message", null, 0, 1, Diagnostic.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(conditionKindEEnum, ConditionKind.class, "ConditionKind");
		addEEnumLiteral(conditionKindEEnum, ConditionKind.OTHER);
		addEEnumLiteral(conditionKindEEnum, ConditionKind.CALL_RESULT);
		addEEnumLiteral(conditionKindEEnum, ConditionKind.VARIABLE);
		addEEnumLiteral(conditionKindEEnum, ConditionKind.COMPARISON);

		initEEnum(lockOpKindEEnum, LockOpKind.class, "LockOpKind");
		addEEnumLiteral(lockOpKindEEnum, LockOpKind.ACQUIRE);
		addEEnumLiteral(lockOpKindEEnum, LockOpKind.RELEASE);
		addEEnumLiteral(lockOpKindEEnum, LockOpKind.TRY_ACQUIRE);
		addEEnumLiteral(lockOpKindEEnum, LockOpKind.ASSERT_HELD);
		addEEnumLiteral(lockOpKindEEnum, LockOpKind.ASSERT_NOT_HELD);
		addEEnumLiteral(lockOpKindEEnum, LockOpKind.IS_HELD);

		initEEnum(lockModeEEnum, LockMode.class, "LockMode");
		addEEnumLiteral(lockModeEEnum, LockMode.EXCLUSIVE);
		addEEnumLiteral(lockModeEEnum, LockMode.SHARED);
		addEEnumLiteral(lockModeEEnum, LockMode.RECURSIVE);

		initEEnum(irqEffectEEnum, IrqEffect.class, "IrqEffect");
		addEEnumLiteral(irqEffectEEnum, IrqEffect.NONE);
		addEEnumLiteral(irqEffectEEnum, IrqEffect.DISABLE);
		addEEnumLiteral(irqEffectEEnum, IrqEffect.ENABLE);
		addEEnumLiteral(irqEffectEEnum, IrqEffect.SAVE);
		addEEnumLiteral(irqEffectEEnum, IrqEffect.RESTORE);

		initEEnum(lockKindEEnum, LockKind.class, "LockKind");
		addEEnumLiteral(lockKindEEnum, LockKind.GLOBAL);
		addEEnumLiteral(lockKindEEnum, LockKind.MEMBER);
		addEEnumLiteral(lockKindEEnum, LockKind.LOCAL);
		addEEnumLiteral(lockKindEEnum, LockKind.PARAMETER);
		addEEnumLiteral(lockKindEEnum, LockKind.UNKNOWN);

		initEEnum(accessKindEEnum, AccessKind.class, "AccessKind");
		addEEnumLiteral(accessKindEEnum, AccessKind.READ);
		addEEnumLiteral(accessKindEEnum, AccessKind.WRITE);
		addEEnumLiteral(accessKindEEnum, AccessKind.ADDRESS);

		initEEnum(declarationSourceEEnum, DeclarationSource.class, "DeclarationSource");
		addEEnumLiteral(declarationSourceEEnum, DeclarationSource.COMMENT);
		addEEnumLiteral(declarationSourceEEnum, DeclarationSource.ATTRIBUTE);
		addEEnumLiteral(declarationSourceEEnum, DeclarationSource.CONFIG);

		initEEnum(diagnosticKindEEnum, DiagnosticKind.class, "DiagnosticKind");
		addEEnumLiteral(diagnosticKindEEnum, DiagnosticKind.SYNTAX);
		addEEnumLiteral(diagnosticKindEEnum, DiagnosticKind.MISSING_INCLUDE);
		addEEnumLiteral(diagnosticKindEEnum, DiagnosticKind.PREPROCESSOR);
		addEEnumLiteral(diagnosticKindEEnum, DiagnosticKind.UNREADABLE);
		addEEnumLiteral(diagnosticKindEEnum, DiagnosticKind.LIMIT);
		addEEnumLiteral(diagnosticKindEEnum, DiagnosticKind.CONFIG);
		addEEnumLiteral(diagnosticKindEEnum, DiagnosticKind.INTERNAL);
		addEEnumLiteral(diagnosticKindEEnum, DiagnosticKind.ANALYSIS_INCOMPLETE);
		addEEnumLiteral(diagnosticKindEEnum, DiagnosticKind.DECLARATION);

		// Create resource
		createResource(eNS_URI);
	}

} //FactsPackageImpl
