package kz.iin.hibernate;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import kz.iin.Bin;
import kz.iin.Iin;
import org.junit.jupiter.api.Test;

/** Hibernate's trace of bound values (org.hibernate.orm.jdbc.bind) shows Iin and Bin masked, Strings as they are. */
class BoundValuesLogIT {
    @Test
    void typedNumbersAreMaskedInTheTraceOfBoundValues() throws Exception {
        Iin iin = Iin.parse("900101300007");
        Logger bind = Logger.getLogger("org.hibernate.orm.jdbc.bind");
        Level before = bind.getLevel();
        bind.setLevel(Level.FINEST);
        try (WhatWasSaid said = new WhatWasSaid();
             EntityManagerFactory db = Database.open(Database.url(Database.cluster(), ""), Map.of(),
                     Person.class, PersonRow.class)) {
            db.runInTransaction(em -> em.persist(new Person(6001, iin, Bin.parse("990151000007"))));
            String typed = said.logAnd(new Throwable("end of the typed insert"));
            db.runInTransaction(em -> em.persist(new PersonRow(6002, "850715400109", null)));
            String all = said.logAnd(new Throwable("end"));

            assertThat(typed).contains("binding parameter").contains(iin.masked()).doesNotContain(iin.value())
                    .doesNotContain("990151000007");
            assertThat(all).as("a String field is logged as it is").contains("850715400109");
        } finally {
            bind.setLevel(before);
        }
    }
}
