package kz.iin.rules.json;

/**
 * A case document that cannot be read, with the offending field: {@code "applicant.birthDate: expected an ISO
 * date YYYY-MM-DD"}. Messages never repeat the value found (it may be personal data).
 */
public class CaseFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String field;

    public CaseFormatException(String field, String problem) {
        super(field + ": " + problem);
        this.field = field;
    }

    public CaseFormatException(String field, String problem, Throwable cause) {
        super(field + ": " + problem, cause);
        this.field = field;
    }

    /** The path of the offending field, such as {@code application.submitted.PHOTOS}, or {@code (document)}. */
    public String field() {
        return field;
    }
}
