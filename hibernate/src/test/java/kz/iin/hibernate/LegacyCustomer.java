package kz.iin.hibernate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Optional;
import kz.iin.Iin;

/**
 * A table from before the domain: a varchar column where some rows hold numbers that are not valid. The
 * column is mapped as the String it is, and parsed on demand, so one bad row cannot fail a whole result list.
 */
@Entity
@Table(name = "legacy_customer")
public class LegacyCustomer {
    @Id
    Long id;
    String iin;

    protected LegacyCustomer() {
    }

    /** The number, when the stored text is a valid IIN; empty for the rows still to be cleaned up. */
    public Optional<Iin> iin() {
        return Iin.isValid(iin) ? Optional.of(Iin.parse(iin)) : Optional.empty();
    }
}
