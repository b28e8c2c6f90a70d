package kz.iin.hibernate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The same table person with String fields, as most applications map it. */
@Entity
@Table(name = "person")
public class PersonRow {
    @Id
    Long id;
    String iin;
    String employer;

    protected PersonRow() {
    }

    PersonRow(long id, String iin, String employer) {
        this.id = id;
        this.iin = iin;
        this.employer = employer;
    }
}
