/**
 * Hibernate ORM 7 support for the PostgreSQL extension {@code iin}, registered by Hibernate's service loader
 * (no configuration): {@link kz.iin.Iin} and {@link kz.iin.Bin} attribute types, the {@code iin.iin} and
 * {@code iin.bin} domains accepted by {@code hibernate.hbm2ddl.auto=validate}, and the extension's functions
 * in HQL and Criteria under their SQL names. docs/java.md ("Hibernate") shows them in use.
 */
package kz.iin.hibernate;
