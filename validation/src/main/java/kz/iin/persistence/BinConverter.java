package kz.iin.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import kz.iin.Bin;

/**
 * Stores a {@link Bin} as its 12 digits. Applied automatically to every {@code Bin} attribute of an
 * entity once the converter is known to the persistence unit. A stored value that is not a valid
 * BIN fails on loading with {@link kz.iin.InvalidIdException} naming the reason, never silently.
 */
@Converter(autoApply = true)
public final class BinConverter implements AttributeConverter<Bin, String> {
    /** Creates the converter; the persistence provider instantiates it. */
    public BinConverter() {
    }

    @Override
    public String convertToDatabaseColumn(Bin attribute) {
        return attribute == null ? null : attribute.value();
    }

    @Override
    public Bin convertToEntityAttribute(String column) {
        return column == null ? null : Bin.parse(column);
    }
}
