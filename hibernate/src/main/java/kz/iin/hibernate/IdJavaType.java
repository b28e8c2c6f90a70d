package kz.iin.hibernate;

import java.sql.Types;
import java.util.function.Function;
import kz.iin.Bin;
import kz.iin.Iin;
import kz.iin.TaxpayerId;
import org.hibernate.dialect.Dialect;
import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.AbstractClassJavaType;
import org.hibernate.type.descriptor.jdbc.JdbcType;
import org.hibernate.type.descriptor.jdbc.JdbcTypeIndicators;

/**
 * {@link Iin} or {@link Bin} as a basic Hibernate type stored as its 12 digits, so that entity fields of
 * these types need no converter. A stored value that is not valid fails on loading with
 * {@link kz.iin.InvalidIdException} naming the reason (docs/java.md, "Legacy rows", says how to read such
 * tables); Hibernate's logs of bound values show the masked number.
 *
 * @param <T> {@code Iin} or {@code Bin}
 */
final class IdJavaType<T extends TaxpayerId> extends AbstractClassJavaType<T> {
    private static final long serialVersionUID = 1L;

    static final IdJavaType<Iin> IIN = new IdJavaType<>(Iin.class, Iin::parse);
    static final IdJavaType<Bin> BIN = new IdJavaType<>(Bin.class, Bin::parse);

    private final transient Function<String, T> parse;

    private IdJavaType(Class<T> type, Function<String, T> parse) {
        super(type);
        this.parse = parse;
    }

    @Override
    public JdbcType getRecommendedJdbcType(JdbcTypeIndicators indicators) {
        return indicators.getJdbcType(Types.VARCHAR);
    }

    /** The column {@code create} would make is varchar(12); the extension's domain is the better column type. */
    @Override
    public long getDefaultSqlLength(Dialect dialect, JdbcType jdbcType) {
        return 12;
    }

    @Override
    public String toString(T value) {
        return value.value();
    }

    @Override
    public T fromString(CharSequence digits) {
        return parse.apply(digits.toString());
    }

    @Override
    public String extractLoggableRepresentation(T value) {
        return value == null ? "null" : value.masked();
    }

    @Override
    public <X> X unwrap(T value, Class<X> type, WrapperOptions options) {
        if (value == null) {
            return null;
        }
        if (type.isAssignableFrom(String.class)) {
            return type.cast(value.value());
        }
        throw unknownUnwrap(type);
    }

    @Override
    public <X> T wrap(X value, WrapperOptions options) {
        if (value == null) {
            return null;
        }
        if (getJavaTypeClass().isInstance(value)) {
            return getJavaTypeClass().cast(value);
        }
        if (value instanceof String digits) {
            return parse.apply(digits);
        }
        throw unknownWrap(value.getClass());
    }
}
