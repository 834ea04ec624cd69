/**
 */
package org.lockaudit.core.facts;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Facts extracted from one C translation unit: everything the analysis needs after the AST is gone.
 * <!-- end-model-doc -->
 * @see org.lockaudit.core.facts.FactsFactory
 * @model kind="package"
 * @generated
 */
public interface FactsPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "facts";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://lockaudit.org/facts/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "facts";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	FactsPackage eINSTANCE = org.lockaudit.core.facts.impl.FactsPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.lockaudit.core.facts.impl.TranslationUnitFactsImpl <em>Translation Unit Facts</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lockaudit.core.facts.impl.TranslationUnitFactsImpl
	 * @see org.lockaudit.core.facts.impl.FactsPackageImpl#getTranslationUnitFacts()
	 * @generated
	 */
	int TRANSLATION_UNIT_FACTS = 0;

	/**
	 * The feature id for the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSLATION_UNIT_FACTS__PATH = 0;

	/**
	 * The feature id for the '<em><b>Cache Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSLATION_UNIT_FACTS__CACHE_KEY = 1;

	/**
	 * The feature id for the '<em><b>Includes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSLATION_UNIT_FACTS__INCLUDES = 2;

	/**
	 * The feature id for the '<em><b>Functions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSLATION_UNIT_FACTS__FUNCTIONS = 3;

	/**
	 * The feature id for the '<em><b>Globals</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSLATION_UNIT_FACTS__GLOBALS = 4;

	/**
	 * The feature id for the '<em><b>Ops Bindings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSLATION_UNIT_FACTS__OPS_BINDINGS = 5;

	/**
	 * The feature id for the '<em><b>Declared Guards</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSLATION_UNIT_FACTS__DECLARED_GUARDS = 6;

	/**
	 * The feature id for the '<em><b>Declared Lock Effects</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSLATION_UNIT_FACTS__DECLARED_LOCK_EFFECTS = 7;

	/**
	 * The feature id for the '<em><b>Diagnostics</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSLATION_UNIT_FACTS__DIAGNOSTICS = 8;

	/**
	 * The feature id for the '<em><b>Unresolved Includes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSLATION_UNIT_FACTS__UNRESOLVED_INCLUDES = 9;

	/**
	 * The feature id for the '<em><b>Preprocessor Errors</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSLATION_UNIT_FACTS__PREPROCESSOR_ERRORS = 10;

	/**
	 * The feature id for the '<em><b>Fallback Bindings</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSLATION_UNIT_FACTS__FALLBACK_BINDINGS = 11;

	/**
	 * The number of structural features of the '<em>Translation Unit Facts</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSLATION_UNIT_FACTS_FEATURE_COUNT = 12;

	/**
	 * The number of operations of the '<em>Translation Unit Facts</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSLATION_UNIT_FACTS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.lockaudit.core.facts.impl.IncludedFileImpl <em>Included File</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lockaudit.core.facts.impl.IncludedFileImpl
	 * @see org.lockaudit.core.facts.impl.FactsPackageImpl#getIncludedFile()
	 * @generated
	 */
	int INCLUDED_FILE = 1;

	/**
	 * The feature id for the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INCLUDED_FILE__PATH = 0;

	/**
	 * The feature id for the '<em><b>Content Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INCLUDED_FILE__CONTENT_HASH = 1;

	/**
	 * The number of structural features of the '<em>Included File</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INCLUDED_FILE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Included File</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INCLUDED_FILE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.lockaudit.core.facts.impl.FunctionImpl <em>Function</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lockaudit.core.facts.impl.FunctionImpl
	 * @see org.lockaudit.core.facts.impl.FactsPackageImpl#getFunction()
	 * @generated
	 */
	int FUNCTION = 2;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNCTION__NAME = 0;

	/**
	 * The feature id for the '<em><b>File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNCTION__FILE = 1;

	/**
	 * The feature id for the '<em><b>Start Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNCTION__START_LINE = 2;

	/**
	 * The feature id for the '<em><b>End Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNCTION__END_LINE = 3;

	/**
	 * The feature id for the '<em><b>Static</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNCTION__STATIC = 4;

	/**
	 * The feature id for the '<em><b>Parameters</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNCTION__PARAMETERS = 5;

	/**
	 * The feature id for the '<em><b>Problem</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNCTION__PROBLEM = 6;

	/**
	 * The feature id for the '<em><b>Nodes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNCTION__NODES = 7;

	/**
	 * The feature id for the '<em><b>Exit Node</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNCTION__EXIT_NODE = 8;

	/**
	 * The number of structural features of the '<em>Function</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNCTION_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Function</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNCTION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.lockaudit.core.facts.impl.CfgNodeImpl <em>Cfg Node</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lockaudit.core.facts.impl.CfgNodeImpl
	 * @see org.lockaudit.core.facts.impl.FactsPackageImpl#getCfgNode()
	 * @generated
	 */
	int CFG_NODE = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CFG_NODE__ID = 0;

	/**
	 * The feature id for the '<em><b>Events</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CFG_NODE__EVENTS = 1;

	/**
	 * The feature id for the '<em><b>Successors</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CFG_NODE__SUCCESSORS = 2;

	/**
	 * The feature id for the '<em><b>Branch</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CFG_NODE__BRANCH = 3;

	/**
	 * The number of structural features of the '<em>Cfg Node</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CFG_NODE_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Cfg Node</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CFG_NODE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.lockaudit.core.facts.impl.ConditionImpl <em>Condition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lockaudit.core.facts.impl.ConditionImpl
	 * @see org.lockaudit.core.facts.impl.FactsPackageImpl#getCondition()
	 * @generated
	 */
	int CONDITION = 4;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITION__KIND = 0;

	/**
	 * The feature id for the '<em><b>Negated</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITION__NEGATED = 1;

	/**
	 * The feature id for the '<em><b>Variable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITION__VARIABLE = 2;

	/**
	 * The feature id for the '<em><b>Event Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITION__EVENT_INDEX = 3;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITION__TEXT = 4;

	/**
	 * The feature id for the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITION__LINE = 5;

	/**
	 * The feature id for the '<em><b>Assertion</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITION__ASSERTION = 6;

	/**
	 * The feature id for the '<em><b>Operator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITION__OPERATOR = 7;

	/**
	 * The feature id for the '<em><b>Constant</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITION__CONSTANT = 8;

	/**
	 * The feature id for the '<em><b>Other</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITION__OTHER = 9;

	/**
	 * The number of structural features of the '<em>Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITION_FEATURE_COUNT = 10;

	/**
	 * The number of operations of the '<em>Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.lockaudit.core.facts.impl.EventImpl <em>Event</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lockaudit.core.facts.impl.EventImpl
	 * @see org.lockaudit.core.facts.impl.FactsPackageImpl#getEvent()
	 * @generated
	 */
	int EVENT = 5;

	/**
	 * The feature id for the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT__LINE = 0;

	/**
	 * The feature id for the '<em><b>File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT__FILE = 1;

	/**
	 * The feature id for the '<em><b>Macro</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT__MACRO = 2;

	/**
	 * The number of structural features of the '<em>Event</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Event</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.lockaudit.core.facts.impl.LockOperationImpl <em>Lock Operation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lockaudit.core.facts.impl.LockOperationImpl
	 * @see org.lockaudit.core.facts.impl.FactsPackageImpl#getLockOperation()
	 * @generated
	 */
	int LOCK_OPERATION = 6;

	/**
	 * The feature id for the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCK_OPERATION__LINE = EVENT__LINE;

	/**
	 * The feature id for the '<em><b>File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCK_OPERATION__FILE = EVENT__FILE;

	/**
	 * The feature id for the '<em><b>Macro</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCK_OPERATION__MACRO = EVENT__MACRO;

	/**
	 * The feature id for the '<em><b>Op</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCK_OPERATION__OP = EVENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCK_OPERATION__MODE = EVENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Irq</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCK_OPERATION__IRQ = EVENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Lock</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCK_OPERATION__LOCK = EVENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Api</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCK_OPERATION__API = EVENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Success When Non Zero</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCK_OPERATION__SUCCESS_WHEN_NON_ZERO = EVENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Result Variable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCK_OPERATION__RESULT_VARIABLE = EVENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Irq Flags</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCK_OPERATION__IRQ_FLAGS = EVENT_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Lock Operation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCK_OPERATION_FEATURE_COUNT = EVENT_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Lock Operation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCK_OPERATION_OPERATION_COUNT = EVENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.lockaudit.core.facts.impl.LockRefImpl <em>Lock Ref</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lockaudit.core.facts.impl.LockRefImpl
	 * @see org.lockaudit.core.facts.impl.FactsPackageImpl#getLockRef()
	 * @generated
	 */
	int LOCK_REF = 7;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCK_REF__KIND = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCK_REF__NAME = 1;

	/**
	 * The feature id for the '<em><b>Owner Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCK_REF__OWNER_TYPE = 2;

	/**
	 * The feature id for the '<em><b>Base</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCK_REF__BASE = 3;

	/**
	 * The feature id for the '<em><b>Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCK_REF__EXPRESSION = 4;

	/**
	 * The feature id for the '<em><b>File Scope</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCK_REF__FILE_SCOPE = 5;

	/**
	 * The number of structural features of the '<em>Lock Ref</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCK_REF_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Lock Ref</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCK_REF_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.lockaudit.core.facts.impl.AccessImpl <em>Access</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lockaudit.core.facts.impl.AccessImpl
	 * @see org.lockaudit.core.facts.impl.FactsPackageImpl#getAccess()
	 * @generated
	 */
	int ACCESS = 8;

	/**
	 * The feature id for the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESS__LINE = EVENT__LINE;

	/**
	 * The feature id for the '<em><b>File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESS__FILE = EVENT__FILE;

	/**
	 * The feature id for the '<em><b>Macro</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESS__MACRO = EVENT__MACRO;

	/**
	 * The feature id for the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESS__TARGET = EVENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Global</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESS__GLOBAL = EVENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESS__KIND = EVENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Base</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESS__BASE = EVENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>File Scope</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESS__FILE_SCOPE = EVENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Stored Variable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESS__STORED_VARIABLE = EVENT_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Access</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESS_FEATURE_COUNT = EVENT_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Access</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESS_OPERATION_COUNT = EVENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.lockaudit.core.facts.impl.CallImpl <em>Call</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lockaudit.core.facts.impl.CallImpl
	 * @see org.lockaudit.core.facts.impl.FactsPackageImpl#getCall()
	 * @generated
	 */
	int CALL = 9;

	/**
	 * The feature id for the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALL__LINE = EVENT__LINE;

	/**
	 * The feature id for the '<em><b>File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALL__FILE = EVENT__FILE;

	/**
	 * The feature id for the '<em><b>Macro</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALL__MACRO = EVENT__MACRO;

	/**
	 * The feature id for the '<em><b>Callee</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALL__CALLEE = EVENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Via Field</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALL__VIA_FIELD = EVENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Arguments</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALL__ARGUMENTS = EVENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Result Variable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALL__RESULT_VARIABLE = EVENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>No Return</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALL__NO_RETURN = EVENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Call</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALL_FEATURE_COUNT = EVENT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Call</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALL_OPERATION_COUNT = EVENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.lockaudit.core.facts.impl.ReturnImpl <em>Return</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lockaudit.core.facts.impl.ReturnImpl
	 * @see org.lockaudit.core.facts.impl.FactsPackageImpl#getReturn()
	 * @generated
	 */
	int RETURN = 10;

	/**
	 * The feature id for the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETURN__LINE = EVENT__LINE;

	/**
	 * The feature id for the '<em><b>File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETURN__FILE = EVENT__FILE;

	/**
	 * The feature id for the '<em><b>Macro</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETURN__MACRO = EVENT__MACRO;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETURN__VALUE = EVENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Result Of</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETURN__RESULT_OF = EVENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Negated</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETURN__NEGATED = EVENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Variable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETURN__VARIABLE = EVENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Constant</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETURN__CONSTANT = EVENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Constant Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETURN__CONSTANT_VALUE = EVENT_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Return</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETURN_FEATURE_COUNT = EVENT_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Return</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETURN_OPERATION_COUNT = EVENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.lockaudit.core.facts.impl.LocalAssignmentImpl <em>Local Assignment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lockaudit.core.facts.impl.LocalAssignmentImpl
	 * @see org.lockaudit.core.facts.impl.FactsPackageImpl#getLocalAssignment()
	 * @generated
	 */
	int LOCAL_ASSIGNMENT = 11;

	/**
	 * The feature id for the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCAL_ASSIGNMENT__LINE = EVENT__LINE;

	/**
	 * The feature id for the '<em><b>File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCAL_ASSIGNMENT__FILE = EVENT__FILE;

	/**
	 * The feature id for the '<em><b>Macro</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCAL_ASSIGNMENT__MACRO = EVENT__MACRO;

	/**
	 * The feature id for the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCAL_ASSIGNMENT__TARGET = EVENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCAL_ASSIGNMENT__SOURCE = EVENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Zero</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCAL_ASSIGNMENT__ZERO = EVENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Lock</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCAL_ASSIGNMENT__LOCK = EVENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Call Result</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCAL_ASSIGNMENT__CALL_RESULT = EVENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Constant</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCAL_ASSIGNMENT__CONSTANT = EVENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Increment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCAL_ASSIGNMENT__INCREMENT = EVENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>ConstantValue</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCAL_ASSIGNMENT__CONSTANT_VALUE = EVENT_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Local Assignment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCAL_ASSIGNMENT_FEATURE_COUNT = EVENT_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Local Assignment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCAL_ASSIGNMENT_OPERATION_COUNT = EVENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.lockaudit.core.facts.impl.LabelImpl <em>Label</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lockaudit.core.facts.impl.LabelImpl
	 * @see org.lockaudit.core.facts.impl.FactsPackageImpl#getLabel()
	 * @generated
	 */
	int LABEL = 12;

	/**
	 * The feature id for the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL__LINE = EVENT__LINE;

	/**
	 * The feature id for the '<em><b>File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL__FILE = EVENT__FILE;

	/**
	 * The feature id for the '<em><b>Macro</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL__MACRO = EVENT__MACRO;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL__NAME = EVENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Label</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL_FEATURE_COUNT = EVENT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Label</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL_OPERATION_COUNT = EVENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.lockaudit.core.facts.impl.IrqOperationImpl <em>Irq Operation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lockaudit.core.facts.impl.IrqOperationImpl
	 * @see org.lockaudit.core.facts.impl.FactsPackageImpl#getIrqOperation()
	 * @generated
	 */
	int IRQ_OPERATION = 13;

	/**
	 * The feature id for the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IRQ_OPERATION__LINE = EVENT__LINE;

	/**
	 * The feature id for the '<em><b>File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IRQ_OPERATION__FILE = EVENT__FILE;

	/**
	 * The feature id for the '<em><b>Macro</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IRQ_OPERATION__MACRO = EVENT__MACRO;

	/**
	 * The feature id for the '<em><b>Irq</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IRQ_OPERATION__IRQ = EVENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Flags</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IRQ_OPERATION__FLAGS = EVENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Api</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IRQ_OPERATION__API = EVENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Irq Operation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IRQ_OPERATION_FEATURE_COUNT = EVENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Irq Operation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IRQ_OPERATION_OPERATION_COUNT = EVENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.lockaudit.core.facts.impl.GlobalVariableImpl <em>Global Variable</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lockaudit.core.facts.impl.GlobalVariableImpl
	 * @see org.lockaudit.core.facts.impl.FactsPackageImpl#getGlobalVariable()
	 * @generated
	 */
	int GLOBAL_VARIABLE = 14;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GLOBAL_VARIABLE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GLOBAL_VARIABLE__TYPE = 1;

	/**
	 * The feature id for the '<em><b>File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GLOBAL_VARIABLE__FILE = 2;

	/**
	 * The feature id for the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GLOBAL_VARIABLE__LINE = 3;

	/**
	 * The feature id for the '<em><b>Static</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GLOBAL_VARIABLE__STATIC = 4;

	/**
	 * The feature id for the '<em><b>Thread Local</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GLOBAL_VARIABLE__THREAD_LOCAL = 5;

	/**
	 * The number of structural features of the '<em>Global Variable</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GLOBAL_VARIABLE_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Global Variable</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GLOBAL_VARIABLE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.lockaudit.core.facts.impl.OpsBindingImpl <em>Ops Binding</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lockaudit.core.facts.impl.OpsBindingImpl
	 * @see org.lockaudit.core.facts.impl.FactsPackageImpl#getOpsBinding()
	 * @generated
	 */
	int OPS_BINDING = 15;

	/**
	 * The feature id for the '<em><b>Field</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPS_BINDING__FIELD = 0;

	/**
	 * The feature id for the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPS_BINDING__TARGET = 1;

	/**
	 * The feature id for the '<em><b>File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPS_BINDING__FILE = 2;

	/**
	 * The feature id for the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPS_BINDING__LINE = 3;

	/**
	 * The number of structural features of the '<em>Ops Binding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPS_BINDING_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Ops Binding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPS_BINDING_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.lockaudit.core.facts.impl.DeclaredGuardImpl <em>Declared Guard</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lockaudit.core.facts.impl.DeclaredGuardImpl
	 * @see org.lockaudit.core.facts.impl.FactsPackageImpl#getDeclaredGuard()
	 * @generated
	 */
	int DECLARED_GUARD = 16;

	/**
	 * The feature id for the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECLARED_GUARD__TARGET = 0;

	/**
	 * The feature id for the '<em><b>Lock</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECLARED_GUARD__LOCK = 1;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECLARED_GUARD__SOURCE = 2;

	/**
	 * The feature id for the '<em><b>File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECLARED_GUARD__FILE = 3;

	/**
	 * The feature id for the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECLARED_GUARD__LINE = 4;

	/**
	 * The number of structural features of the '<em>Declared Guard</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECLARED_GUARD_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Declared Guard</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECLARED_GUARD_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.lockaudit.core.facts.impl.DeclaredLockEffectImpl <em>Declared Lock Effect</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lockaudit.core.facts.impl.DeclaredLockEffectImpl
	 * @see org.lockaudit.core.facts.impl.FactsPackageImpl#getDeclaredLockEffect()
	 * @generated
	 */
	int DECLARED_LOCK_EFFECT = 17;

	/**
	 * The feature id for the '<em><b>Function</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECLARED_LOCK_EFFECT__FUNCTION = 0;

	/**
	 * The feature id for the '<em><b>Op</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECLARED_LOCK_EFFECT__OP = 1;

	/**
	 * The feature id for the '<em><b>Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECLARED_LOCK_EFFECT__MODE = 2;

	/**
	 * The feature id for the '<em><b>Lock</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECLARED_LOCK_EFFECT__LOCK = 3;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECLARED_LOCK_EFFECT__SOURCE = 4;

	/**
	 * The feature id for the '<em><b>File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECLARED_LOCK_EFFECT__FILE = 5;

	/**
	 * The feature id for the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECLARED_LOCK_EFFECT__LINE = 6;

	/**
	 * The number of structural features of the '<em>Declared Lock Effect</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECLARED_LOCK_EFFECT_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Declared Lock Effect</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECLARED_LOCK_EFFECT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.lockaudit.core.facts.impl.DiagnosticImpl <em>Diagnostic</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lockaudit.core.facts.impl.DiagnosticImpl
	 * @see org.lockaudit.core.facts.impl.FactsPackageImpl#getDiagnostic()
	 * @generated
	 */
	int DIAGNOSTIC = 18;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGNOSTIC__KIND = 0;

	/**
	 * The feature id for the '<em><b>File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGNOSTIC__FILE = 1;

	/**
	 * The feature id for the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGNOSTIC__LINE = 2;

	/**
	 * The feature id for the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGNOSTIC__MESSAGE = 3;

	/**
	 * The number of structural features of the '<em>Diagnostic</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGNOSTIC_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Diagnostic</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGNOSTIC_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.lockaudit.core.facts.ConditionKind <em>Condition Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lockaudit.core.facts.ConditionKind
	 * @see org.lockaudit.core.facts.impl.FactsPackageImpl#getConditionKind()
	 * @generated
	 */
	int CONDITION_KIND = 19;

	/**
	 * The meta object id for the '{@link org.lockaudit.core.facts.LockOpKind <em>Lock Op Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lockaudit.core.facts.LockOpKind
	 * @see org.lockaudit.core.facts.impl.FactsPackageImpl#getLockOpKind()
	 * @generated
	 */
	int LOCK_OP_KIND = 20;

	/**
	 * The meta object id for the '{@link org.lockaudit.core.facts.LockMode <em>Lock Mode</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lockaudit.core.facts.LockMode
	 * @see org.lockaudit.core.facts.impl.FactsPackageImpl#getLockMode()
	 * @generated
	 */
	int LOCK_MODE = 21;

	/**
	 * The meta object id for the '{@link org.lockaudit.core.facts.IrqEffect <em>Irq Effect</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lockaudit.core.facts.IrqEffect
	 * @see org.lockaudit.core.facts.impl.FactsPackageImpl#getIrqEffect()
	 * @generated
	 */
	int IRQ_EFFECT = 22;

	/**
	 * The meta object id for the '{@link org.lockaudit.core.facts.LockKind <em>Lock Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lockaudit.core.facts.LockKind
	 * @see org.lockaudit.core.facts.impl.FactsPackageImpl#getLockKind()
	 * @generated
	 */
	int LOCK_KIND = 23;

	/**
	 * The meta object id for the '{@link org.lockaudit.core.facts.AccessKind <em>Access Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lockaudit.core.facts.AccessKind
	 * @see org.lockaudit.core.facts.impl.FactsPackageImpl#getAccessKind()
	 * @generated
	 */
	int ACCESS_KIND = 24;

	/**
	 * The meta object id for the '{@link org.lockaudit.core.facts.DeclarationSource <em>Declaration Source</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lockaudit.core.facts.DeclarationSource
	 * @see org.lockaudit.core.facts.impl.FactsPackageImpl#getDeclarationSource()
	 * @generated
	 */
	int DECLARATION_SOURCE = 25;

	/**
	 * The meta object id for the '{@link org.lockaudit.core.facts.DiagnosticKind <em>Diagnostic Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lockaudit.core.facts.DiagnosticKind
	 * @see org.lockaudit.core.facts.impl.FactsPackageImpl#getDiagnosticKind()
	 * @generated
	 */
	int DIAGNOSTIC_KIND = 26;


	/**
	 * Returns the meta object for class '{@link org.lockaudit.core.facts.TranslationUnitFacts <em>Translation Unit Facts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Translation Unit Facts</em>'.
	 * @see org.lockaudit.core.facts.TranslationUnitFacts
	 * @generated
	 */
	EClass getTranslationUnitFacts();

	/**
	 * Returns the meta object for the attribute '{@link org.lockaudit.core.facts.TranslationUnitFacts#getPath <em>Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Path</em>'.
	 * @see org.lockaudit.core.facts.TranslationUnitFacts#getPath()
	 * @see #getTranslationUnitFacts()
	 * @generated
	 */
	EAttribute getTranslationUnitFacts_Path();

	/**
	 * Returns the meta object for the attribute '{@link org.lockaudit.core.facts.TranslationUnitFacts#getCacheKey <em>Cache Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cache Key</em>'.
	 * @see org.lockaudit.core.facts.TranslationUnitFacts#getCacheKey()
	 * @see #getTranslationUnitFacts()
	 * @generated
	 */
	EAttribute getTranslationUnitFacts_CacheKey();

	/**
	 * Returns the meta object for the containment reference list '{@link org.lockaudit.core.facts.TranslationUnitFacts#getIncludes <em>Includes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Includes</em>'.
	 * @see org.lockaudit.core.facts.TranslationUnitFacts#getIncludes()
	 * @see #getTranslationUnitFacts()
	 * @generated
	 */
	EReference getTranslationUnitFacts_Includes();

	/**
	 * Returns the meta object for the containment reference list '{@link org.lockaudit.core.facts.TranslationUnitFacts#getFunctions <em>Functions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Functions</em>'.
	 * @see org.lockaudit.core.facts.TranslationUnitFacts#getFunctions()
	 * @see #getTranslationUnitFacts()
	 * @generated
	 */
	EReference getTranslationUnitFacts_Functions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.lockaudit.core.facts.TranslationUnitFacts#getGlobals <em>Globals</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Globals</em>'.
	 * @see org.lockaudit.core.facts.TranslationUnitFacts#getGlobals()
	 * @see #getTranslationUnitFacts()
	 * @generated
	 */
	EReference getTranslationUnitFacts_Globals();

	/**
	 * Returns the meta object for the containment reference list '{@link org.lockaudit.core.facts.TranslationUnitFacts#getOpsBindings <em>Ops Bindings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Ops Bindings</em>'.
	 * @see org.lockaudit.core.facts.TranslationUnitFacts#getOpsBindings()
	 * @see #getTranslationUnitFacts()
	 * @generated
	 */
	EReference getTranslationUnitFacts_OpsBindings();

	/**
	 * Returns the meta object for the containment reference list '{@link org.lockaudit.core.facts.TranslationUnitFacts#getDeclaredGuards <em>Declared Guards</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Declared Guards</em>'.
	 * @see org.lockaudit.core.facts.TranslationUnitFacts#getDeclaredGuards()
	 * @see #getTranslationUnitFacts()
	 * @generated
	 */
	EReference getTranslationUnitFacts_DeclaredGuards();

	/**
	 * Returns the meta object for the containment reference list '{@link org.lockaudit.core.facts.TranslationUnitFacts#getDeclaredLockEffects <em>Declared Lock Effects</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Declared Lock Effects</em>'.
	 * @see org.lockaudit.core.facts.TranslationUnitFacts#getDeclaredLockEffects()
	 * @see #getTranslationUnitFacts()
	 * @generated
	 */
	EReference getTranslationUnitFacts_DeclaredLockEffects();

	/**
	 * Returns the meta object for the containment reference list '{@link org.lockaudit.core.facts.TranslationUnitFacts#getDiagnostics <em>Diagnostics</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Diagnostics</em>'.
	 * @see org.lockaudit.core.facts.TranslationUnitFacts#getDiagnostics()
	 * @see #getTranslationUnitFacts()
	 * @generated
	 */
	EReference getTranslationUnitFacts_Diagnostics();

	/**
	 * Returns the meta object for the attribute '{@link org.lockaudit.core.facts.TranslationUnitFacts#getUnresolvedIncludes <em>Unresolved Includes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unresolved Includes</em>'.
	 * @see org.lockaudit.core.facts.TranslationUnitFacts#getUnresolvedIncludes()
	 * @see #getTranslationUnitFacts()
	 * @generated
	 */
	EAttribute getTranslationUnitFacts_UnresolvedIncludes();

	/**
	 * Returns the meta object for the attribute '{@link org.lockaudit.core.facts.TranslationUnitFacts#getPreprocessorErrors <em>Preprocessor Errors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Preprocessor Errors</em>'.
	 * @see org.lockaudit.core.facts.TranslationUnitFacts#getPreprocessorErrors()
	 * @see #getTranslationUnitFacts()
	 * @generated
	 */
	EAttribute getTranslationUnitFacts_PreprocessorErrors();

	/**
	 * Returns the meta object for the attribute '{@link org.lockaudit.core.facts.TranslationUnitFacts#getFallbackBindings <em>Fallback Bindings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fallback Bindings</em>'.
	 * @see org.lockaudit.core.facts.TranslationUnitFacts#getFallbackBindings()
	 * @see #getTranslationUnitFacts()
	 * @generated
	 */
	EAttribute getTranslationUnitFacts_FallbackBindings();

	/**
	 * Returns the meta object for class '{@link org.lockaudit.core.facts.IncludedFile <em>Included File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Included File</em>'.
	 * @see org.lockaudit.core.facts.IncludedFile
	 * @generated
	 */
	EClass getIncludedFile();

	/**
	 * Returns the meta object for the attribute '{@link org.lockaudit.core.facts.IncludedFile#getPath <em>Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Path</em>'.
	 * @see org.lockaudit.core.facts.IncludedFile#getPath()
	 * @see #getIncludedFile()
	 * @generated
	 */
	EAttribute getIncludedFile_Path();

	/**
	 * Returns the meta object for the attribute '{@link org.lockaudit.core.facts.IncludedFile#getContentHash <em>Content Hash</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Content Hash</em>'.
	 * @see org.lockaudit.core.facts.IncludedFile#getContentHash()
	 * @see #getIncludedFile()
	 * @generated
	 */
	EAttribute getIncludedFile_ContentHash();

	/**
	 * Returns the meta object for class '{@link org.lockaudit.core.facts.Function <em>Function</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Function</em>'.
	 * @see org.lockaudit.core.facts.Function
	 * @generated
	 */
	EClass getFunction();

	/**
	 * Returns the meta object for the attribute '{@link org.lockaudit.core.facts.Function#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.lockaudit.core.facts.Function#getName()
	 * @see #getFunction()
	 * @generated
	 */
	EAttribute getFunction_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.lockaudit.core.facts.Function#getFile <em>File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>File</em>'.
	 * @see org.lockaudit.core.facts.Function#getFile()
	 * @see #getFunction()
	 * @generated
	 */
	EAttribute getFunction_File();

	/**
	 * Returns the meta object for the attribute '{@link org.lockaudit.core.facts.Function#getStartLine <em>Start Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Line</em>'.
	 * @see org.lockaudit.core.facts.Function#getStartLine()
	 * @see #getFunction()
	 * @generated
	 */
	EAttribute getFunction_StartLine();

	/**
	 * Returns the meta object for the attribute '{@link org.lockaudit.core.facts.Function#getEndLine <em>End Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End Line</em>'.
	 * @see org.lockaudit.core.facts.Function#getEndLine()
	 * @see #getFunction()
	 * @generated
	 */
	EAttribute getFunction_EndLine();

	/**
	 * Returns the meta object for the attribute '{@link org.lockaudit.core.facts.Function#isStatic <em>Static</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Static</em>'.
	 * @see org.lockaudit.core.facts.Function#isStatic()
	 * @see #getFunction()
	 * @generated
	 */
	EAttribute getFunction_Static();

	/**
	 * Returns the meta object for the attribute list '{@link org.lockaudit.core.facts.Function#getParameters <em>Parameters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Parameters</em>'.
	 * @see org.lockaudit.core.facts.Function#getParameters()
	 * @see #getFunction()
	 * @generated
	 */
	EAttribute getFunction_Parameters();

	/**
	 * Returns the meta object for the attribute '{@link org.lockaudit.core.facts.Function#isProblem <em>Problem</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Problem</em>'.
	 * @see org.lockaudit.core.facts.Function#isProblem()
	 * @see #getFunction()
	 * @generated
	 */
	EAttribute getFunction_Problem();

	/**
	 * Returns the meta object for the containment reference list '{@link org.lockaudit.core.facts.Function#getNodes <em>Nodes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Nodes</em>'.
	 * @see org.lockaudit.core.facts.Function#getNodes()
	 * @see #getFunction()
	 * @generated
	 */
	EReference getFunction_Nodes();

	/**
	 * Returns the meta object for the attribute '{@link org.lockaudit.core.facts.Function#getExitNode <em>Exit Node</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Exit Node</em>'.
	 * @see org.lockaudit.core.facts.Function#getExitNode()
	 * @see #getFunction()
	 * @generated
	 */
	EAttribute getFunction_ExitNode();

	/**
	 * Returns the meta object for class '{@link org.lockaudit.core.facts.CfgNode <em>Cfg Node</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Cfg Node</em>'.
	 * @see org.lockaudit.core.facts.CfgNode
	 * @generated
	 */
	EClass getCfgNode();

	/**
	 * Returns the meta object for the attribute '{@link org.lockaudit.core.facts.CfgNode#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.lockaudit.core.facts.CfgNode#getId()
	 * @see #getCfgNode()
	 * @generated
	 */
	EAttribute getCfgNode_Id();

	/**
	 * Returns the meta object for the containment reference list '{@link org.lockaudit.core.facts.CfgNode#getEvents <em>Events</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Events</em>'.
	 * @see org.lockaudit.core.facts.CfgNode#getEvents()
	 * @see #getCfgNode()
	 * @generated
	 */
	EReference getCfgNode_Events();

	/**
	 * Returns the meta object for the attribute list '{@link org.lockaudit.core.facts.CfgNode#getSuccessors <em>Successors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Successors</em>'.
	 * @see org.lockaudit.core.facts.CfgNode#getSuccessors()
	 * @see #getCfgNode()
	 * @generated
	 */
	EAttribute getCfgNode_Successors();

	/**
	 * Returns the meta object for the containment reference '{@link org.lockaudit.core.facts.CfgNode#getBranch <em>Branch</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Branch</em>'.
	 * @see org.lockaudit.core.facts.CfgNode#getBranch()
	 * @see #getCfgNode()
	 * @generated
	 */
	EReference getCfgNode_Branch();

	/**
	 * Returns the meta object for class '{@link org.lockaudit.core.facts.Condition <em>Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Condition</em>'.
	 * @see org.lockaudit.core.facts.Condition
	 * @generated
	 */
	EClass getCondition();

	/**
	 * Returns the meta object for the attribute '{@link org.lockaudit.core.facts.Condition#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.lockaudit.core.facts.Condition#getKind()
	 * @see #getCondition()
	 * @generated
	 */
	EAttribute getCondition_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.lockaudit.core.facts.Condition#isNegated <em>Negated</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Negated</em>'.
	 * @see org.lockaudit.core.facts.Condition#isNegated()
	 * @see #getCondition()
	 * @generated
	 */
	EAttribute getCondition_Negated();

	/**
	 * Returns the meta object for the attribute '{@link org.lockaudit.core.facts.Condition#getVariable <em>Variable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Variable</em>'.
	 * @see org.lockaudit.core.facts.Condition#getVariable()
	 * @see #getCondition()
	 * @generated
	 */
	EAttribute getCondition_Variable();

	/**
	 * Returns the meta object for the attribute '{@link org.lockaudit.core.facts.Condition#getEventIndex <em>Event Index</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Event Index</em>'.
	 * @see org.lockaudit.core.facts.Condition#getEventIndex()
	 * @see #getCondition()
	 * @generated
	 */
	EAttribute getCondition_EventIndex();

	/**
	 * Returns the meta object for the attribute '{@link org.lockaudit.core.facts.Condition#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.lockaudit.core.facts.Condition#getText()
	 * @see #getCondition()
	 * @generated
	 */
	EAttribute getCondition_Text();

	/**
	 * Returns the meta object for the attribute '{@link org.lockaudit.core.facts.Condition#getLine <em>Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Line</em>'.
	 * @see org.lockaudit.core.facts.Condition#getLine()
	 * @see #getCondition()
	 * @generated
	 */
	EAttribute getCondition_Line();

	/**
	 * Returns the meta object for the attribute '{@link org.lockaudit.core.facts.Condition#isAssertion <em>Assertion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Assertion</em>'.
	 * @see org.lockaudit.core.facts.Condition#isAssertion()
	 * @see #getCondition()
	 * @generated
	 */
	EAttribute getCondition_Assertion();

	/**
	 * Returns the meta object for the attribute '{@link org.lockaudit.core.facts.Condition#getOperator <em>Operator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Operator</em>'.
	 * @see org.lockaudit.core.facts.Condition#getOperator()
	 * @see #getCondition()
	 * @generated
	 */
	EAttribute getCondition_Operator();

	/**
	 * Returns the meta object for the attribute '{@link org.lockaudit.core.facts.Condition#getConstant <em>Constant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Constant</em>'.
	 * @see org.lockaudit.core.facts.Condition#getConstant()
	 * @see #getCondition()
	 * @generated
	 */
	EAttribute getCondition_Constant();

	/**
	 * Returns the meta object for the attribute '{@link org.lockaudit.core.facts.Condition#getOther <em>Other</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Other</em>'.
	 * @see org.lockaudit.core.facts.Condition#getOther()
	 * @see #getCondition()
	 * @generated
	 */
	EAttribute getCondition_Other();

	/**
	 * Returns the meta object for class '{@link org.lockaudit.core.facts.Event <em>Event</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Event</em>'.
	 * @see org.lockaudit.core.facts.Event
	 * @generated
	 */
	EClass getEvent();

	/**
	 * Returns the meta object for the attribute '{@link org.lockaudit.core.facts.Event#getLine <em>Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Line</em>'.
	 * @see org.lockaudit.core.facts.Event#getLine()
	 * @see #getEvent()
	 * @generated
	 */
	EAttribute getEvent_Line();

	/**
	 * Returns the meta object for the attribute '{@link org.lockaudit.core.facts.Event#getFile <em>File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>File</em>'.
	 * @see org.lockaudit.core.facts.Event#getFile()
	 * @see #getEvent()
	 * @generated
	 */
	EAttribute getEvent_File();

	/**
	 * Returns the meta object for the attribute '{@link org.lockaudit.core.facts.Event#getMacro <em>Macro</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Macro</em>'.
	 * @see org.lockaudit.core.facts.Event#getMacro()
	 * @see #getEvent()
	 * @generated
	 */
	EAttribute getEvent_Macro();

	/**
	 * Returns the meta object for class '{@link org.lockaudit.core.facts.LockOperation <em>Lock Operation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Lock Operation</em>'.
	 * @see org.lockaudit.core.facts.LockOperation
	 * @generated
	 */
	EClass getLockOperation();

	/**
	 * Returns the meta object for the attribute '{@link org.lockaudit.core.facts.LockOperation#getOp <em>Op</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Op</em>'.
	 * @see org.lockaudit.core.facts.LockOperation#getOp()
	 * @see #getLockOperation()
	 * @generated
	 */
	EAttribute getLockOperation_Op();

	/**
	 * Returns the meta object for the attribute '{@link org.lockaudit.core.facts.LockOperation#getMode <em>Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mode</em>'.
	 * @see org.lockaudit.core.facts.LockOperation#getMode()
	 * @see #getLockOperation()
	 * @generated
	 */
	EAttribute getLockOperation_Mode();

	/**
	 * Returns the meta object for the attribute '{@link org.lockaudit.core.facts.LockOperation#getIrq <em>Irq</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Irq</em>'.
	 * @see org.lockaudit.core.facts.LockOperation#getIrq()
	 * @see #getLockOperation()
	 * @generated
	 */
	EAttribute getLockOperation_Irq();

	/**
	 * Returns the meta object for the containment reference '{@link org.lockaudit.core.facts.LockOperation#getLock <em>Lock</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Lock</em>'.
	 * @see org.lockaudit.core.facts.LockOperation#getLock()
	 * @see #getLockOperation()
	 * @generated
	 */
	EReference getLockOperation_Lock();

	/**
	 * Returns the meta object for the attribute '{@link org.lockaudit.core.facts.LockOperation#getApi <em>Api</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api</em>'.
	 * @see org.lockaudit.core.facts.LockOperation#getApi()
	 * @see #getLockOperation()
	 * @generated
	 */
	EAttribute getLockOperation_Api();

	/**
	 * Returns the meta object for the attribute '{@link org.lockaudit.core.facts.LockOperation#isSuccessWhenNonZero <em>Success When Non Zero</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Success When Non Zero</em>'.
	 * @see org.lockaudit.core.facts.LockOperation#isSuccessWhenNonZero()
	 * @see #getLockOperation()
	 * @generated
	 */
	EAttribute getLockOperation_SuccessWhenNonZero();

	/**
	 * Returns the meta object for the attribute '{@link org.lockaudit.core.facts.LockOperation#getResultVariable <em>Result Variable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Result Variable</em>'.
	 * @see org.lockaudit.core.facts.LockOperation#getResultVariable()
	 * @see #getLockOperation()
	 * @generated
	 */
	EAttribute getLockOperation_ResultVariable();

	/**
	 * Returns the meta object for the attribute '{@link org.lockaudit.core.facts.LockOperation#getIrqFlags <em>Irq Flags</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Irq Flags</em>'.
	 * @see org.lockaudit.core.facts.LockOperation#getIrqFlags()
	 * @see #getLockOperation()
	 * @generated
	 */
	EAttribute getLockOperation_IrqFlags();

	/**
	 * Returns the meta object for class '{@link org.lockaudit.core.facts.LockRef <em>Lock Ref</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Lock Ref</em>'.
	 * @see org.lockaudit.core.facts.LockRef
	 * @generated
	 */
	EClass getLockRef();

	/**
	 * Returns the meta object for the attribute '{@link org.lockaudit.core.facts.LockRef#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.lockaudit.core.facts.LockRef#getKind()
	 * @see #getLockRef()
	 * @generated
	 */
	EAttribute getLockRef_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.lockaudit.core.facts.LockRef#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.lockaudit.core.facts.LockRef#getName()
	 * @see #getLockRef()
	 * @generated
	 */
	EAttribute getLockRef_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.lockaudit.core.facts.LockRef#getOwnerType <em>Owner Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Owner Type</em>'.
	 * @see org.lockaudit.core.facts.LockRef#getOwnerType()
	 * @see #getLockRef()
	 * @generated
	 */
	EAttribute getLockRef_OwnerType();

	/**
	 * Returns the meta object for the attribute '{@link org.lockaudit.core.facts.LockRef#getBase <em>Base</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Base</em>'.
	 * @see org.lockaudit.core.facts.LockRef#getBase()
	 * @see #getLockRef()
	 * @generated
	 */
	EAttribute getLockRef_Base();

	/**
	 * Returns the meta object for the attribute '{@link org.lockaudit.core.facts.LockRef#getExpression <em>Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Expression</em>'.
	 * @see org.lockaudit.core.facts.LockRef#getExpression()
	 * @see #getLockRef()
	 * @generated
	 */
	EAttribute getLockRef_Expression();

	/**
	 * Returns the meta object for the attribute '{@link org.lockaudit.core.facts.LockRef#getFileScope <em>File Scope</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>File Scope</em>'.
	 * @see org.lockaudit.core.facts.LockRef#getFileScope()
	 * @see #getLockRef()
	 * @generated
	 */
	EAttribute getLockRef_FileScope();

	/**
	 * Returns the meta object for class '{@link org.lockaudit.core.facts.Access <em>Access</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Access</em>'.
	 * @see org.lockaudit.core.facts.Access
	 * @generated
	 */
	EClass getAccess();

	/**
	 * Returns the meta object for the attribute '{@link org.lockaudit.core.facts.Access#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target</em>'.
	 * @see org.lockaudit.core.facts.Access#getTarget()
	 * @see #getAccess()
	 * @generated
	 */
	EAttribute getAccess_Target();

	/**
	 * Returns the meta object for the attribute '{@link org.lockaudit.core.facts.Access#isGlobal <em>Global</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Global</em>'.
	 * @see org.lockaudit.core.facts.Access#isGlobal()
	 * @see #getAccess()
	 * @generated
	 */
	EAttribute getAccess_Global();

	/**
	 * Returns the meta object for the attribute '{@link org.lockaudit.core.facts.Access#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.lockaudit.core.facts.Access#getKind()
	 * @see #getAccess()
	 * @generated
	 */
	EAttribute getAccess_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.lockaudit.core.facts.Access#getBase <em>Base</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Base</em>'.
	 * @see org.lockaudit.core.facts.Access#getBase()
	 * @see #getAccess()
	 * @generated
	 */
	EAttribute getAccess_Base();

	/**
	 * Returns the meta object for the attribute '{@link org.lockaudit.core.facts.Access#getFileScope <em>File Scope</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>File Scope</em>'.
	 * @see org.lockaudit.core.facts.Access#getFileScope()
	 * @see #getAccess()
	 * @generated
	 */
	EAttribute getAccess_FileScope();

	/**
	 * Returns the meta object for the attribute '{@link org.lockaudit.core.facts.Access#getStoredVariable <em>Stored Variable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Stored Variable</em>'.
	 * @see org.lockaudit.core.facts.Access#getStoredVariable()
	 * @see #getAccess()
	 * @generated
	 */
	EAttribute getAccess_StoredVariable();

	/**
	 * Returns the meta object for class '{@link org.lockaudit.core.facts.Call <em>Call</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Call</em>'.
	 * @see org.lockaudit.core.facts.Call
	 * @generated
	 */
	EClass getCall();

	/**
	 * Returns the meta object for the attribute '{@link org.lockaudit.core.facts.Call#getCallee <em>Callee</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Callee</em>'.
	 * @see org.lockaudit.core.facts.Call#getCallee()
	 * @see #getCall()
	 * @generated
	 */
	EAttribute getCall_Callee();

	/**
	 * Returns the meta object for the attribute '{@link org.lockaudit.core.facts.Call#getViaField <em>Via Field</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Via Field</em>'.
	 * @see org.lockaudit.core.facts.Call#getViaField()
	 * @see #getCall()
	 * @generated
	 */
	EAttribute getCall_ViaField();

	/**
	 * Returns the meta object for the attribute list '{@link org.lockaudit.core.facts.Call#getArguments <em>Arguments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Arguments</em>'.
	 * @see org.lockaudit.core.facts.Call#getArguments()
	 * @see #getCall()
	 * @generated
	 */
	EAttribute getCall_Arguments();

	/**
	 * Returns the meta object for the attribute '{@link org.lockaudit.core.facts.Call#getResultVariable <em>Result Variable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Result Variable</em>'.
	 * @see org.lockaudit.core.facts.Call#getResultVariable()
	 * @see #getCall()
	 * @generated
	 */
	EAttribute getCall_ResultVariable();

	/**
	 * Returns the meta object for the attribute '{@link org.lockaudit.core.facts.Call#isNoReturn <em>No Return</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>No Return</em>'.
	 * @see org.lockaudit.core.facts.Call#isNoReturn()
	 * @see #getCall()
	 * @generated
	 */
	EAttribute getCall_NoReturn();

	/**
	 * Returns the meta object for class '{@link org.lockaudit.core.facts.Return <em>Return</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Return</em>'.
	 * @see org.lockaudit.core.facts.Return
	 * @generated
	 */
	EClass getReturn();

	/**
	 * Returns the meta object for the attribute '{@link org.lockaudit.core.facts.Return#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.lockaudit.core.facts.Return#getValue()
	 * @see #getReturn()
	 * @generated
	 */
	EAttribute getReturn_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.lockaudit.core.facts.Return#getResultOf <em>Result Of</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Result Of</em>'.
	 * @see org.lockaudit.core.facts.Return#getResultOf()
	 * @see #getReturn()
	 * @generated
	 */
	EAttribute getReturn_ResultOf();

	/**
	 * Returns the meta object for the attribute '{@link org.lockaudit.core.facts.Return#isNegated <em>Negated</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Negated</em>'.
	 * @see org.lockaudit.core.facts.Return#isNegated()
	 * @see #getReturn()
	 * @generated
	 */
	EAttribute getReturn_Negated();

	/**
	 * Returns the meta object for the attribute '{@link org.lockaudit.core.facts.Return#getVariable <em>Variable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Variable</em>'.
	 * @see org.lockaudit.core.facts.Return#getVariable()
	 * @see #getReturn()
	 * @generated
	 */
	EAttribute getReturn_Variable();

	/**
	 * Returns the meta object for the attribute '{@link org.lockaudit.core.facts.Return#isConstant <em>Constant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Constant</em>'.
	 * @see org.lockaudit.core.facts.Return#isConstant()
	 * @see #getReturn()
	 * @generated
	 */
	EAttribute getReturn_Constant();

	/**
	 * Returns the meta object for the attribute '{@link org.lockaudit.core.facts.Return#getConstantValue <em>Constant Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Constant Value</em>'.
	 * @see org.lockaudit.core.facts.Return#getConstantValue()
	 * @see #getReturn()
	 * @generated
	 */
	EAttribute getReturn_ConstantValue();

	/**
	 * Returns the meta object for class '{@link org.lockaudit.core.facts.LocalAssignment <em>Local Assignment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Local Assignment</em>'.
	 * @see org.lockaudit.core.facts.LocalAssignment
	 * @generated
	 */
	EClass getLocalAssignment();

	/**
	 * Returns the meta object for the attribute '{@link org.lockaudit.core.facts.LocalAssignment#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target</em>'.
	 * @see org.lockaudit.core.facts.LocalAssignment#getTarget()
	 * @see #getLocalAssignment()
	 * @generated
	 */
	EAttribute getLocalAssignment_Target();

	/**
	 * Returns the meta object for the attribute '{@link org.lockaudit.core.facts.LocalAssignment#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see org.lockaudit.core.facts.LocalAssignment#getSource()
	 * @see #getLocalAssignment()
	 * @generated
	 */
	EAttribute getLocalAssignment_Source();

	/**
	 * Returns the meta object for the attribute '{@link org.lockaudit.core.facts.LocalAssignment#isZero <em>Zero</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Zero</em>'.
	 * @see org.lockaudit.core.facts.LocalAssignment#isZero()
	 * @see #getLocalAssignment()
	 * @generated
	 */
	EAttribute getLocalAssignment_Zero();

	/**
	 * Returns the meta object for the containment reference '{@link org.lockaudit.core.facts.LocalAssignment#getLock <em>Lock</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Lock</em>'.
	 * @see org.lockaudit.core.facts.LocalAssignment#getLock()
	 * @see #getLocalAssignment()
	 * @generated
	 */
	EReference getLocalAssignment_Lock();

	/**
	 * Returns the meta object for the attribute '{@link org.lockaudit.core.facts.LocalAssignment#isCallResult <em>Call Result</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Call Result</em>'.
	 * @see org.lockaudit.core.facts.LocalAssignment#isCallResult()
	 * @see #getLocalAssignment()
	 * @generated
	 */
	EAttribute getLocalAssignment_CallResult();

	/**
	 * Returns the meta object for the attribute '{@link org.lockaudit.core.facts.LocalAssignment#isConstant <em>Constant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Constant</em>'.
	 * @see org.lockaudit.core.facts.LocalAssignment#isConstant()
	 * @see #getLocalAssignment()
	 * @generated
	 */
	EAttribute getLocalAssignment_Constant();

	/**
	 * Returns the meta object for the attribute '{@link org.lockaudit.core.facts.LocalAssignment#isIncrement <em>Increment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Increment</em>'.
	 * @see org.lockaudit.core.facts.LocalAssignment#isIncrement()
	 * @see #getLocalAssignment()
	 * @generated
	 */
	EAttribute getLocalAssignment_Increment();

	/**
	 * Returns the meta object for the attribute '{@link org.lockaudit.core.facts.LocalAssignment#getConstantValue <em>ConstantValue</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>ConstantValue</em>'.
	 * @see org.lockaudit.core.facts.LocalAssignment#getConstantValue()
	 * @see #getLocalAssignment()
	 * @generated
	 */
	EAttribute getLocalAssignment_ConstantValue();

	/**
	 * Returns the meta object for class '{@link org.lockaudit.core.facts.Label <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Label</em>'.
	 * @see org.lockaudit.core.facts.Label
	 * @generated
	 */
	EClass getLabel();

	/**
	 * Returns the meta object for the attribute '{@link org.lockaudit.core.facts.Label#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.lockaudit.core.facts.Label#getName()
	 * @see #getLabel()
	 * @generated
	 */
	EAttribute getLabel_Name();

	/**
	 * Returns the meta object for class '{@link org.lockaudit.core.facts.IrqOperation <em>Irq Operation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Irq Operation</em>'.
	 * @see org.lockaudit.core.facts.IrqOperation
	 * @generated
	 */
	EClass getIrqOperation();

	/**
	 * Returns the meta object for the attribute '{@link org.lockaudit.core.facts.IrqOperation#getIrq <em>Irq</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Irq</em>'.
	 * @see org.lockaudit.core.facts.IrqOperation#getIrq()
	 * @see #getIrqOperation()
	 * @generated
	 */
	EAttribute getIrqOperation_Irq();

	/**
	 * Returns the meta object for the attribute '{@link org.lockaudit.core.facts.IrqOperation#getFlags <em>Flags</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Flags</em>'.
	 * @see org.lockaudit.core.facts.IrqOperation#getFlags()
	 * @see #getIrqOperation()
	 * @generated
	 */
	EAttribute getIrqOperation_Flags();

	/**
	 * Returns the meta object for the attribute '{@link org.lockaudit.core.facts.IrqOperation#getApi <em>Api</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api</em>'.
	 * @see org.lockaudit.core.facts.IrqOperation#getApi()
	 * @see #getIrqOperation()
	 * @generated
	 */
	EAttribute getIrqOperation_Api();

	/**
	 * Returns the meta object for class '{@link org.lockaudit.core.facts.GlobalVariable <em>Global Variable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Global Variable</em>'.
	 * @see org.lockaudit.core.facts.GlobalVariable
	 * @generated
	 */
	EClass getGlobalVariable();

	/**
	 * Returns the meta object for the attribute '{@link org.lockaudit.core.facts.GlobalVariable#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.lockaudit.core.facts.GlobalVariable#getName()
	 * @see #getGlobalVariable()
	 * @generated
	 */
	EAttribute getGlobalVariable_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.lockaudit.core.facts.GlobalVariable#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see org.lockaudit.core.facts.GlobalVariable#getType()
	 * @see #getGlobalVariable()
	 * @generated
	 */
	EAttribute getGlobalVariable_Type();

	/**
	 * Returns the meta object for the attribute '{@link org.lockaudit.core.facts.GlobalVariable#getFile <em>File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>File</em>'.
	 * @see org.lockaudit.core.facts.GlobalVariable#getFile()
	 * @see #getGlobalVariable()
	 * @generated
	 */
	EAttribute getGlobalVariable_File();

	/**
	 * Returns the meta object for the attribute '{@link org.lockaudit.core.facts.GlobalVariable#getLine <em>Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Line</em>'.
	 * @see org.lockaudit.core.facts.GlobalVariable#getLine()
	 * @see #getGlobalVariable()
	 * @generated
	 */
	EAttribute getGlobalVariable_Line();

	/**
	 * Returns the meta object for the attribute '{@link org.lockaudit.core.facts.GlobalVariable#isStatic <em>Static</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Static</em>'.
	 * @see org.lockaudit.core.facts.GlobalVariable#isStatic()
	 * @see #getGlobalVariable()
	 * @generated
	 */
	EAttribute getGlobalVariable_Static();

	/**
	 * Returns the meta object for the attribute '{@link org.lockaudit.core.facts.GlobalVariable#isThreadLocal <em>Thread Local</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Thread Local</em>'.
	 * @see org.lockaudit.core.facts.GlobalVariable#isThreadLocal()
	 * @see #getGlobalVariable()
	 * @generated
	 */
	EAttribute getGlobalVariable_ThreadLocal();

	/**
	 * Returns the meta object for class '{@link org.lockaudit.core.facts.OpsBinding <em>Ops Binding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Ops Binding</em>'.
	 * @see org.lockaudit.core.facts.OpsBinding
	 * @generated
	 */
	EClass getOpsBinding();

	/**
	 * Returns the meta object for the attribute '{@link org.lockaudit.core.facts.OpsBinding#getField <em>Field</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Field</em>'.
	 * @see org.lockaudit.core.facts.OpsBinding#getField()
	 * @see #getOpsBinding()
	 * @generated
	 */
	EAttribute getOpsBinding_Field();

	/**
	 * Returns the meta object for the attribute '{@link org.lockaudit.core.facts.OpsBinding#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target</em>'.
	 * @see org.lockaudit.core.facts.OpsBinding#getTarget()
	 * @see #getOpsBinding()
	 * @generated
	 */
	EAttribute getOpsBinding_Target();

	/**
	 * Returns the meta object for the attribute '{@link org.lockaudit.core.facts.OpsBinding#getFile <em>File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>File</em>'.
	 * @see org.lockaudit.core.facts.OpsBinding#getFile()
	 * @see #getOpsBinding()
	 * @generated
	 */
	EAttribute getOpsBinding_File();

	/**
	 * Returns the meta object for the attribute '{@link org.lockaudit.core.facts.OpsBinding#getLine <em>Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Line</em>'.
	 * @see org.lockaudit.core.facts.OpsBinding#getLine()
	 * @see #getOpsBinding()
	 * @generated
	 */
	EAttribute getOpsBinding_Line();

	/**
	 * Returns the meta object for class '{@link org.lockaudit.core.facts.DeclaredGuard <em>Declared Guard</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Declared Guard</em>'.
	 * @see org.lockaudit.core.facts.DeclaredGuard
	 * @generated
	 */
	EClass getDeclaredGuard();

	/**
	 * Returns the meta object for the attribute '{@link org.lockaudit.core.facts.DeclaredGuard#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target</em>'.
	 * @see org.lockaudit.core.facts.DeclaredGuard#getTarget()
	 * @see #getDeclaredGuard()
	 * @generated
	 */
	EAttribute getDeclaredGuard_Target();

	/**
	 * Returns the meta object for the attribute '{@link org.lockaudit.core.facts.DeclaredGuard#getLock <em>Lock</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lock</em>'.
	 * @see org.lockaudit.core.facts.DeclaredGuard#getLock()
	 * @see #getDeclaredGuard()
	 * @generated
	 */
	EAttribute getDeclaredGuard_Lock();

	/**
	 * Returns the meta object for the attribute '{@link org.lockaudit.core.facts.DeclaredGuard#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see org.lockaudit.core.facts.DeclaredGuard#getSource()
	 * @see #getDeclaredGuard()
	 * @generated
	 */
	EAttribute getDeclaredGuard_Source();

	/**
	 * Returns the meta object for the attribute '{@link org.lockaudit.core.facts.DeclaredGuard#getFile <em>File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>File</em>'.
	 * @see org.lockaudit.core.facts.DeclaredGuard#getFile()
	 * @see #getDeclaredGuard()
	 * @generated
	 */
	EAttribute getDeclaredGuard_File();

	/**
	 * Returns the meta object for the attribute '{@link org.lockaudit.core.facts.DeclaredGuard#getLine <em>Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Line</em>'.
	 * @see org.lockaudit.core.facts.DeclaredGuard#getLine()
	 * @see #getDeclaredGuard()
	 * @generated
	 */
	EAttribute getDeclaredGuard_Line();

	/**
	 * Returns the meta object for class '{@link org.lockaudit.core.facts.DeclaredLockEffect <em>Declared Lock Effect</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Declared Lock Effect</em>'.
	 * @see org.lockaudit.core.facts.DeclaredLockEffect
	 * @generated
	 */
	EClass getDeclaredLockEffect();

	/**
	 * Returns the meta object for the attribute '{@link org.lockaudit.core.facts.DeclaredLockEffect#getFunction <em>Function</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Function</em>'.
	 * @see org.lockaudit.core.facts.DeclaredLockEffect#getFunction()
	 * @see #getDeclaredLockEffect()
	 * @generated
	 */
	EAttribute getDeclaredLockEffect_Function();

	/**
	 * Returns the meta object for the attribute '{@link org.lockaudit.core.facts.DeclaredLockEffect#getOp <em>Op</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Op</em>'.
	 * @see org.lockaudit.core.facts.DeclaredLockEffect#getOp()
	 * @see #getDeclaredLockEffect()
	 * @generated
	 */
	EAttribute getDeclaredLockEffect_Op();

	/**
	 * Returns the meta object for the attribute '{@link org.lockaudit.core.facts.DeclaredLockEffect#getMode <em>Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mode</em>'.
	 * @see org.lockaudit.core.facts.DeclaredLockEffect#getMode()
	 * @see #getDeclaredLockEffect()
	 * @generated
	 */
	EAttribute getDeclaredLockEffect_Mode();

	/**
	 * Returns the meta object for the attribute '{@link org.lockaudit.core.facts.DeclaredLockEffect#getLock <em>Lock</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lock</em>'.
	 * @see org.lockaudit.core.facts.DeclaredLockEffect#getLock()
	 * @see #getDeclaredLockEffect()
	 * @generated
	 */
	EAttribute getDeclaredLockEffect_Lock();

	/**
	 * Returns the meta object for the attribute '{@link org.lockaudit.core.facts.DeclaredLockEffect#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see org.lockaudit.core.facts.DeclaredLockEffect#getSource()
	 * @see #getDeclaredLockEffect()
	 * @generated
	 */
	EAttribute getDeclaredLockEffect_Source();

	/**
	 * Returns the meta object for the attribute '{@link org.lockaudit.core.facts.DeclaredLockEffect#getFile <em>File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>File</em>'.
	 * @see org.lockaudit.core.facts.DeclaredLockEffect#getFile()
	 * @see #getDeclaredLockEffect()
	 * @generated
	 */
	EAttribute getDeclaredLockEffect_File();

	/**
	 * Returns the meta object for the attribute '{@link org.lockaudit.core.facts.DeclaredLockEffect#getLine <em>Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Line</em>'.
	 * @see org.lockaudit.core.facts.DeclaredLockEffect#getLine()
	 * @see #getDeclaredLockEffect()
	 * @generated
	 */
	EAttribute getDeclaredLockEffect_Line();

	/**
	 * Returns the meta object for class '{@link org.lockaudit.core.facts.Diagnostic <em>Diagnostic</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Diagnostic</em>'.
	 * @see org.lockaudit.core.facts.Diagnostic
	 * @generated
	 */
	EClass getDiagnostic();

	/**
	 * Returns the meta object for the attribute '{@link org.lockaudit.core.facts.Diagnostic#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.lockaudit.core.facts.Diagnostic#getKind()
	 * @see #getDiagnostic()
	 * @generated
	 */
	EAttribute getDiagnostic_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.lockaudit.core.facts.Diagnostic#getFile <em>File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>File</em>'.
	 * @see org.lockaudit.core.facts.Diagnostic#getFile()
	 * @see #getDiagnostic()
	 * @generated
	 */
	EAttribute getDiagnostic_File();

	/**
	 * Returns the meta object for the attribute '{@link org.lockaudit.core.facts.Diagnostic#getLine <em>Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Line</em>'.
	 * @see org.lockaudit.core.facts.Diagnostic#getLine()
	 * @see #getDiagnostic()
	 * @generated
	 */
	EAttribute getDiagnostic_Line();

	/**
	 * Returns the meta object for the attribute '{@link org.lockaudit.core.facts.Diagnostic#getMessage <em>Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Message</em>'.
	 * @see org.lockaudit.core.facts.Diagnostic#getMessage()
	 * @see #getDiagnostic()
	 * @generated
	 */
	EAttribute getDiagnostic_Message();

	/**
	 * Returns the meta object for enum '{@link org.lockaudit.core.facts.ConditionKind <em>Condition Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Condition Kind</em>'.
	 * @see org.lockaudit.core.facts.ConditionKind
	 * @generated
	 */
	EEnum getConditionKind();

	/**
	 * Returns the meta object for enum '{@link org.lockaudit.core.facts.LockOpKind <em>Lock Op Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Lock Op Kind</em>'.
	 * @see org.lockaudit.core.facts.LockOpKind
	 * @generated
	 */
	EEnum getLockOpKind();

	/**
	 * Returns the meta object for enum '{@link org.lockaudit.core.facts.LockMode <em>Lock Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Lock Mode</em>'.
	 * @see org.lockaudit.core.facts.LockMode
	 * @generated
	 */
	EEnum getLockMode();

	/**
	 * Returns the meta object for enum '{@link org.lockaudit.core.facts.IrqEffect <em>Irq Effect</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Irq Effect</em>'.
	 * @see org.lockaudit.core.facts.IrqEffect
	 * @generated
	 */
	EEnum getIrqEffect();

	/**
	 * Returns the meta object for enum '{@link org.lockaudit.core.facts.LockKind <em>Lock Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Lock Kind</em>'.
	 * @see org.lockaudit.core.facts.LockKind
	 * @generated
	 */
	EEnum getLockKind();

	/**
	 * Returns the meta object for enum '{@link org.lockaudit.core.facts.AccessKind <em>Access Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Access Kind</em>'.
	 * @see org.lockaudit.core.facts.AccessKind
	 * @generated
	 */
	EEnum getAccessKind();

	/**
	 * Returns the meta object for enum '{@link org.lockaudit.core.facts.DeclarationSource <em>Declaration Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Declaration Source</em>'.
	 * @see org.lockaudit.core.facts.DeclarationSource
	 * @generated
	 */
	EEnum getDeclarationSource();

	/**
	 * Returns the meta object for enum '{@link org.lockaudit.core.facts.DiagnosticKind <em>Diagnostic Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Diagnostic Kind</em>'.
	 * @see org.lockaudit.core.facts.DiagnosticKind
	 * @generated
	 */
	EEnum getDiagnosticKind();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	FactsFactory getFactsFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.lockaudit.core.facts.impl.TranslationUnitFactsImpl <em>Translation Unit Facts</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lockaudit.core.facts.impl.TranslationUnitFactsImpl
		 * @see org.lockaudit.core.facts.impl.FactsPackageImpl#getTranslationUnitFacts()
		 * @generated
		 */
		EClass TRANSLATION_UNIT_FACTS = eINSTANCE.getTranslationUnitFacts();

		/**
		 * The meta object literal for the '<em><b>Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRANSLATION_UNIT_FACTS__PATH = eINSTANCE.getTranslationUnitFacts_Path();

		/**
		 * The meta object literal for the '<em><b>Cache Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRANSLATION_UNIT_FACTS__CACHE_KEY = eINSTANCE.getTranslationUnitFacts_CacheKey();

		/**
		 * The meta object literal for the '<em><b>Includes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRANSLATION_UNIT_FACTS__INCLUDES = eINSTANCE.getTranslationUnitFacts_Includes();

		/**
		 * The meta object literal for the '<em><b>Functions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRANSLATION_UNIT_FACTS__FUNCTIONS = eINSTANCE.getTranslationUnitFacts_Functions();

		/**
		 * The meta object literal for the '<em><b>Globals</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRANSLATION_UNIT_FACTS__GLOBALS = eINSTANCE.getTranslationUnitFacts_Globals();

		/**
		 * The meta object literal for the '<em><b>Ops Bindings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRANSLATION_UNIT_FACTS__OPS_BINDINGS = eINSTANCE.getTranslationUnitFacts_OpsBindings();

		/**
		 * The meta object literal for the '<em><b>Declared Guards</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRANSLATION_UNIT_FACTS__DECLARED_GUARDS = eINSTANCE.getTranslationUnitFacts_DeclaredGuards();

		/**
		 * The meta object literal for the '<em><b>Declared Lock Effects</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRANSLATION_UNIT_FACTS__DECLARED_LOCK_EFFECTS = eINSTANCE.getTranslationUnitFacts_DeclaredLockEffects();

		/**
		 * The meta object literal for the '<em><b>Diagnostics</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRANSLATION_UNIT_FACTS__DIAGNOSTICS = eINSTANCE.getTranslationUnitFacts_Diagnostics();

		/**
		 * The meta object literal for the '<em><b>Unresolved Includes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRANSLATION_UNIT_FACTS__UNRESOLVED_INCLUDES = eINSTANCE.getTranslationUnitFacts_UnresolvedIncludes();

		/**
		 * The meta object literal for the '<em><b>Preprocessor Errors</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRANSLATION_UNIT_FACTS__PREPROCESSOR_ERRORS = eINSTANCE.getTranslationUnitFacts_PreprocessorErrors();

		/**
		 * The meta object literal for the '<em><b>Fallback Bindings</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRANSLATION_UNIT_FACTS__FALLBACK_BINDINGS = eINSTANCE.getTranslationUnitFacts_FallbackBindings();

		/**
		 * The meta object literal for the '{@link org.lockaudit.core.facts.impl.IncludedFileImpl <em>Included File</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lockaudit.core.facts.impl.IncludedFileImpl
		 * @see org.lockaudit.core.facts.impl.FactsPackageImpl#getIncludedFile()
		 * @generated
		 */
		EClass INCLUDED_FILE = eINSTANCE.getIncludedFile();

		/**
		 * The meta object literal for the '<em><b>Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INCLUDED_FILE__PATH = eINSTANCE.getIncludedFile_Path();

		/**
		 * The meta object literal for the '<em><b>Content Hash</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INCLUDED_FILE__CONTENT_HASH = eINSTANCE.getIncludedFile_ContentHash();

		/**
		 * The meta object literal for the '{@link org.lockaudit.core.facts.impl.FunctionImpl <em>Function</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lockaudit.core.facts.impl.FunctionImpl
		 * @see org.lockaudit.core.facts.impl.FactsPackageImpl#getFunction()
		 * @generated
		 */
		EClass FUNCTION = eINSTANCE.getFunction();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FUNCTION__NAME = eINSTANCE.getFunction_Name();

		/**
		 * The meta object literal for the '<em><b>File</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FUNCTION__FILE = eINSTANCE.getFunction_File();

		/**
		 * The meta object literal for the '<em><b>Start Line</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FUNCTION__START_LINE = eINSTANCE.getFunction_StartLine();

		/**
		 * The meta object literal for the '<em><b>End Line</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FUNCTION__END_LINE = eINSTANCE.getFunction_EndLine();

		/**
		 * The meta object literal for the '<em><b>Static</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FUNCTION__STATIC = eINSTANCE.getFunction_Static();

		/**
		 * The meta object literal for the '<em><b>Parameters</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FUNCTION__PARAMETERS = eINSTANCE.getFunction_Parameters();

		/**
		 * The meta object literal for the '<em><b>Problem</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FUNCTION__PROBLEM = eINSTANCE.getFunction_Problem();

		/**
		 * The meta object literal for the '<em><b>Nodes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FUNCTION__NODES = eINSTANCE.getFunction_Nodes();

		/**
		 * The meta object literal for the '<em><b>Exit Node</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FUNCTION__EXIT_NODE = eINSTANCE.getFunction_ExitNode();

		/**
		 * The meta object literal for the '{@link org.lockaudit.core.facts.impl.CfgNodeImpl <em>Cfg Node</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lockaudit.core.facts.impl.CfgNodeImpl
		 * @see org.lockaudit.core.facts.impl.FactsPackageImpl#getCfgNode()
		 * @generated
		 */
		EClass CFG_NODE = eINSTANCE.getCfgNode();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CFG_NODE__ID = eINSTANCE.getCfgNode_Id();

		/**
		 * The meta object literal for the '<em><b>Events</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CFG_NODE__EVENTS = eINSTANCE.getCfgNode_Events();

		/**
		 * The meta object literal for the '<em><b>Successors</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CFG_NODE__SUCCESSORS = eINSTANCE.getCfgNode_Successors();

		/**
		 * The meta object literal for the '<em><b>Branch</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CFG_NODE__BRANCH = eINSTANCE.getCfgNode_Branch();

		/**
		 * The meta object literal for the '{@link org.lockaudit.core.facts.impl.ConditionImpl <em>Condition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lockaudit.core.facts.impl.ConditionImpl
		 * @see org.lockaudit.core.facts.impl.FactsPackageImpl#getCondition()
		 * @generated
		 */
		EClass CONDITION = eINSTANCE.getCondition();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONDITION__KIND = eINSTANCE.getCondition_Kind();

		/**
		 * The meta object literal for the '<em><b>Negated</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONDITION__NEGATED = eINSTANCE.getCondition_Negated();

		/**
		 * The meta object literal for the '<em><b>Variable</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONDITION__VARIABLE = eINSTANCE.getCondition_Variable();

		/**
		 * The meta object literal for the '<em><b>Event Index</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONDITION__EVENT_INDEX = eINSTANCE.getCondition_EventIndex();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONDITION__TEXT = eINSTANCE.getCondition_Text();

		/**
		 * The meta object literal for the '<em><b>Line</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONDITION__LINE = eINSTANCE.getCondition_Line();

		/**
		 * The meta object literal for the '<em><b>Assertion</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONDITION__ASSERTION = eINSTANCE.getCondition_Assertion();

		/**
		 * The meta object literal for the '<em><b>Operator</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONDITION__OPERATOR = eINSTANCE.getCondition_Operator();

		/**
		 * The meta object literal for the '<em><b>Constant</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONDITION__CONSTANT = eINSTANCE.getCondition_Constant();

		/**
		 * The meta object literal for the '<em><b>Other</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONDITION__OTHER = eINSTANCE.getCondition_Other();

		/**
		 * The meta object literal for the '{@link org.lockaudit.core.facts.impl.EventImpl <em>Event</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lockaudit.core.facts.impl.EventImpl
		 * @see org.lockaudit.core.facts.impl.FactsPackageImpl#getEvent()
		 * @generated
		 */
		EClass EVENT = eINSTANCE.getEvent();

		/**
		 * The meta object literal for the '<em><b>Line</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVENT__LINE = eINSTANCE.getEvent_Line();

		/**
		 * The meta object literal for the '<em><b>File</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVENT__FILE = eINSTANCE.getEvent_File();

		/**
		 * The meta object literal for the '<em><b>Macro</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVENT__MACRO = eINSTANCE.getEvent_Macro();

		/**
		 * The meta object literal for the '{@link org.lockaudit.core.facts.impl.LockOperationImpl <em>Lock Operation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lockaudit.core.facts.impl.LockOperationImpl
		 * @see org.lockaudit.core.facts.impl.FactsPackageImpl#getLockOperation()
		 * @generated
		 */
		EClass LOCK_OPERATION = eINSTANCE.getLockOperation();

		/**
		 * The meta object literal for the '<em><b>Op</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCK_OPERATION__OP = eINSTANCE.getLockOperation_Op();

		/**
		 * The meta object literal for the '<em><b>Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCK_OPERATION__MODE = eINSTANCE.getLockOperation_Mode();

		/**
		 * The meta object literal for the '<em><b>Irq</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCK_OPERATION__IRQ = eINSTANCE.getLockOperation_Irq();

		/**
		 * The meta object literal for the '<em><b>Lock</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LOCK_OPERATION__LOCK = eINSTANCE.getLockOperation_Lock();

		/**
		 * The meta object literal for the '<em><b>Api</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCK_OPERATION__API = eINSTANCE.getLockOperation_Api();

		/**
		 * The meta object literal for the '<em><b>Success When Non Zero</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCK_OPERATION__SUCCESS_WHEN_NON_ZERO = eINSTANCE.getLockOperation_SuccessWhenNonZero();

		/**
		 * The meta object literal for the '<em><b>Result Variable</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCK_OPERATION__RESULT_VARIABLE = eINSTANCE.getLockOperation_ResultVariable();

		/**
		 * The meta object literal for the '<em><b>Irq Flags</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCK_OPERATION__IRQ_FLAGS = eINSTANCE.getLockOperation_IrqFlags();

		/**
		 * The meta object literal for the '{@link org.lockaudit.core.facts.impl.LockRefImpl <em>Lock Ref</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lockaudit.core.facts.impl.LockRefImpl
		 * @see org.lockaudit.core.facts.impl.FactsPackageImpl#getLockRef()
		 * @generated
		 */
		EClass LOCK_REF = eINSTANCE.getLockRef();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCK_REF__KIND = eINSTANCE.getLockRef_Kind();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCK_REF__NAME = eINSTANCE.getLockRef_Name();

		/**
		 * The meta object literal for the '<em><b>Owner Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCK_REF__OWNER_TYPE = eINSTANCE.getLockRef_OwnerType();

		/**
		 * The meta object literal for the '<em><b>Base</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCK_REF__BASE = eINSTANCE.getLockRef_Base();

		/**
		 * The meta object literal for the '<em><b>Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCK_REF__EXPRESSION = eINSTANCE.getLockRef_Expression();

		/**
		 * The meta object literal for the '<em><b>File Scope</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCK_REF__FILE_SCOPE = eINSTANCE.getLockRef_FileScope();

		/**
		 * The meta object literal for the '{@link org.lockaudit.core.facts.impl.AccessImpl <em>Access</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lockaudit.core.facts.impl.AccessImpl
		 * @see org.lockaudit.core.facts.impl.FactsPackageImpl#getAccess()
		 * @generated
		 */
		EClass ACCESS = eINSTANCE.getAccess();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCESS__TARGET = eINSTANCE.getAccess_Target();

		/**
		 * The meta object literal for the '<em><b>Global</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCESS__GLOBAL = eINSTANCE.getAccess_Global();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCESS__KIND = eINSTANCE.getAccess_Kind();

		/**
		 * The meta object literal for the '<em><b>Base</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCESS__BASE = eINSTANCE.getAccess_Base();

		/**
		 * The meta object literal for the '<em><b>File Scope</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCESS__FILE_SCOPE = eINSTANCE.getAccess_FileScope();

		/**
		 * The meta object literal for the '<em><b>Stored Variable</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCESS__STORED_VARIABLE = eINSTANCE.getAccess_StoredVariable();

		/**
		 * The meta object literal for the '{@link org.lockaudit.core.facts.impl.CallImpl <em>Call</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lockaudit.core.facts.impl.CallImpl
		 * @see org.lockaudit.core.facts.impl.FactsPackageImpl#getCall()
		 * @generated
		 */
		EClass CALL = eINSTANCE.getCall();

		/**
		 * The meta object literal for the '<em><b>Callee</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CALL__CALLEE = eINSTANCE.getCall_Callee();

		/**
		 * The meta object literal for the '<em><b>Via Field</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CALL__VIA_FIELD = eINSTANCE.getCall_ViaField();

		/**
		 * The meta object literal for the '<em><b>Arguments</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CALL__ARGUMENTS = eINSTANCE.getCall_Arguments();

		/**
		 * The meta object literal for the '<em><b>Result Variable</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CALL__RESULT_VARIABLE = eINSTANCE.getCall_ResultVariable();

		/**
		 * The meta object literal for the '<em><b>No Return</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CALL__NO_RETURN = eINSTANCE.getCall_NoReturn();

		/**
		 * The meta object literal for the '{@link org.lockaudit.core.facts.impl.ReturnImpl <em>Return</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lockaudit.core.facts.impl.ReturnImpl
		 * @see org.lockaudit.core.facts.impl.FactsPackageImpl#getReturn()
		 * @generated
		 */
		EClass RETURN = eINSTANCE.getReturn();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RETURN__VALUE = eINSTANCE.getReturn_Value();

		/**
		 * The meta object literal for the '<em><b>Result Of</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RETURN__RESULT_OF = eINSTANCE.getReturn_ResultOf();

		/**
		 * The meta object literal for the '<em><b>Negated</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RETURN__NEGATED = eINSTANCE.getReturn_Negated();

		/**
		 * The meta object literal for the '<em><b>Variable</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RETURN__VARIABLE = eINSTANCE.getReturn_Variable();

		/**
		 * The meta object literal for the '<em><b>Constant</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RETURN__CONSTANT = eINSTANCE.getReturn_Constant();

		/**
		 * The meta object literal for the '<em><b>Constant Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RETURN__CONSTANT_VALUE = eINSTANCE.getReturn_ConstantValue();

		/**
		 * The meta object literal for the '{@link org.lockaudit.core.facts.impl.LocalAssignmentImpl <em>Local Assignment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lockaudit.core.facts.impl.LocalAssignmentImpl
		 * @see org.lockaudit.core.facts.impl.FactsPackageImpl#getLocalAssignment()
		 * @generated
		 */
		EClass LOCAL_ASSIGNMENT = eINSTANCE.getLocalAssignment();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCAL_ASSIGNMENT__TARGET = eINSTANCE.getLocalAssignment_Target();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCAL_ASSIGNMENT__SOURCE = eINSTANCE.getLocalAssignment_Source();

		/**
		 * The meta object literal for the '<em><b>Zero</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCAL_ASSIGNMENT__ZERO = eINSTANCE.getLocalAssignment_Zero();

		/**
		 * The meta object literal for the '<em><b>Lock</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LOCAL_ASSIGNMENT__LOCK = eINSTANCE.getLocalAssignment_Lock();

		/**
		 * The meta object literal for the '<em><b>Call Result</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCAL_ASSIGNMENT__CALL_RESULT = eINSTANCE.getLocalAssignment_CallResult();

		/**
		 * The meta object literal for the '<em><b>Constant</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCAL_ASSIGNMENT__CONSTANT = eINSTANCE.getLocalAssignment_Constant();

		/**
		 * The meta object literal for the '<em><b>Increment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCAL_ASSIGNMENT__INCREMENT = eINSTANCE.getLocalAssignment_Increment();

		/**
		 * The meta object literal for the '<em><b>ConstantValue</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCAL_ASSIGNMENT__CONSTANT_VALUE = eINSTANCE.getLocalAssignment_ConstantValue();

		/**
		 * The meta object literal for the '{@link org.lockaudit.core.facts.impl.LabelImpl <em>Label</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lockaudit.core.facts.impl.LabelImpl
		 * @see org.lockaudit.core.facts.impl.FactsPackageImpl#getLabel()
		 * @generated
		 */
		EClass LABEL = eINSTANCE.getLabel();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LABEL__NAME = eINSTANCE.getLabel_Name();

		/**
		 * The meta object literal for the '{@link org.lockaudit.core.facts.impl.IrqOperationImpl <em>Irq Operation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lockaudit.core.facts.impl.IrqOperationImpl
		 * @see org.lockaudit.core.facts.impl.FactsPackageImpl#getIrqOperation()
		 * @generated
		 */
		EClass IRQ_OPERATION = eINSTANCE.getIrqOperation();

		/**
		 * The meta object literal for the '<em><b>Irq</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IRQ_OPERATION__IRQ = eINSTANCE.getIrqOperation_Irq();

		/**
		 * The meta object literal for the '<em><b>Flags</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IRQ_OPERATION__FLAGS = eINSTANCE.getIrqOperation_Flags();

		/**
		 * The meta object literal for the '<em><b>Api</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IRQ_OPERATION__API = eINSTANCE.getIrqOperation_Api();

		/**
		 * The meta object literal for the '{@link org.lockaudit.core.facts.impl.GlobalVariableImpl <em>Global Variable</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lockaudit.core.facts.impl.GlobalVariableImpl
		 * @see org.lockaudit.core.facts.impl.FactsPackageImpl#getGlobalVariable()
		 * @generated
		 */
		EClass GLOBAL_VARIABLE = eINSTANCE.getGlobalVariable();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GLOBAL_VARIABLE__NAME = eINSTANCE.getGlobalVariable_Name();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GLOBAL_VARIABLE__TYPE = eINSTANCE.getGlobalVariable_Type();

		/**
		 * The meta object literal for the '<em><b>File</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GLOBAL_VARIABLE__FILE = eINSTANCE.getGlobalVariable_File();

		/**
		 * The meta object literal for the '<em><b>Line</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GLOBAL_VARIABLE__LINE = eINSTANCE.getGlobalVariable_Line();

		/**
		 * The meta object literal for the '<em><b>Static</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GLOBAL_VARIABLE__STATIC = eINSTANCE.getGlobalVariable_Static();

		/**
		 * The meta object literal for the '<em><b>Thread Local</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GLOBAL_VARIABLE__THREAD_LOCAL = eINSTANCE.getGlobalVariable_ThreadLocal();

		/**
		 * The meta object literal for the '{@link org.lockaudit.core.facts.impl.OpsBindingImpl <em>Ops Binding</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lockaudit.core.facts.impl.OpsBindingImpl
		 * @see org.lockaudit.core.facts.impl.FactsPackageImpl#getOpsBinding()
		 * @generated
		 */
		EClass OPS_BINDING = eINSTANCE.getOpsBinding();

		/**
		 * The meta object literal for the '<em><b>Field</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPS_BINDING__FIELD = eINSTANCE.getOpsBinding_Field();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPS_BINDING__TARGET = eINSTANCE.getOpsBinding_Target();

		/**
		 * The meta object literal for the '<em><b>File</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPS_BINDING__FILE = eINSTANCE.getOpsBinding_File();

		/**
		 * The meta object literal for the '<em><b>Line</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPS_BINDING__LINE = eINSTANCE.getOpsBinding_Line();

		/**
		 * The meta object literal for the '{@link org.lockaudit.core.facts.impl.DeclaredGuardImpl <em>Declared Guard</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lockaudit.core.facts.impl.DeclaredGuardImpl
		 * @see org.lockaudit.core.facts.impl.FactsPackageImpl#getDeclaredGuard()
		 * @generated
		 */
		EClass DECLARED_GUARD = eINSTANCE.getDeclaredGuard();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECLARED_GUARD__TARGET = eINSTANCE.getDeclaredGuard_Target();

		/**
		 * The meta object literal for the '<em><b>Lock</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECLARED_GUARD__LOCK = eINSTANCE.getDeclaredGuard_Lock();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECLARED_GUARD__SOURCE = eINSTANCE.getDeclaredGuard_Source();

		/**
		 * The meta object literal for the '<em><b>File</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECLARED_GUARD__FILE = eINSTANCE.getDeclaredGuard_File();

		/**
		 * The meta object literal for the '<em><b>Line</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECLARED_GUARD__LINE = eINSTANCE.getDeclaredGuard_Line();

		/**
		 * The meta object literal for the '{@link org.lockaudit.core.facts.impl.DeclaredLockEffectImpl <em>Declared Lock Effect</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lockaudit.core.facts.impl.DeclaredLockEffectImpl
		 * @see org.lockaudit.core.facts.impl.FactsPackageImpl#getDeclaredLockEffect()
		 * @generated
		 */
		EClass DECLARED_LOCK_EFFECT = eINSTANCE.getDeclaredLockEffect();

		/**
		 * The meta object literal for the '<em><b>Function</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECLARED_LOCK_EFFECT__FUNCTION = eINSTANCE.getDeclaredLockEffect_Function();

		/**
		 * The meta object literal for the '<em><b>Op</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECLARED_LOCK_EFFECT__OP = eINSTANCE.getDeclaredLockEffect_Op();

		/**
		 * The meta object literal for the '<em><b>Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECLARED_LOCK_EFFECT__MODE = eINSTANCE.getDeclaredLockEffect_Mode();

		/**
		 * The meta object literal for the '<em><b>Lock</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECLARED_LOCK_EFFECT__LOCK = eINSTANCE.getDeclaredLockEffect_Lock();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECLARED_LOCK_EFFECT__SOURCE = eINSTANCE.getDeclaredLockEffect_Source();

		/**
		 * The meta object literal for the '<em><b>File</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECLARED_LOCK_EFFECT__FILE = eINSTANCE.getDeclaredLockEffect_File();

		/**
		 * The meta object literal for the '<em><b>Line</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECLARED_LOCK_EFFECT__LINE = eINSTANCE.getDeclaredLockEffect_Line();

		/**
		 * The meta object literal for the '{@link org.lockaudit.core.facts.impl.DiagnosticImpl <em>Diagnostic</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lockaudit.core.facts.impl.DiagnosticImpl
		 * @see org.lockaudit.core.facts.impl.FactsPackageImpl#getDiagnostic()
		 * @generated
		 */
		EClass DIAGNOSTIC = eINSTANCE.getDiagnostic();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGNOSTIC__KIND = eINSTANCE.getDiagnostic_Kind();

		/**
		 * The meta object literal for the '<em><b>File</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGNOSTIC__FILE = eINSTANCE.getDiagnostic_File();

		/**
		 * The meta object literal for the '<em><b>Line</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGNOSTIC__LINE = eINSTANCE.getDiagnostic_Line();

		/**
		 * The meta object literal for the '<em><b>Message</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGNOSTIC__MESSAGE = eINSTANCE.getDiagnostic_Message();

		/**
		 * The meta object literal for the '{@link org.lockaudit.core.facts.ConditionKind <em>Condition Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lockaudit.core.facts.ConditionKind
		 * @see org.lockaudit.core.facts.impl.FactsPackageImpl#getConditionKind()
		 * @generated
		 */
		EEnum CONDITION_KIND = eINSTANCE.getConditionKind();

		/**
		 * The meta object literal for the '{@link org.lockaudit.core.facts.LockOpKind <em>Lock Op Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lockaudit.core.facts.LockOpKind
		 * @see org.lockaudit.core.facts.impl.FactsPackageImpl#getLockOpKind()
		 * @generated
		 */
		EEnum LOCK_OP_KIND = eINSTANCE.getLockOpKind();

		/**
		 * The meta object literal for the '{@link org.lockaudit.core.facts.LockMode <em>Lock Mode</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lockaudit.core.facts.LockMode
		 * @see org.lockaudit.core.facts.impl.FactsPackageImpl#getLockMode()
		 * @generated
		 */
		EEnum LOCK_MODE = eINSTANCE.getLockMode();

		/**
		 * The meta object literal for the '{@link org.lockaudit.core.facts.IrqEffect <em>Irq Effect</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lockaudit.core.facts.IrqEffect
		 * @see org.lockaudit.core.facts.impl.FactsPackageImpl#getIrqEffect()
		 * @generated
		 */
		EEnum IRQ_EFFECT = eINSTANCE.getIrqEffect();

		/**
		 * The meta object literal for the '{@link org.lockaudit.core.facts.LockKind <em>Lock Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lockaudit.core.facts.LockKind
		 * @see org.lockaudit.core.facts.impl.FactsPackageImpl#getLockKind()
		 * @generated
		 */
		EEnum LOCK_KIND = eINSTANCE.getLockKind();

		/**
		 * The meta object literal for the '{@link org.lockaudit.core.facts.AccessKind <em>Access Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lockaudit.core.facts.AccessKind
		 * @see org.lockaudit.core.facts.impl.FactsPackageImpl#getAccessKind()
		 * @generated
		 */
		EEnum ACCESS_KIND = eINSTANCE.getAccessKind();

		/**
		 * The meta object literal for the '{@link org.lockaudit.core.facts.DeclarationSource <em>Declaration Source</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lockaudit.core.facts.DeclarationSource
		 * @see org.lockaudit.core.facts.impl.FactsPackageImpl#getDeclarationSource()
		 * @generated
		 */
		EEnum DECLARATION_SOURCE = eINSTANCE.getDeclarationSource();

		/**
		 * The meta object literal for the '{@link org.lockaudit.core.facts.DiagnosticKind <em>Diagnostic Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lockaudit.core.facts.DiagnosticKind
		 * @see org.lockaudit.core.facts.impl.FactsPackageImpl#getDiagnosticKind()
		 * @generated
		 */
		EEnum DIAGNOSTIC_KIND = eINSTANCE.getDiagnosticKind();

	}

} //FactsPackage
