/**
 * JPA attribute converters that store {@link kz.iin.Iin} and {@link kz.iin.Bin} values as their digits.
 * Needs {@code jakarta.persistence-api} at run time; the constraints in {@code kz.iin.validation} do not.
 */
package kz.iin.persistence;
