package kz.iin.hibernate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import kz.iin.Bin;
import kz.iin.Iin;

/** A row of table person (columns of the domains iin.iin and iin.bin) with typed fields: no converter needed. */
@Entity
@Table(name = "person")
public class Person {
    @Id
    Long id;
    Iin iin;
    Bin employer;

    protected Person() {
    }

    Person(long id, Iin iin, Bin employer) {
        this.id = id;
        this.iin = iin;
        this.employer = employer;
    }
}
