package kz.iin.hibernate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of table citizen; its iin column is of the domain iin.iin, its field a String (no Java-side check). */
@Entity
@Table(name = "citizen")
public class Citizen {
    @Id
    Long id;
    String name;
    String iin;

    protected Citizen() {
    }

    Citizen(long id, String name, String iin) {
        this.id = id;
        this.name = name;
        this.iin = iin;
    }
}
