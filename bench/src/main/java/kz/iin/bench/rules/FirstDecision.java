package kz.iin.bench.rules;

import java.io.StringReader;
import java.lang.management.ManagementFactory;

import kz.iin.rules.Decision;
import kz.iin.rules.EligibilityService;
import kz.iin.rules.json.CaseJson;

/**
 * Cold start: reads one case, decides it, prints the milliseconds since the JVM started and exits.
 * bench/rules-coldstart.sh runs it against the build-time rule unit and against the same DRL compiled at run
 * time.
 */
public final class FirstDecision {
    private FirstDecision() {
    }

    public static void main(String[] args) throws Exception {
        String json = """
                {"asOf": "2014-03-01",
                 "applicant": {"iin": null, "citizenship": "KZ", "permanentResident": true,
                               "birthDate": "1975-03-04", "sex": "MALE"},
                 "document": {"type": "ID_CARD", "issued": "1996-05-20", "iinPrinted": false},
                 "application": {"surrendersPreviousDocuments": true, "governmentForCitizensOfficeAtResidence": true,
                                 "submitted": {"ID_COPY": 1, "ID_ORIGINAL": 1,
                                               "ADDRESS_REFERENCE_OR_HOUSE_REGISTER": 1, "PHOTOS": 2}}}
                """;
        Decision d = new EligibilityService().decide(CaseJson.read(new StringReader(json)));
        long sinceStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        if (d.fee() == null) {
            throw new IllegalStateException("unexpected decision");
        }
        System.out.println(sinceStart);
    }
}
