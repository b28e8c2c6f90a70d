package kz.iin.hibernate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of table registered, whose iin column (domain iin.iin) is unique. */
@Entity
@Table(name = "registered")
public class Registered {
    @Id
    Long id;
    String iin;

    protected Registered() {
    }

    Registered(long id, String iin) {
        this.id = id;
        this.iin = iin;
    }
}
