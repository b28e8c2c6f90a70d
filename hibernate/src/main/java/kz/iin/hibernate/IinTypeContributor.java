package kz.iin.hibernate;

import java.sql.Types;
import org.hibernate.boot.model.TypeContributions;
import org.hibernate.boot.model.TypeContributor;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.engine.jdbc.spi.JdbcServices;
import org.hibernate.service.ServiceRegistry;
import org.hibernate.type.descriptor.jdbc.VarcharJdbcType;

/**
 * Makes {@link kz.iin.Iin} and {@link kz.iin.Bin} basic types (stored as their digits), and, on PostgreSQL,
 * lets schema validation accept the extension's domains {@code iin.iin} and {@code iin.bin} for text
 * attributes. Found by Hibernate through {@code META-INF/services}.
 *
 * <p>Why the domains need this: the driver reports a domain column as {@link Types#DISTINCT} with the
 * domain's name, never its base type, and Hibernate's validator resolves that type code alone. Mapping
 * DISTINCT to {@code varchar} makes every domain column acceptable for a {@code String}, {@code Iin} or
 * {@code Bin} attribute; it changes nothing else (result sets report a domain's base type, not DISTINCT).
 */
public final class IinTypeContributor implements TypeContributor {
    /** Created by Hibernate's service loader. */
    public IinTypeContributor() {
    }

    @Override
    public void contribute(TypeContributions contributions, ServiceRegistry serviceRegistry) {
        contributions.contributeJavaType(IdJavaType.IIN);
        contributions.contributeJavaType(IdJavaType.BIN);
        if (serviceRegistry.requireService(JdbcServices.class).getDialect() instanceof PostgreSQLDialect) {
            contributions.getTypeConfiguration().getJdbcTypeRegistry()
                    .addDescriptorIfAbsent(Types.DISTINCT, VarcharJdbcType.INSTANCE);
        }
    }
}
