package kz.iin.hibernate;

import java.time.LocalDate;
import java.util.Locale;
import org.hibernate.type.BasicTypeReference;
import org.hibernate.type.StandardBasicTypes;

/**
 * The extension's one-argument SQL functions that HQL and Criteria know by their own names, with the Java
 * type each returns. Left out: {@code iin_decode}/{@code bin_decode} (composite results) and the
 * generators (several arguments, for test data); call those through native SQL.
 */
enum ExtensionFunction {
    IIN_IS_VALID(StandardBasicTypes.BOOLEAN),
    IIN_HAS_VALID_CHECK_DIGIT(StandardBasicTypes.BOOLEAN),
    IIN_ERROR(StandardBasicTypes.STRING),
    IIN_BIRTH_DATE(StandardBasicTypes.LOCAL_DATE),
    /** "M" or "F": {@link kz.iin.Sex#ofCode} reads it. */
    IIN_SEX(StandardBasicTypes.STRING),
    IIN_CHECK_DIGIT(StandardBasicTypes.INTEGER),
    IIN_MASK(StandardBasicTypes.STRING),
    IIN_COMPACT(StandardBasicTypes.STRING),
    IIN_KIND(StandardBasicTypes.STRING),
    BIN_IS_VALID(StandardBasicTypes.BOOLEAN),
    BIN_HAS_VALID_CHECK_DIGIT(StandardBasicTypes.BOOLEAN),
    BIN_ERROR(StandardBasicTypes.STRING),
    BIN_REGISTERED(StandardBasicTypes.LOCAL_DATE),
    /** An {@link kz.iin.EntityType} name: {@code EntityType.valueOf} reads it. */
    BIN_TYPE(StandardBasicTypes.STRING),
    /** A {@link kz.iin.Division} name: {@code Division.valueOf} reads it. */
    BIN_DIVISION(StandardBasicTypes.STRING),
    BIN_CHECK_DIGIT(StandardBasicTypes.INTEGER);

    /** The schema every function of the extension lives in ({@code iin.control}: relocatable = false). */
    static final String SCHEMA = "iin";

    private final BasicTypeReference<?> result;

    ExtensionFunction(BasicTypeReference<?> result) {
        this.result = result;
    }

    /** The name in SQL and in HQL, e.g. {@code iin_birth_date}. */
    String sqlName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The schema-qualified name rendered into SQL, so it resolves whatever the search_path is. */
    String qualifiedName() {
        return SCHEMA + "." + sqlName();
    }

    /** What the function returns in Java: Boolean, String, Integer or {@link LocalDate}. */
    BasicTypeReference<?> result() {
        return result;
    }
}
