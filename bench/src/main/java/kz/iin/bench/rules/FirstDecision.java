package kz.iin.bench.rules;

import java.io.StringReader;
import java.lang.management.ManagementFactory;

import kz.iin.rules.Case;
import kz.iin.rules.Decision;
import kz.iin.rules.EligibilityService;
import kz.iin.rules.json.CaseJson;

/**
 * The first decision in a fresh JVM: reads one case from JSON, decides it and prints, in milliseconds since the
 * JVM started, the first decision, then the parts: JVM start to main, reading the case, creating the service,
 * the decision; last the CPU time the process used until then (all threads), which a loaded machine inflates
 * less than the wall time. bench/rules/first-decision.sh runs it.
 */
public final class FirstDecision {
    private FirstDecision() {
    }

    public static void main(String[] args) throws Exception {
        long start = ManagementFactory.getRuntimeMXBean().getStartTime();
        long main = System.currentTimeMillis();
        String json = """
                {"asOf": "2017-03-01",
                 "applicant": {"iin": "750304300018", "citizenship": "KZ", "birthDate": "1975-03-04", "sex": "M"},
                 "document": {"type": "ID_CARD", "issued": "1996-05-20", "iinPrinted": false},
                 "application": {"surrendersPreviousDocuments": false, "governmentForCitizensOfficeAtResidence": true,
                                 "submitted": {"ID_COPY": 1, "ID_ORIGINAL": 1, "HOUSE_REGISTER_COPY": 1, "PHOTOS": 1}}}
                """;
        Case c = CaseJson.read(new StringReader(json));
        long read = System.currentTimeMillis();
        EligibilityService service = EligibilityService.shared();
        long created = System.currentTimeMillis();
        Decision d = service.decide(c);
        long decided = System.currentTimeMillis();
        if (d.fee() == null) {
            throw new IllegalStateException("unexpected decision");
        }
        long cpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1_000_000;
        System.out.println((decided - start) + " " + (main - start) + " " + (read - main) + " " + (created - read)
                + " " + (decided - created) + " " + cpu);
    }
}
