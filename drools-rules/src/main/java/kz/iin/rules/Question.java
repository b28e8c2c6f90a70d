package kz.iin.rules;

import kz.iin.rules.conclusions.MissingDocument;
import kz.iin.rules.conclusions.Note;

/**
 * What a {@link Decision} answers, in the order decisions are written and explained. The one place that names
 * them: a rule's {@link kz.iin.rules.conclusions.Conclusion} says which it answers and with a value of
 * {@link #type()}, {@link Reason}s point at them, JSON and explanations use their names. {@link #FINDINGS} is
 * not a question but is concluded and credited to rules the same way.
 */
public enum Question {
    DOCUMENT_VALID("documentValid", "Document valid", Boolean.class),
    REISSUE_REQUIRED("reissueRequired", "Reissue required", Boolean.class),
    REISSUE_AVAILABLE("reissueAvailable", "Reissue available", Boolean.class),
    FEE("fee", "Fee", Fee.class),
    AGENCY("agency", "Apply to", Agency.class),
    MISSING_DOCUMENTS("missingDocuments", "Missing document", MissingDocument.class),
    FINDINGS("findings", "Finding", Note.class);

    private final String jsonName;
    private final String label;
    private final Class<?> type;

    Question(String jsonName, String label, Class<?> type) {
        this.jsonName = jsonName;
        this.label = label;
        this.type = type;
    }

    /** The field name in the decision's JSON form. */
    public String jsonName() {
        return jsonName;
    }

    /** The words an explanation starts the answer with. */
    public String label() {
        return label;
    }

    /** The class of a conclusion's value for this question. */
    public Class<?> type() {
        return type;
    }

    /** A conclusion a case system acts on; withheld (null) when an ERROR finding is present. */
    public boolean isConclusion() {
        return this != FINDINGS;
    }

    /** Answered by one value; the others collect every value the rules conclude (a list). */
    public boolean singleValued() {
        return this != MISSING_DOCUMENTS && this != FINDINGS;
    }

    /** Asked for every case the rules decide; the others only when a reissue is available. */
    public boolean alwaysAnswered() {
        return this == DOCUMENT_VALID || this == REISSUE_REQUIRED || this == REISSUE_AVAILABLE;
    }
}
