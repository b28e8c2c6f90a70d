package kz.iin.bench.rules;

import java.time.LocalDate;
import java.util.ArrayList;
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
import kz.iin.rules.Question;
import kz.iin.rules.Reason;
import kz.iin.rules.Severity;
import kz.iin.rules.authoring.IdNumber;
import kz.iin.rules.conclusions.MissingDocument;

/**
 * The eligibility decision of kz/iin/rules/*.drl written as plain Java: the limit the rules are measured
 * against. It produces the same {@link Decision} (fields, findings, fired rules and reasons; only the order
 * of fired rules and reasons may differ), checked by {@code HandCodedAgreesWithRulesTest}. The rules' titles
 * and citations are passed in, read once from the rules' own decisions: metadata is not what is timed.
 */
public final class HandCodedEligibility {
    private static final LocalDate LAW = LocalDate.of(2007, 1, 12);
    private static final LocalDate RULES_OF_FORMING = LocalDate.of(2007, 8, 13);
    private static final LocalDate REISSUE_STARTS = LocalDate.of(2008, 8, 13);
    private static final LocalDate INVALID_FROM = LocalDate.of(2013, 1, 1);
    private static final LocalDate DECREE_853 = LocalDate.of(2013, 8, 26);
    private static final LocalDate TAX_CODE_2008 = LocalDate.of(2009, 1, 1);
    private static final LocalDate TAX_CODE_2017 = LocalDate.of(2018, 1, 1);
    private static final LocalDate TAX_CODE_2026 = LocalDate.of(2026, 1, 1);
    private static final LocalDate GOVERNMENT_FOR_CITIZENS = LocalDate.of(2016, 5, 1);

    private final Map<String, FiredRule> rules;

    public HandCodedEligibility(Map<String, FiredRule> rules) {
        this.rules = Map.copyOf(rules);
    }

    private final class Run {
        final List<FiredRule> fired = new ArrayList<>(12);
        final List<Reason> reasons = new ArrayList<>(10);
        final List<Finding> findings = new ArrayList<>(2);
        boolean error;

        void fire(String name) {
            fired.add(rule(name));
        }

        void conclude(String name, Question question, String value) {
            FiredRule r = rule(name);
            fired.add(r);
            reasons.add(new Reason(question, value, r));
        }

        /** A finding of a rule already fired. */
        void note(String name, String code, Severity severity, String field, String message) {
            FiredRule r = rule(name);
            reasons.add(new Reason(Question.FINDINGS, severity + " " + code, r));
            findings.add(new Finding(code, severity, field, message, r.citation()));
            error |= severity == Severity.ERROR;
        }

        /** A rule whose only consequence is a finding. */
        void finding(String name, String code, Severity severity, String field, String message) {
            fire(name);
            note(name, code, severity, field, message);
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
            run.finding("CASE-02", "OUT_OF_SCOPE", Severity.ERROR, null,
                    "The as-of date is before 12 Jan 2007, the date of Law No 223-III; these rules do not decide such cases.");
            return new Decision(null, null, null, null, null, null, run.findings, run.fired, run.reasons);
        }
        boolean lacks = !doc.iinPrinted();
        boolean birthCertificate = doc.type() == DocumentType.BIRTH_CERTIFICATE;
        boolean citizen = a.citizenship() == Citizenship.KZ;
        boolean residentAlien = !citizen && a.permanentResident();
        run.fire(lacks ? "CLS-01" : "CLS-02");
        run.fire(birthCertificate ? "CLS-03" : "CLS-04");
        run.fire(citizen ? "CLS-05" : residentAlien ? "CLS-06" : "CLS-07");
        if (!citizen && !residentAlien) {
            run.finding("SCOPE-01", "NOT_COVERED_NON_RESIDENT", Severity.ERROR, null,
                    "The law and the procedure cover citizens and foreigners or stateless persons residing permanently in Kazakhstan; this applicant does not reside permanently, so these rules do not decide the case.");
        }

        boolean valid;
        boolean required;
        if (!lacks) {
            valid = true;
            required = false;
            run.conclude("VALID-01", Question.DOCUMENT_VALID, "true");
            run.conclude("REISSUE-02", Question.REISSUE_REQUIRED, "false");
        } else if (birthCertificate) {
            valid = true;
            required = false;
            run.conclude("VALID-02", Question.DOCUMENT_VALID, "true");
            run.conclude("REISSUE-03", Question.REISSUE_REQUIRED, "false");
        } else {
            valid = asOf.isBefore(INVALID_FROM);
            required = true;
            run.conclude(valid ? "VALID-03" : "VALID-04", Question.DOCUMENT_VALID, Boolean.toString(valid));
            run.conclude("REISSUE-01", Question.REISSUE_REQUIRED, "true");
        }

        boolean available = false;
        if (!required) {
            run.conclude("AVAIL-05", Question.REISSUE_AVAILABLE, "false");
        } else if (asOf.isBefore(REISSUE_STARTS)) {
            run.conclude("AVAIL-03", Question.REISSUE_AVAILABLE, "false");
            run.note("AVAIL-03", "REISSUE_NOT_YET_STARTED", Severity.INFO, null,
                    "Reissue of documents without an IIN starts on 13 Aug 2008; apply from that date.");
        } else if (citizen || residentAlien) {
            available = true;
            run.conclude(citizen ? "AVAIL-01" : "AVAIL-02", Question.REISSUE_AVAILABLE, "true");
        }

        Fee fee = null;
        Agency agency = null;
        List<MissingDocument> missing = new ArrayList<>(4);
        if (available) {
            if (app.surrendersPreviousDocuments()) {
                fee = Fee.FREE;
                run.conclude("FEE-01", Question.FEE, "FREE");
            } else if (app.stateFeeExempt()) {
                fee = Fee.EXEMPT;
                String rule = asOf.isBefore(TAX_CODE_2008) ? "FEE-03" : asOf.isBefore(TAX_CODE_2017) ? "FEE-07"
                        : asOf.isBefore(TAX_CODE_2026) ? "FEE-08" : "FEE-09";
                run.conclude(rule, Question.FEE, "EXEMPT");
            } else {
                fee = Fee.STATE_FEE;
                String rule = asOf.isBefore(TAX_CODE_2008) ? "FEE-02" : asOf.isBefore(TAX_CODE_2017) ? "FEE-04"
                        : asOf.isBefore(TAX_CODE_2026) ? "FEE-05" : "FEE-06";
                run.conclude(rule, Question.FEE, "STATE_FEE");
            }
            if (citizen) {
                boolean corporation = !asOf.isBefore(GOVERNMENT_FOR_CITIZENS);
                boolean office = corporation && app.governmentForCitizensOfficeAtResidence();
                agency = office ? Agency.GOVERNMENT_FOR_CITIZENS : Agency.JUSTICE;
                run.conclude(!corporation ? "AGENCY-04" : office ? "AGENCY-01" : "AGENCY-02", Question.AGENCY,
                        agency.name());
                missing(run, missing, app.count(DocumentCode.ID_COPY) < 1, new MissingDocument(DocumentCode.ID_COPY),
                        "DOCS-01");
                missing(run, missing, app.count(DocumentCode.ID_ORIGINAL) < 1,
                        new MissingDocument(DocumentCode.ID_ORIGINAL), "DOCS-02");
                boolean reference = app.count(DocumentCode.ADDRESS_REFERENCE) >= 1;
                boolean copy = app.count(DocumentCode.HOUSE_REGISTER_COPY) >= 1;
                boolean original = app.count(DocumentCode.HOUSE_REGISTER_ORIGINAL) >= 1;
                missing(run, missing, !reference && !copy && !original,
                        new MissingDocument(DocumentCode.ADDRESS_REFERENCE_OR_HOUSE_REGISTER), "DOCS-03");
                missing(run, missing, !reference && copy && !original,
                        new MissingDocument(DocumentCode.HOUSE_REGISTER_ORIGINAL), "DOCS-05");
                missing(run, missing, !reference && !copy && original,
                        new MissingDocument(DocumentCode.HOUSE_REGISTER_COPY), "DOCS-06");
                int photos = app.count(DocumentCode.PHOTOS);
                if (photos < 2) {
                    missing(run, missing, true, new MissingDocument(DocumentCode.PHOTOS, 2 - photos, 2), "DOCS-04");
                }
            } else {
                agency = Agency.INTERNAL_AFFAIRS;
                run.conclude("AGENCY-03", Question.AGENCY, agency.name());
                run.finding("DOCS-07", "PAPERS_SET_BY_INTERNAL_AFFAIRS", Severity.INFO, null,
                        "The source lists the papers to submit only for applicants at the Government-for-Citizens office or the justice agency; for foreigners and stateless persons the internal affairs agency decides which papers it needs, so none are listed as missing.");
            }
        }

        iin(run, a, asOf);
        cases(run, a, doc, asOf, citizen);
        if (run.error) {
            run.reasons.removeIf(r -> r.question().isConclusion());
            return new Decision(null, null, null, null, null, null, run.findings, run.fired, run.reasons);
        }
        missing.sort((x, y) -> x.code().compareTo(y.code()));
        return new Decision(valid, required, available, fee, agency, missing, run.findings, run.fired, run.reasons);
    }

    private static void iin(Run run, Applicant a, LocalDate asOf) {
        IdNumber iin = a.iin();
        boolean rulesInForce = !asOf.isBefore(RULES_OF_FORMING);
        boolean bound = asOf.isBefore(DECREE_853);
        if (!iin.isPresent()) {
            run.finding("IIN-05", "IIN_NOT_GIVEN", Severity.INFO, "applicant.iin", "No IIN was given for the applicant.");
        } else if (!iin.isCheckDigitValid()) {
            run.finding(rulesInForce ? "IIN-01" : "IIN-10", "IIN_INVALID", Severity.ERROR, "applicant.iin",
                    "The applicant's IIN is not valid: " + iin.getCheckDigitError().description() + ".");
        } else if (iin.isBin()) {
            run.finding(rulesInForce ? "IIN-02" : "IIN-11", "IIN_IS_BIN", Severity.ERROR, "applicant.iin",
                    "The applicant's IIN is a business identification number (BIN), not an individual's IIN.");
        } else if (!rulesInForce) {
            return; // before the rules of forming numbers took effect nothing binds the digits to the person
        } else if (!iin.isValid()) {
            String what = iin.getError().description();
            if (bound) {
                run.finding("IIN-08", "IIN_NOT_CLASSIC", Severity.WARNING, "applicant.iin",
                        "The applicant's IIN is not in the classic structure (" + what + ") although its check digit matches; the rules of forming IINs then in force bound the digits to the person's data: confirm the number with the registry.");
            } else {
                run.finding("IIN-09", "IIN_NOT_CLASSIC", Severity.WARNING, "applicant.iin",
                        "The applicant's IIN is not in the classic structure (" + what + ") although its check digit matches; since 2013 the digits need not encode the person's data: confirm the number with the registry.");
            }
        } else {
            if (!iin.asIin().birthDate().equals(a.birthDate())) {
                if (bound) {
                    run.finding("IIN-06", "IIN_BIRTH_DATE_DIFFERS", Severity.WARNING, "applicant.iin",
                            "The birth date encoded in the IIN differs from the documents; at this date the IIN's digits are bound to the person's data, so one of the two is wrong: check the documents and the registry.");
                } else {
                    run.finding("IIN-03", "IIN_BIRTH_DATE_DIFFERS", Severity.INFO, "applicant.iin",
                            "The birth date encoded in the IIN differs from the documents; since 26 Aug 2013 the IIN's digits are not bound to the person's data, so this is not an error.");
                }
            }
            if (iin.asIin().sex() != a.sex()) {
                if (bound) {
                    run.finding("IIN-07", "IIN_SEX_DIFFERS", Severity.WARNING, "applicant.iin",
                            "The sex encoded in the IIN differs from the documents; at this date the IIN's digits are bound to the person's data, so one of the two is wrong: check the documents and the registry.");
                } else {
                    run.finding("IIN-04", "IIN_SEX_DIFFERS", Severity.INFO, "applicant.iin",
                            "The sex encoded in the IIN differs from the documents; since 26 Aug 2013 the IIN's digits are not bound to the person's data, so this is not an error.");
                }
            }
        }
    }

    private static void cases(Run run, Applicant a, Document doc, LocalDate asOf, boolean citizen) {
        if (doc.dateIssued().isAfter(asOf)) {
            run.finding("CASE-01", "DOCUMENT_ISSUED_AFTER_AS_OF", Severity.ERROR, "document.issued",
                    "The document's issue date is after the as-of date.");
        }
        if (doc.dateIssued().isBefore(a.birthDate())) {
            run.finding("CASE-03", "DOCUMENT_ISSUED_BEFORE_BIRTH", Severity.ERROR, "document.issued",
                    "The document's issue date is before the applicant's documented birth date.");
        }
        if (a.birthDate().isAfter(asOf)) {
            run.finding("CASE-04", "BIRTH_DATE_AFTER_AS_OF", Severity.ERROR, "applicant.birthDate",
                    "The applicant's documented birth date is after the as-of date.");
        }
        if (doc.type() == DocumentType.ID_CARD && doc.iinPrinted() && doc.dateIssued().getYear() < 1997) {
            run.finding("CASE-05", "IIN_PRINTED_BEFORE_1997", Severity.WARNING, "document.issued",
                    "The ID card is said to bear an IIN but was issued before 1997, when IINs started to be printed on ID cards: check the issue date and whether the IIN is printed.");
        }
        DocumentType type = doc.type();
        if (citizen && (type == DocumentType.RESIDENCE_PERMIT || type == DocumentType.STATELESS_CERTIFICATE)) {
            run.finding("CASE-06", "CITIZENSHIP_CONTRADICTS_DOCUMENT", Severity.ERROR, "document.type",
                    "The applicant is a citizen of Kazakhstan but the document is one issued to foreigners or stateless persons: correct the citizenship or the document type.");
        }
        if (!citizen && type == DocumentType.ID_CARD) {
            run.finding("CASE-07", "CITIZENSHIP_CONTRADICTS_DOCUMENT", Severity.ERROR, "document.type",
                    "The document is an ID card of a citizen of Kazakhstan but the applicant is not a citizen: correct the citizenship or the document type.");
        }
        if (a.citizenship() == Citizenship.FOREIGN && type == DocumentType.STATELESS_CERTIFICATE) {
            run.finding("CASE-08", "CITIZENSHIP_CONTRADICTS_DOCUMENT", Severity.ERROR, "document.type",
                    "The applicant is a foreign citizen but the document is a stateless person's certificate: correct the citizenship or the document type.");
        }
    }

    private static void missing(Run run, List<MissingDocument> missing, boolean lacking, MissingDocument m,
                                String rule) {
        if (lacking) {
            missing.add(m);
            run.conclude(rule, Question.MISSING_DOCUMENTS, m.value());
        }
    }
}
