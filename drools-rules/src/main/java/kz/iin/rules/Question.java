package kz.iin.rules;

/**
 * What a {@link Decision} answers, in the order decisions are written and explained. The one place that names
 * them: conclusions say which they answer, {@link Reason}s point at them, JSON and explanations use their names.
 * {@link #FINDINGS} is not a question but is credited to rules the same way.
 */
public enum Question {
    DOCUMENT_VALID("documentValid", "Document valid"),
    REISSUE_REQUIRED("reissueRequired", "Reissue required"),
    REISSUE_AVAILABLE("reissueAvailable", "Reissue available"),
    FEE("fee", "Fee"),
    AGENCY("agency", "Apply to"),
    MISSING_DOCUMENTS("missingDocuments", "Missing document"),
    FINDINGS("findings", "Finding");

    private final String jsonName;
    private final String label;

    Question(String jsonName, String label) {
        this.jsonName = jsonName;
        this.label = label;
    }

    /** The field name in the decision's JSON form. */
    public String jsonName() {
        return jsonName;
    }

    /** The words an explanation starts the answer with. */
    public String label() {
        return label;
    }

    /** A conclusion a case system acts on; withheld (null) when an ERROR finding is present. */
    public boolean isConclusion() {
        return this != FINDINGS;
    }

    /** Asked for every case the rules decide; the others only when a reissue is available. */
    public boolean alwaysAnswered() {
        return this == DOCUMENT_VALID || this == REISSUE_REQUIRED || this == REISSUE_AVAILABLE;
    }
}
