/**
 */
package org.lockaudit.core.facts.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.lockaudit.core.facts.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class FactsFactoryImpl extends EFactoryImpl implements FactsFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static FactsFactory init() {
		try {
			FactsFactory theFactsFactory = (FactsFactory)EPackage.Registry.INSTANCE.getEFactory(FactsPackage.eNS_URI);
			if (theFactsFactory != null) {
				return theFactsFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new FactsFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FactsFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case FactsPackage.TRANSLATION_UNIT_FACTS: return createTranslationUnitFacts();
			case FactsPackage.INCLUDED_FILE: return createIncludedFile();
			case FactsPackage.FUNCTION: return createFunction();
			case FactsPackage.CFG_NODE: return createCfgNode();
			case FactsPackage.CONDITION: return createCondition();
			case FactsPackage.LOCK_OPERATION: return createLockOperation();
			case FactsPackage.LOCK_REF: return createLockRef();
			case FactsPackage.ACCESS: return createAccess();
			case FactsPackage.CALL: return createCall();
			case FactsPackage.RETURN: return createReturn();
			case FactsPackage.LOCAL_ASSIGNMENT: return createLocalAssignment();
			case FactsPackage.LABEL: return createLabel();
			case FactsPackage.IRQ_OPERATION: return createIrqOperation();
			case FactsPackage.GLOBAL_VARIABLE: return createGlobalVariable();
			case FactsPackage.OPS_BINDING: return createOpsBinding();
			case FactsPackage.DECLARED_GUARD: return createDeclaredGuard();
			case FactsPackage.DECLARED_LOCK_EFFECT: return createDeclaredLockEffect();
			case FactsPackage.DIAGNOSTIC: return createDiagnostic();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case FactsPackage.CONDITION_KIND:
				return createConditionKindFromString(eDataType, initialValue);
			case FactsPackage.LOCK_OP_KIND:
				return createLockOpKindFromString(eDataType, initialValue);
			case FactsPackage.LOCK_MODE:
				return createLockModeFromString(eDataType, initialValue);
			case FactsPackage.IRQ_EFFECT:
				return createIrqEffectFromString(eDataType, initialValue);
			case FactsPackage.LOCK_KIND:
				return createLockKindFromString(eDataType, initialValue);
			case FactsPackage.ACCESS_KIND:
				return createAccessKindFromString(eDataType, initialValue);
			case FactsPackage.DECLARATION_SOURCE:
				return createDeclarationSourceFromString(eDataType, initialValue);
			case FactsPackage.DIAGNOSTIC_KIND:
				return createDiagnosticKindFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case FactsPackage.CONDITION_KIND:
				return convertConditionKindToString(eDataType, instanceValue);
			case FactsPackage.LOCK_OP_KIND:
				return convertLockOpKindToString(eDataType, instanceValue);
			case FactsPackage.LOCK_MODE:
				return convertLockModeToString(eDataType, instanceValue);
			case FactsPackage.IRQ_EFFECT:
				return convertIrqEffectToString(eDataType, instanceValue);
			case FactsPackage.LOCK_KIND:
				return convertLockKindToString(eDataType, instanceValue);
			case FactsPackage.ACCESS_KIND:
				return convertAccessKindToString(eDataType, instanceValue);
			case FactsPackage.DECLARATION_SOURCE:
				return convertDeclarationSourceToString(eDataType, instanceValue);
			case FactsPackage.DIAGNOSTIC_KIND:
				return convertDiagnosticKindToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TranslationUnitFacts createTranslationUnitFacts() {
		TranslationUnitFactsImpl translationUnitFacts = new TranslationUnitFactsImpl();
		return translationUnitFacts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IncludedFile createIncludedFile() {
		IncludedFileImpl includedFile = new IncludedFileImpl();
		return includedFile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Function createFunction() {
		FunctionImpl function = new FunctionImpl();
		return function;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CfgNode createCfgNode() {
		CfgNodeImpl cfgNode = new CfgNodeImpl();
		return cfgNode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Condition createCondition() {
		ConditionImpl condition = new ConditionImpl();
		return condition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LockOperation createLockOperation() {
		LockOperationImpl lockOperation = new LockOperationImpl();
		return lockOperation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LockRef createLockRef() {
		LockRefImpl lockRef = new LockRefImpl();
		return lockRef;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Access createAccess() {
		AccessImpl access = new AccessImpl();
		return access;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Call createCall() {
		CallImpl call = new CallImpl();
		return call;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Return createReturn() {
		ReturnImpl return_ = new ReturnImpl();
		return return_;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalAssignment createLocalAssignment() {
		LocalAssignmentImpl localAssignment = new LocalAssignmentImpl();
		return localAssignment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Label createLabel() {
		LabelImpl label = new LabelImpl();
		return label;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IrqOperation createIrqOperation() {
		IrqOperationImpl irqOperation = new IrqOperationImpl();
		return irqOperation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GlobalVariable createGlobalVariable() {
		GlobalVariableImpl globalVariable = new GlobalVariableImpl();
		return globalVariable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OpsBinding createOpsBinding() {
		OpsBindingImpl opsBinding = new OpsBindingImpl();
		return opsBinding;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DeclaredGuard createDeclaredGuard() {
		DeclaredGuardImpl declaredGuard = new DeclaredGuardImpl();
		return declaredGuard;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DeclaredLockEffect createDeclaredLockEffect() {
		DeclaredLockEffectImpl declaredLockEffect = new DeclaredLockEffectImpl();
		return declaredLockEffect;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Diagnostic createDiagnostic() {
		DiagnosticImpl diagnostic = new DiagnosticImpl();
		return diagnostic;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ConditionKind createConditionKindFromString(EDataType eDataType, String initialValue) {
		ConditionKind result = ConditionKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertConditionKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LockOpKind createLockOpKindFromString(EDataType eDataType, String initialValue) {
		LockOpKind result = LockOpKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLockOpKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LockMode createLockModeFromString(EDataType eDataType, String initialValue) {
		LockMode result = LockMode.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLockModeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public IrqEffect createIrqEffectFromString(EDataType eDataType, String initialValue) {
		IrqEffect result = IrqEffect.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertIrqEffectToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LockKind createLockKindFromString(EDataType eDataType, String initialValue) {
		LockKind result = LockKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLockKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AccessKind createAccessKindFromString(EDataType eDataType, String initialValue) {
		AccessKind result = AccessKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAccessKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DeclarationSource createDeclarationSourceFromString(EDataType eDataType, String initialValue) {
		DeclarationSource result = DeclarationSource.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDeclarationSourceToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DiagnosticKind createDiagnosticKindFromString(EDataType eDataType, String initialValue) {
		DiagnosticKind result = DiagnosticKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDiagnosticKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FactsPackage getFactsPackage() {
		return (FactsPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static FactsPackage getPackage() {
		return FactsPackage.eINSTANCE;
	}

} //FactsFactoryImpl
