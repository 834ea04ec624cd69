/**
 */
package org.lockaudit.core.facts;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Diagnostic Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.lockaudit.core.facts.FactsPackage#getDiagnosticKind()
 * @model
 * @generated
 */
public enum DiagnosticKind implements Enumerator {
	/**
	 * The '<em><b>SYNTAX</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SYNTAX_VALUE
	 * @generated
	 * @ordered
	 */
	SYNTAX(0, "SYNTAX", "SYNTAX"),

	/**
	 * The '<em><b>MISSING INCLUDE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MISSING_INCLUDE_VALUE
	 * @generated
	 * @ordered
	 */
	MISSING_INCLUDE(1, "MISSING_INCLUDE", "MISSING_INCLUDE"),

	/**
	 * The '<em><b>PREPROCESSOR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PREPROCESSOR_VALUE
	 * @generated
	 * @ordered
	 */
	PREPROCESSOR(2, "PREPROCESSOR", "PREPROCESSOR"),

	/**
	 * The '<em><b>UNREADABLE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNREADABLE_VALUE
	 * @generated
	 * @ordered
	 */
	UNREADABLE(3, "UNREADABLE", "UNREADABLE"),

	/**
	 * The '<em><b>LIMIT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LIMIT_VALUE
	 * @generated
	 * @ordered
	 */
	LIMIT(4, "LIMIT", "LIMIT"),

	/**
	 * The '<em><b>CONFIG</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONFIG_VALUE
	 * @generated
	 * @ordered
	 */
	CONFIG(5, "CONFIG", "CONFIG"),

	/**
	 * The '<em><b>INTERNAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTERNAL_VALUE
	 * @generated
	 * @ordered
	 */
	INTERNAL(6, "INTERNAL", "INTERNAL"),

	/**
	 * The '<em><b>ANALYSIS INCOMPLETE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ANALYSIS_INCOMPLETE_VALUE
	 * @generated
	 * @ordered
	 */
	ANALYSIS_INCOMPLETE(7, "ANALYSIS_INCOMPLETE", "ANALYSIS_INCOMPLETE"), /**
	 * The '<em><b>DECLARATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A declaration the binder could not use: a guard comment naming no lock, an RCU note.
	 * <!-- end-model-doc -->
	 * @see #DECLARATION_VALUE
	 * @generated
	 * @ordered
	 */
	DECLARATION(8, "DECLARATION", "DECLARATION");

	/**
	 * The '<em><b>SYNTAX</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SYNTAX
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SYNTAX_VALUE = 0;

	/**
	 * The '<em><b>MISSING INCLUDE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MISSING_INCLUDE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MISSING_INCLUDE_VALUE = 1;

	/**
	 * The '<em><b>PREPROCESSOR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PREPROCESSOR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PREPROCESSOR_VALUE = 2;

	/**
	 * The '<em><b>UNREADABLE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNREADABLE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int UNREADABLE_VALUE = 3;

	/**
	 * The '<em><b>LIMIT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LIMIT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LIMIT_VALUE = 4;

	/**
	 * The '<em><b>CONFIG</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONFIG
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CONFIG_VALUE = 5;

	/**
	 * The '<em><b>INTERNAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTERNAL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INTERNAL_VALUE = 6;

	/**
	 * The '<em><b>ANALYSIS INCOMPLETE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ANALYSIS_INCOMPLETE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ANALYSIS_INCOMPLETE_VALUE = 7;

	/**
	 * The '<em><b>DECLARATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A declaration the binder could not use: a guard comment naming no lock, an RCU note.
	 * <!-- end-model-doc -->
	 * @see #DECLARATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DECLARATION_VALUE = 8;

	/**
	 * An array of all the '<em><b>Diagnostic Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final DiagnosticKind[] VALUES_ARRAY =
		new DiagnosticKind[] {
			SYNTAX,
			MISSING_INCLUDE,
			PREPROCESSOR,
			UNREADABLE,
			LIMIT,
			CONFIG,
			INTERNAL,
			ANALYSIS_INCOMPLETE,
			DECLARATION,
		};

	/**
	 * A public read-only list of all the '<em><b>Diagnostic Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<DiagnosticKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Diagnostic Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DiagnosticKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DiagnosticKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Diagnostic Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DiagnosticKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DiagnosticKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Diagnostic Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DiagnosticKind get(int value) {
		switch (value) {
			case SYNTAX_VALUE: return SYNTAX;
			case MISSING_INCLUDE_VALUE: return MISSING_INCLUDE;
			case PREPROCESSOR_VALUE: return PREPROCESSOR;
			case UNREADABLE_VALUE: return UNREADABLE;
			case LIMIT_VALUE: return LIMIT;
			case CONFIG_VALUE: return CONFIG;
			case INTERNAL_VALUE: return INTERNAL;
			case ANALYSIS_INCOMPLETE_VALUE: return ANALYSIS_INCOMPLETE;
			case DECLARATION_VALUE: return DECLARATION;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private DiagnosticKind(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
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
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //DiagnosticKind
