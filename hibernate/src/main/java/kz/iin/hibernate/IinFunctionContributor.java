package kz.iin.hibernate;

import org.hibernate.boot.model.FunctionContributions;
import org.hibernate.boot.model.FunctionContributor;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.query.sqm.produce.function.FunctionParameterType;
import org.hibernate.type.BasicTypeRegistry;

/**
 * Registers the extension's functions ({@link ExtensionFunction}) in HQL and Criteria under their SQL names,
 * typed: {@code where iin_is_valid(c.iin)} is a predicate, {@code iin_birth_date(c.iin)} a {@code LocalDate}.
 * Found by Hibernate through {@code META-INF/services}; does nothing on databases other than PostgreSQL.
 */
public final class IinFunctionContributor implements FunctionContributor {
    /** Created by Hibernate's service loader. */
    public IinFunctionContributor() {
    }

    @Override
    public void contributeFunctions(FunctionContributions contributions) {
        if (!(contributions.getDialect() instanceof PostgreSQLDialect)) {
            return;
        }
        BasicTypeRegistry types = contributions.getTypeConfiguration().getBasicTypeRegistry();
        for (ExtensionFunction function : ExtensionFunction.values()) {
            contributions.getFunctionRegistry()
                    .namedDescriptorBuilder(function.sqlName(), function.qualifiedName())
                    .setExactArgumentCount(1)
                    .setParameterTypes(FunctionParameterType.STRING)
                    .setInvariantType(types.resolve(function.result()))
                    .register();
        }
    }
}
