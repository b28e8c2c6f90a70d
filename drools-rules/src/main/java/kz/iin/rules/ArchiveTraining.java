package kz.iin.rules;

import java.util.List;

import kz.iin.rules.json.CaseFormatException;
import kz.iin.rules.json.CaseJson;

/**
 * The training run for a class-data archive of the rules: reads a few cases from JSON, decides them, writes the
 * decisions as JSON and text, and reads one malformed case, so that an archive recorded from this run holds what
 * an application's first decision loads (Jackson, the rule base, a rule-unit instance). Run it with the
 * application's own class path (docs/java.md, "Start-up"):
 *
 * <pre>
 * java -XX:ArchiveClassesAtExit=rules.jsa -cp APP_CLASS_PATH kz.iin.rules.ArchiveTraining
 * java -XX:SharedArchiveFile=rules.jsa -cp APP_CLASS_PATH my.app.Main
 * </pre>
 *
 * Prints nothing; exits non-zero if a decision is not the expected one, so a build step notices a broken archive
 * run rather than shipping an archive of a failed start.
 */
public final class ArchiveTraining {
    private ArchiveTraining() {
    }

    /** Cases for different paths through the rules: citizens, a foreigner, an invalid IIN (ERROR finding). */
    private static final List<String> CASES = List.of("""
            {"asOf": "2017-03-01",
             "applicant": {"iin": "750304300018", "citizenship": "KZ", "birthDate": "1975-03-04", "sex": "M"},
             "document": {"type": "ID_CARD", "issued": "1996-05-20", "iinPrinted": false},
             "application": {"surrendersPreviousDocuments": false, "governmentForCitizensOfficeAtResidence": true,
                             "submitted": {"ID_COPY": 1, "ID_ORIGINAL": 1, "HOUSE_REGISTER_COPY": 1, "PHOTOS": 1}}}
            """, """
            {"asOf": "2014-03-01",
             "applicant": {"iin": "750304300018", "citizenship": "KZ", "birthDate": "1975-03-04", "sex": "MALE"},
             "document": {"type": "PASSPORT", "issued": "2001-02-03", "iinPrinted": false},
             "application": {"surrendersPreviousDocuments": true, "governmentForCitizensOfficeAtResidence": false,
                             "submitted": {"ID_COPY": 1, "ID_ORIGINAL": 1, "ADDRESS_REFERENCE": 1, "PHOTOS": 2}}}
            """, """
            {"asOf": "2015-06-01",
             "applicant": {"iin": "881122400014", "citizenship": "RU", "permanentResident": true,
                           "birthDate": "1988-11-22", "sex": "F"},
             "document": {"type": "RESIDENCE_PERMIT", "issued": "2006-04-10", "iinPrinted": false},
             "application": {"surrendersPreviousDocuments": true, "governmentForCitizensOfficeAtResidence": true,
                             "submitted": {}}}
            """, """
            {"asOf": "2014-03-01",
             "applicant": {"iin": "750304300019", "citizenship": "KZ", "birthDate": "1975-03-04", "sex": "M"},
             "document": {"type": "ID_CARD", "issued": "1996-05-20", "iinPrinted": false},
             "application": {"surrendersPreviousDocuments": true, "governmentForCitizensOfficeAtResidence": true,
                             "submitted": {}}}
            """);

    /** Whether each case of {@link #CASES} is decided: the last one has an invalid IIN. */
    private static final List<Boolean> DECIDED = List.of(true, true, true, false);

    public static void main(String[] args) throws CaseFormatException {
        EligibilityService service = EligibilityService.shared();
        for (int i = 0; i < CASES.size(); i++) {
            Decision d = service.decide(CaseJson.read(CASES.get(i)));
            if (d.decided() != DECIDED.get(i) || CaseJson.write(d).isEmpty() || Explanation.toText(d).isEmpty()) {
                throw new IllegalStateException("training case " + (i + 1) + " was not decided as expected");
            }
        }
        try {
            CaseJson.read("{\"asOf\": \"2014-03-01\", \"unknown\": 1}");
            throw new IllegalStateException("a malformed training case was accepted");
        } catch (CaseFormatException expected) {
            // The error path is part of what a reader of untrusted JSON loads.
        }
        if (service.rules().isEmpty()) {
            throw new IllegalStateException("the rule base lists no rules");
        }
    }
}
