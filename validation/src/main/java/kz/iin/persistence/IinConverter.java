package kz.iin.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import kz.iin.Iin;

/**
 * Stores a {@link Iin} as its 12 digits. Applied automatically to every {@code Iin} attribute of an
 * entity once the converter is known to the persistence unit. A stored value that is not a valid
 * IIN fails on loading with {@link kz.iin.InvalidIdException} naming the reason, never silently.
 */
@Converter(autoApply = true)
public final class IinConverter implements AttributeConverter<Iin, String> {
    /** Creates the converter; the persistence provider instantiates it. */
    public IinConverter() {
    }

    @Override
    public String convertToDatabaseColumn(Iin attribute) {
        return attribute == null ? null : attribute.value();
    }

    @Override
    public Iin convertToEntityAttribute(String column) {
        return column == null ? null : Iin.parse(column);
    }
}
