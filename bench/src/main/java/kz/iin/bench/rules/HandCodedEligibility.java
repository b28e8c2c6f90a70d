package kz.iin.bench.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import kz.iin.rules.Agency;
import kz.iin.rules.Applicant;
import kz.iin.rules.Application;
import kz.iin.rules.Case;
import kz.iin.rules.Citizenship;
import kz.iin.rules.Decision;
import kz.iin.rules.Document;
import kz.iin.rules.DocumentCode;
import kz.iin.rules.DocumentType;
import kz.iin.rules.Fee;
import kz.iin.rules.Finding;
import kz.iin.rules.FiredRule;
import kz.iin.rules.Reason;
import kz.iin.rules.Severity;
import kz.iin.rules.authoring.IdNumber;

/**
 * The eligibility decision of kz/iin/rules/*.drl written as plain Java: the limit the rules are measured
 * against. It produces the same {@link Decision} (fields, findings, fired rules and reasons; only the order
 * of fired rules and reasons may differ), checked by {@code HandCodedAgreesWithRulesTest}. The rules' titles
 * and citations are passed in, read once from the rules' own decisions: metadata is not what is timed.
 */
public final class HandCodedEligibility {
    private static final LocalDate LAW = LocalDate.of(2007, 1, 12);
    private static final LocalDate REISSUE_STARTS = LocalDate.of(2008, 8, 13);
    private static final LocalDate INVALID_FROM = LocalDate.of(2013, 1, 1);

    private final Map<String, FiredRule> rules;

    public HandCodedEligibility(Map<String, FiredRule> rules) {
        this.rules = Map.copyOf(rules);
    }

    private final class Run {
        final List<FiredRule> fired = new ArrayList<>(12);
        final List<Reason> reasons = new ArrayList<>(10);
        final List<Finding> findings = new ArrayList<>(2);

        void fire(String name) {
            fired.add(rule(name));
        }

        void conclude(String name, String field, String value) {
            FiredRule r = rule(name);
            fired.add(r);
            reasons.add(new Reason(field, value, r));
        }

        void note(String name, String code, Severity severity, String message) {
            FiredRule r = rule(name);
            reasons.add(new Reason("findings", severity + " " + code, r));
            findings.add(new Finding(code, severity, message, r.citation()));
        }
    }

    private FiredRule rule(String name) {
        FiredRule r = rules.get(name);
        if (r == null) {
            throw new IllegalStateException("no metadata for rule " + name);
        }
        return r;
    }

    public Decision decide(Case c) {
        Run run = new Run();
        LocalDate asOf = c.asOf();
        Applicant a = c.applicant();
        Document doc = c.document();
        Application app = c.application();
        if (asOf.isBefore(LAW)) {
            run.fire("CASE-02");
            run.note("CASE-02", "OUT_OF_SCOPE", Severity.ERROR,
                    "The as-of date is before 12 Jan 2007, when Law No 223 took effect; these rules do not decide such cases.");
            return new Decision(null, null, null, null, null, List.of(), run.findings, run.fired, run.reasons);
        }
        boolean lacks = !doc.iinPrinted();
        boolean birthCertificate = doc.type() == DocumentType.BIRTH_CERTIFICATE;
        boolean citizen = a.citizenship() == Citizenship.KZ;
        boolean residentAlien = !citizen && a.permanentResident();
        run.fire(lacks ? "CLS-01" : "CLS-02");
        run.fire(birthCertificate ? "CLS-03" : "CLS-04");
        run.fire(citizen ? "CLS-05" : residentAlien ? "CLS-06" : "CLS-07");

        boolean valid;
        boolean required;
        if (!lacks) {
            valid = true;
            required = false;
            run.conclude("VALID-01", "documentValid", "true");
            run.conclude("REISSUE-02", "reissueRequired", "false");
        } else if (birthCertificate) {
            valid = true;
            required = false;
            run.conclude("VALID-02", "documentValid", "true");
            run.conclude("REISSUE-03", "reissueRequired", "false");
        } else {
            valid = asOf.isBefore(INVALID_FROM);
            required = true;
            run.conclude(valid ? "VALID-03" : "VALID-04", "documentValid", Boolean.toString(valid));
            run.conclude("REISSUE-01", "reissueRequired", "true");
        }

        boolean available = false;
        if (!required) {
            run.conclude("AVAIL-05", "reissueAvailable", "false");
        } else if (asOf.isBefore(REISSUE_STARTS)) {
            run.conclude("AVAIL-03", "reissueAvailable", "false");
            run.note("AVAIL-03", "REISSUE_NOT_YET_STARTED", Severity.INFO,
                    "Reissue of documents without an IIN starts on 13 Aug 2008; apply from that date.");
        } else if (citizen || residentAlien) {
            available = true;
            run.conclude(citizen ? "AVAIL-01" : "AVAIL-02", "reissueAvailable", "true");
        } else {
            run.conclude("AVAIL-04", "reissueAvailable", "false");
            run.note("AVAIL-04", "NOT_COVERED_NON_RESIDENT", Severity.WARNING,
                    "The exchange procedure covers foreigners and stateless persons residing permanently in Kazakhstan only; this applicant does not reside permanently.");
        }

        Fee fee = null;
        Agency agency = null;
        EnumSet<DocumentCode> missing = EnumSet.noneOf(DocumentCode.class);
        if (available) {
            if (app.surrendersPreviousDocuments()) {
                fee = Fee.FREE;
                run.conclude("FEE-01", "fee", "FREE");
            } else if (app.stateFeeExempt()) {
                fee = Fee.EXEMPT;
                run.conclude("FEE-03", "fee", "EXEMPT");
            } else {
                fee = Fee.STATE_FEE;
                run.conclude("FEE-02", "fee", "STATE_FEE");
            }
            if (citizen) {
                boolean office = app.governmentForCitizensOfficeAtResidence();
                agency = office ? Agency.GOVERNMENT_FOR_CITIZENS : Agency.JUSTICE;
                run.conclude(office ? "AGENCY-01" : "AGENCY-02", "agency", agency.name());
            } else {
                agency = Agency.INTERNAL_AFFAIRS;
                run.conclude("AGENCY-03", "agency", agency.name());
            }
            missing(run, missing, app, DocumentCode.ID_COPY, 1, "DOCS-01");
            missing(run, missing, app, DocumentCode.ID_ORIGINAL, 1, "DOCS-02");
            missing(run, missing, app, DocumentCode.ADDRESS_REFERENCE_OR_HOUSE_REGISTER, 1, "DOCS-03");
            missing(run, missing, app, DocumentCode.PHOTOS, 2, "DOCS-04");
        }

        IdNumber iin = a.iin();
        if (!iin.isPresent()) {
            run.fire("IIN-05");
            run.note("IIN-05", "IIN_NOT_GIVEN", Severity.INFO, "No IIN was given for the applicant.");
        } else if (!iin.isValid()) {
            run.fire("IIN-01");
            run.note("IIN-01", "IIN_INVALID", Severity.ERROR,
                    "The applicant's IIN is not valid: " + iin.getError().description() + ".");
        } else if (iin.isBin()) {
            run.fire("IIN-02");
            run.note("IIN-02", "IIN_IS_BIN", Severity.ERROR,
                    "The applicant's IIN is a business identification number (BIN), not an individual's IIN.");
        } else {
            if (!iin.asIin().birthDate().equals(a.birthDate())) {
                run.fire("IIN-03");
                run.note("IIN-03", "IIN_BIRTH_DATE_DIFFERS", Severity.INFO,
                        "The birth date encoded in the IIN differs from the documents; since 2013 the IIN's digits are not bound to the person's data, so this is not an error.");
            }
            if (iin.asIin().sex() != a.sex()) {
                run.fire("IIN-04");
                run.note("IIN-04", "IIN_SEX_DIFFERS", Severity.INFO,
                        "The sex encoded in the IIN differs from the documents; since 2013 the IIN's digits are not bound to the person's data, so this is not an error.");
            }
        }
        if (doc.dateIssued().isAfter(asOf)) {
            run.fire("CASE-01");
            run.note("CASE-01", "DOCUMENT_ISSUED_AFTER_AS_OF", Severity.ERROR,
                    "The document's issue date is after the as-of date.");
        }
        return new Decision(valid, required, available, fee, agency, List.copyOf(missing), run.findings,
                run.fired, run.reasons);
    }

    private void missing(Run run, EnumSet<DocumentCode> missing, Application app, DocumentCode code, int need,
                         String rule) {
        if (app.count(code) < need) {
            missing.add(code);
            run.conclude(rule, "missingDocuments", code.name());
        }
    }
}
