package com.example.reissue;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceConfiguration;
import org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl;
import org.hibernate.jpa.HibernatePersistenceProvider;

/** The desk's persistence unit: nothing of the toolkit to configure, only two settings worth having. */
public final class DeskDatabase {
    private DeskDatabase() {
    }

    /** Opens the persistence unit on a PostgreSQL database where CREATE EXTENSION iin ran and schema.sql applied. */
    public static EntityManagerFactory open(String jdbcUrl) {
        return new PersistenceConfiguration("reissue-desk")
                .provider(HibernatePersistenceProvider.class.getName())
                .managedClass(Citizen.class)
                // pgjdbc otherwise copies bound values and the server's DETAIL (the numbers) into exceptions
                // that Hibernate logs at WARN.
                .property(PersistenceConfiguration.JDBC_URL, jdbcUrl
                        + (jdbcUrl.contains("?") ? "&" : "?") + "logServerErrorDetail=false")
                // The table is the migration's (schema.sql); Hibernate checks it matches the entity.
                .property("hibernate.hbm2ddl.auto", "validate")
                .property("hibernate.jdbc.batch_size", "20")
                // birthDate is column birth_date, as in schema.sql.
                .property("hibernate.physical_naming_strategy", PhysicalNamingStrategySnakeCaseImpl.class.getName())
                .createEntityManagerFactory();
    }
}
