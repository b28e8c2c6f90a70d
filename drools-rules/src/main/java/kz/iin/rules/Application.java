package kz.iin.rules;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The application for reissue.
 *
 * @param submitted how many of each paper were handed in; absent codes count as zero;
 *                  {@link DocumentCode#ADDRESS_REFERENCE_OR_HOUSE_REGISTER} counts as an address reference
 * @param stateFeeExempt the case system's answer to "is the applicant exempt from the state fee"; the grounds
 *                       are in the Tax Code, outside these rules
 */
public record Application(boolean surrendersPreviousDocuments, boolean governmentForCitizensOfficeAtResidence,
                          Map<DocumentCode, Integer> submitted, boolean stateFeeExempt) {
    public Application {
        Objects.requireNonNull(submitted, "application.submitted");
        EnumMap<DocumentCode, Integer> copy = new EnumMap<>(DocumentCode.class);
        submitted.forEach((code, count) -> {
            Objects.requireNonNull(code, "application.submitted: null code");
            if (count == null || count < 0) {
                throw new IllegalArgumentException("application.submitted." + code + ": expected a count >= 0");
            }
            // The older, coarser code names an address reference.
            DocumentCode as = code == DocumentCode.ADDRESS_REFERENCE_OR_HOUSE_REGISTER ? DocumentCode.ADDRESS_REFERENCE : code;
            copy.merge(as, count, Integer::sum);
        });
        submitted = Collections.unmodifiableMap(copy);
    }

    public Application(boolean surrendersPreviousDocuments, boolean governmentForCitizensOfficeAtResidence,
                       Map<DocumentCode, Integer> submitted) {
        this(surrendersPreviousDocuments, governmentForCitizensOfficeAtResidence, submitted, false);
    }

    /** Number of {@code code} papers submitted, 0 when none. */
    public int count(DocumentCode code) {
        return submitted.getOrDefault(code, 0);
    }
}
