/**
 */
package org.lockaudit.core.facts;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Lock Op Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.lockaudit.core.facts.FactsPackage#getLockOpKind()
 * @model
 * @generated
 */
public enum LockOpKind implements Enumerator {
	/**
	 * The '<em><b>ACQUIRE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ACQUIRE_VALUE
	 * @generated
	 * @ordered
	 */
	ACQUIRE(0, "ACQUIRE", "ACQUIRE"),

	/**
	 * The '<em><b>RELEASE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RELEASE_VALUE
	 * @generated
	 * @ordered
	 */
	RELEASE(1, "RELEASE", "RELEASE"),

	/**
	 * The '<em><b>TRY ACQUIRE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRY_ACQUIRE_VALUE
	 * @generated
	 * @ordered
	 */
	TRY_ACQUIRE(2, "TRY_ACQUIRE", "TRY_ACQUIRE"),

	/**
	 * The '<em><b>ASSERT HELD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ASSERT_HELD_VALUE
	 * @generated
	 * @ordered
	 */
	ASSERT_HELD(3, "ASSERT_HELD", "ASSERT_HELD"),

	/**
	 * The '<em><b>ASSERT NOT HELD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ASSERT_NOT_HELD_VALUE
	 * @generated
	 * @ordered
	 */
	ASSERT_NOT_HELD(4, "ASSERT_NOT_HELD", "ASSERT_NOT_HELD"), /**
	 * The '<em><b>IS HELD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A query (spin_is_locked): its result is non-zero exactly when the lock is held.
	 * <!-- end-model-doc -->
	 * @see #IS_HELD_VALUE
	 * @generated
	 * @ordered
	 */
	IS_HELD(5, "IS_HELD", "IS_HELD");

	/**
	 * The '<em><b>ACQUIRE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ACQUIRE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ACQUIRE_VALUE = 0;

	/**
	 * The '<em><b>RELEASE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RELEASE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RELEASE_VALUE = 1;

	/**
	 * The '<em><b>TRY ACQUIRE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRY_ACQUIRE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TRY_ACQUIRE_VALUE = 2;

	/**
	 * The '<em><b>ASSERT HELD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ASSERT_HELD
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ASSERT_HELD_VALUE = 3;

	/**
	 * The '<em><b>ASSERT NOT HELD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ASSERT_NOT_HELD
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ASSERT_NOT_HELD_VALUE = 4;

	/**
	 * The '<em><b>IS HELD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A query (spin_is_locked): its result is non-zero exactly when the lock is held.
	 * <!-- end-model-doc -->
	 * @see #IS_HELD
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int IS_HELD_VALUE = 5;

	/**
	 * An array of all the '<em><b>Lock Op Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final LockOpKind[] VALUES_ARRAY =
		new LockOpKind[] {
			ACQUIRE,
			RELEASE,
			TRY_ACQUIRE,
			ASSERT_HELD,
			ASSERT_NOT_HELD,
			IS_HELD,
		};

	/**
	 * A public read-only list of all the '<em><b>Lock Op Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<LockOpKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Lock Op Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LockOpKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			LockOpKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Lock Op Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LockOpKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			LockOpKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Lock Op Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LockOpKind get(int value) {
		switch (value) {
			case ACQUIRE_VALUE: return ACQUIRE;
			case RELEASE_VALUE: return RELEASE;
			case TRY_ACQUIRE_VALUE: return TRY_ACQUIRE;
			case ASSERT_HELD_VALUE: return ASSERT_HELD;
			case ASSERT_NOT_HELD_VALUE: return ASSERT_NOT_HELD;
			case IS_HELD_VALUE: return IS_HELD;
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
	private LockOpKind(int value, String name, String literal) {
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
	
} //LockOpKind
