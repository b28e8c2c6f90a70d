package kz.iin.rules.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import kz.iin.Iin;
import kz.iin.Sex;
import kz.iin.rules.Applicant;
import kz.iin.rules.Application;
import kz.iin.rules.Case;
import kz.iin.rules.Citizenship;
import kz.iin.rules.Decision;
import kz.iin.rules.Document;
import kz.iin.rules.DocumentCode;
import kz.iin.rules.DocumentType;
import kz.iin.rules.EligibilityService;
import kz.iin.rules.authoring.IdNumber;

class CaseJsonTest {
    private static final LocalDate BORN = LocalDate.of(1975, 3, 4);
    private static final String IIN = SampleCase.IIN;

    /** The sample case with one fragment replaced by raw JSON ({@code null}: the case as it is). */
    private static String caseWith(String placeholder, String replacement) {
        String json = SampleCase.JSON;
        if (placeholder == null) {
            return json;
        }
        assertThat(json).contains(placeholder);
        return json.replace(placeholder, replacement);
    }

    @Test
    void readsTheDocumentedForm() throws Exception {
        Case c = CaseJson.read(caseWith(null, null));

        assertThat(c).isEqualTo(new Case(LocalDate.of(2014, 3, 1),
                new Applicant(IdNumber.of(IIN), Citizenship.KZ, true, BORN, Sex.MALE),
                new Document(DocumentType.ID_CARD, LocalDate.of(1996, 5, 20), false),
                new Application(true, true, Map.of(DocumentCode.ID_COPY, 1, DocumentCode.ID_ORIGINAL, 1,
                        DocumentCode.ADDRESS_REFERENCE, 1, DocumentCode.PHOTOS, 2))));
    }

    @Test
    void theSampleIinIsValidAndEncodesTheApplicantsBirthDateAndSex() {
        Iin iin = Iin.parse(IIN);

        assertThat(iin.birthDate()).isEqualTo(BORN);
        assertThat(iin.sex()).isEqualTo(Sex.MALE);
    }

    @Test
    void nullOrAbsentIinMeansNoIin() throws Exception {
        assertThat(CaseJson.read(caseWith("\"iin\": \"" + IIN + "\",", "\"iin\": null,")).applicant().iin())
                .isEqualTo(IdNumber.absent());
        assertThat(CaseJson.read(caseWith("\"iin\": \"" + IIN + "\",", "")).applicant().iin())
                .isEqualTo(IdNumber.absent());
    }

    @Test
    void anyIinStringIsReadAndJudgedByTheRules() throws Exception {
        String huge = "9".repeat(1 << 20);
        Case c = CaseJson.read(caseWith(IIN, huge));

        Decision d = EligibilityService.shared().decide(c);
        assertThat(d.findings()).extracting(f -> f.code()).containsExactly("IIN_INVALID");
    }

    @Test
    void stateFeeExemptIsOptional() throws Exception {
        Case c = CaseJson.read(caseWith("\"submitted\"", "\"stateFeeExempt\": true, \"submitted\""));

        assertThat(c.application().stateFeeExempt()).isTrue();
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            "asOf": "2014-03-01",        | "asOf": "2014-3-1",            | asOf: expected an ISO date YYYY-MM-DD
            "asOf": "2014-03-01",        | "asOf": "2014-02-30",          | asOf: not a calendar date (expected an ISO date YYYY-MM-DD)
            "asOf": "2014-03-01",        | "asOf": 20140301,              | asOf: expected an ISO date YYYY-MM-DD, found a number
            "asOf": "2014-03-01",        | "asOf": "２０１４-03-01",        | asOf: expected an ISO date YYYY-MM-DD
            "asOf": "2014-03-01",        | "asOf": "+2014-03-01",         | asOf: expected an ISO date YYYY-MM-DD
            "asOf": "2014-03-01",        | ``                             | asOf: required
            "asOf": "2014-03-01",        | "asOf": null,                  | asOf: required
            "asOf": "2014-03-01",        | "asof": "2014-03-01",          | asof: unknown field; expected one of asOf, applicant, document, application
            "birthDate": "1975-03-04"    | "birthDate": "04.03.1975"      | applicant.birthDate: expected an ISO date YYYY-MM-DD
            "birthDate": "1975-03-04"    | "birthDate": []                | applicant.birthDate: expected an ISO date YYYY-MM-DD, found an array
            "sex": "MALE"                | "sex": "X"                     | applicant.sex: expected M or F (MALE or FEMALE)
            "sex": "MALE"                | "sex": "male"                  | applicant.sex: expected M or F (MALE or FEMALE)
            "sex": "MALE"                | "sex": 1                       | applicant.sex: expected M or F (MALE or FEMALE), found a number
            "citizenship": "KZ"          | "citizenship": "XX"            | applicant.citizenship: expected KZ, STATELESS, FOREIGN or an ISO 3166-1 alpha-2 country code
            "citizenship": "KZ"          | "citizenship": "ru"            | applicant.citizenship: expected KZ, STATELESS, FOREIGN or an ISO 3166-1 alpha-2 country code
            "citizenship": "KZ"          | "citizenship": "RUS"           | applicant.citizenship: expected KZ, STATELESS, FOREIGN or an ISO 3166-1 alpha-2 country code
            "citizenship": "KZ", "permanentResident": true | "citizenship": "RU" | applicant.permanentResident: required
            "permanentResident": true    | "permanentResident": "yes"     | applicant.permanentResident: expected true or false, found a string
            "permanentResident": true    | "permanentResident": 1         | applicant.permanentResident: expected true or false, found a number
            "sex": "MALE"                | "sex": "MALE", "age": 39       | applicant.age: unknown field; expected one of iin, citizenship, permanentResident, birthDate, sex
            "type": "ID_CARD"            | "type": "DRIVING_LICENCE"      | document.type: expected one of ID_CARD, PASSPORT, RESIDENCE_PERMIT, STATELESS_CERTIFICATE, BIRTH_CERTIFICATE
            "type": "ID_CARD"            | "type": " ID_CARD"             | document.type: expected one of ID_CARD, PASSPORT, RESIDENCE_PERMIT, STATELESS_CERTIFICATE, BIRTH_CERTIFICATE
            "type": "ID_CARD"            | "type": "0"                    | document.type: expected one of ID_CARD, PASSPORT, RESIDENCE_PERMIT, STATELESS_CERTIFICATE, BIRTH_CERTIFICATE
            "type": "ID_CARD"            | "type": 0                      | document.type: expected one of ID_CARD, PASSPORT, RESIDENCE_PERMIT, STATELESS_CERTIFICATE, BIRTH_CERTIFICATE, found a number
            "issued": "1996-05-20"       | "issued": ""                   | document.issued: expected an ISO date YYYY-MM-DD
            "iinPrinted": false          | "iinPrinted": "false"          | document.iinPrinted: expected true or false, found a string
            "iinPrinted": false          | "iinPrinted": null             | document.iinPrinted: required
            "iinPrinted": false          | "iinPrinted": ""               | document.iinPrinted: expected true or false, found a string
            "iinPrinted": false          | "iinPrinted": 0                | document.iinPrinted: expected true or false, found a number
            "iinPrinted": false          | "iinPrinted": {}               | document.iinPrinted: expected true or false, found an object
            "issued": "1996-05-20"       | "dateIssued": "1996-05-20"     | document.dateIssued: unknown field; expected one of type, issued, iinPrinted
            "PHOTOS": 2                  | "PHOTOS": -1                   | application.submitted.PHOTOS: expected a whole number from 0 to 1000
            "PHOTOS": 2                  | "PHOTOS": 1.5                  | application.submitted.PHOTOS: expected a whole number from 0 to 1000
            "PHOTOS": 2                  | "PHOTOS": "2"                  | application.submitted.PHOTOS: expected a whole number from 0 to 1000
            "PHOTOS": 2                  | "PHOTOS": null                 | application.submitted.PHOTOS: expected a whole number from 0 to 1000
            "PHOTOS": 2                  | "PHOTOS": 1001                 | application.submitted.PHOTOS: expected a whole number from 0 to 1000
            "PHOTOS": 2                  | "PHOTOS": 99999999999999999999 | application.submitted.PHOTOS: expected a whole number from 0 to 1000
            "PHOTOS": 2                  | "PHOTOS": 2, "PASSPORT": 1     | application.submitted.PASSPORT: unknown document code; expected one of ID_COPY, ID_ORIGINAL, ADDRESS_REFERENCE, HOUSE_REGISTER_COPY, HOUSE_REGISTER_ORIGINAL, ADDRESS_REFERENCE_OR_HOUSE_REGISTER, PHOTOS
            "surrendersPreviousDocuments": true | "surrendersPreviousDocuments": true, "paid": 1 | application.paid: unknown field; expected one of surrendersPreviousDocuments, governmentForCitizensOfficeAtResidence, submitted, stateFeeExempt
            "surrendersPreviousDocuments": true | "surrendersPreviousDocuments": true, "stateFeeExempt": "no" | application.stateFeeExempt: expected true or false, found a string
            "iin": "%IIN%"               | "iin": 751130200009            | applicant.iin: expected a string, found a number
            `"document": {"type": "ID_CARD", "issued": "1996-05-20", "iinPrinted": false},` | `"document": null,` | document: required
            `"document": {"type": "ID_CARD", "issued": "1996-05-20", "iinPrinted": false},` | `"document": "",` | document: expected an object, found a string
            `"document": {"type": "ID_CARD", "issued": "1996-05-20", "iinPrinted": false},` | `"document": [],` | document: expected an object, found an array
            `"document": {"type": "ID_CARD", "issued": "1996-05-20", "iinPrinted": false},` | `` | document: required
            "citizenship": "KZ"          | "citizenship": "KZ", "citizen": true | applicant.citizen: unknown field; expected one of iin, citizenship, permanentResident, birthDate, sex
            """)
    void malformedFieldsAreNamed(String from, String to, String message) {
        String json = caseWith(from.replace("%IIN%", IIN), to == null ? "" : to);

        assertThatThrownBy(() -> CaseJson.read(json))
                .isInstanceOf(CaseFormatException.class)
                .hasMessage(message)
                .satisfies(e -> assertThat(message).startsWith(((CaseFormatException) e).field() + ": "));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            ``                                  | (document): empty; expected a JSON object
            `[]`                                | (document): expected an object, found an array
            `"case"`                            | (document): expected an object, found a string
            `null`                              | (document): required
            """)
    void wholeInputProblems(String json, String message) {
        assertThatThrownBy(() -> CaseJson.read(json == null ? "" : json))
                .isInstanceOf(CaseFormatException.class).hasMessage(message);
    }

    @Test
    void brokenJsonIsReportedWithItsPosition() {
        Throwable truncated = catchThrowable(() -> CaseJson.read("{\"asOf\": \"2014-03-01\", \"applicant\": {"));
        Throwable trailing = catchThrowable(() -> CaseJson.read(caseWith(null, null) + " {}"));
        Throwable duplicate = catchThrowable(() -> CaseJson.read(
                caseWith("\"asOf\": \"2014-03-01\",", "\"asOf\": \"2014-03-01\", \"asOf\": \"2015-03-01\",")));
        Throwable deep = catchThrowable(() -> CaseJson.read("[".repeat(100_000)));

        assertThat(truncated).isInstanceOf(CaseFormatException.class).hasMessageContaining("malformed JSON at line 1");
        assertThat(trailing).isInstanceOf(CaseFormatException.class).hasMessageContaining("malformed JSON at line");
        assertThat(duplicate).isInstanceOf(CaseFormatException.class).hasMessageStartingWith("asOf: duplicate field");
        assertThat(deep).isInstanceOf(CaseFormatException.class);
    }

    @Test
    void brokenJsonAfterAWrongValueIsReportedAsBrokenJson() {
        Throwable numberThenText = catchThrowable(() -> CaseJson.read(caseWith("\"2014-03-01\"", "2014-03-01\"")));
        Throwable truncatedAfterWrongDate = catchThrowable(() -> CaseJson.read("{\"asOf\": \"2014-3-1\", \"applicant\": {"));
        Throwable trailingAfterWrongDate = catchThrowable(() -> CaseJson.read(caseWith("\"2014-03-01\"", "\"2014-3-1\"") + " x"));

        assertThat(numberThenText).hasMessageStartingWith("asOf: malformed JSON at line 1, column ");
        assertThat(truncatedAfterWrongDate).hasMessageContaining("malformed JSON at line 1");
        assertThat(trailingAfterWrongDate).hasMessageStartingWith("(document): malformed JSON at line ");
    }

    @Test
    void aNumberWhereANameGoesIsNeverRepeated() {
        Throwable atRoot = catchThrowable(() -> CaseJson.read(caseWith("\"asOf\"", "\"" + IIN + "\": 1, \"asOf\"")));
        Throwable inApplicant = catchThrowable(() -> CaseJson.read(caseWith("\"sex\"", "\"" + IIN + "\": 1, \"sex\"")));
        Throwable asDocumentCode = catchThrowable(() -> CaseJson.read(caseWith("\"PHOTOS\"", "\"" + IIN + "\": 1, \"PHOTOS\"")));
        Throwable broken = catchThrowable(() -> CaseJson.read(caseWith("\"sex\"", "\"" + IIN + "\" \"sex\"")));

        assertThat(atRoot).hasMessage("############: unknown field; expected one of asOf, applicant, document, application");
        assertThat(inApplicant).hasMessageStartingWith("applicant.############: unknown field;");
        assertThat(asDocumentCode).hasMessageStartingWith("application.submitted.############: unknown document code;");
        assertThat(broken).hasMessageStartingWith("applicant: malformed JSON at line");
        assertThat(List.of(atRoot, inApplicant, asDocumentCode, broken))
                .allSatisfy(e -> assertThat(e.getMessage()).doesNotContain(IIN));
    }

    @Test
    void theReaderIsNotClosed() throws Exception {
        java.io.StringReader in = new java.io.StringReader(caseWith(null, null));

        CaseJson.read(in);

        assertThat(in.ready()).isTrue(); // a closed StringReader throws here
    }

    @Test
    void messagesNeverEchoTheIin() {
        String json = caseWith("\"sex\": \"MALE\"", "\"sex\": \"" + IIN + "\"");

        assertThatThrownBy(() -> CaseJson.read(json)).message().doesNotContain(IIN);
    }

    @Test
    @Tag("slow") // 20,000 mutations, a small fuzz run; CaseJsonFuzzTest covers the same ground in depth
    void mutatedCasesEitherReadOrFailWithACaseFormatException() {
        String valid = caseWith(null, null);
        SplittableRandom random = new SplittableRandom(4);
        char[] alphabet = "{}[]\":,0123456789-.truefalsn \\u00e9\u0000\uff11\ud800".toCharArray();
        int read = 0;
        int rejected = 0;
        for (int i = 0; i < 20_000; i++) {
            StringBuilder b = new StringBuilder(valid);
            for (int k = random.nextInt(1, 4); k > 0; k--) {
                int at = random.nextInt(b.length());
                switch (random.nextInt(3)) {
                    case 0 -> b.deleteCharAt(at);
                    case 1 -> b.insert(at, alphabet[random.nextInt(alphabet.length)]);
                    default -> b.setCharAt(at, alphabet[random.nextInt(alphabet.length)]);
                }
            }
            try {
                Case c = CaseJson.read(b.toString());
                EligibilityService.shared().decide(c);
                read++;
            } catch (CaseFormatException e) {
                assertThat(e.getMessage()).isNotBlank().doesNotContain(IIN);
                rejected++;
            }
        }
        assertThat(read).isPositive();
        assertThat(rejected).isPositive();
    }

    @Test
    void casesRoundTrip() throws Exception {
        Case c = CaseJson.read(caseWith("\"submitted\"", "\"stateFeeExempt\": true, \"submitted\""));

        assertThat(CaseJson.read(CaseJson.write(c))).isEqualTo(c);
    }

    @ParameterizedTest
    @CsvSource({"M, MALE", "MALE, MALE", "F, FEMALE", "FEMALE, FEMALE"})
    void sexIsMOrFAndTheLongNamesAreAccepted(String given, Sex expected) throws Exception {
        Case c = CaseJson.read(caseWith("\"sex\": \"MALE\"", "\"sex\": \"" + given + "\""));

        assertThat(c.applicant().sex()).isEqualTo(expected);
        assertThat(CaseJson.write(c)).contains("\"sex\" : \"" + given.charAt(0) + "\"");
    }

    @ParameterizedTest
    @CsvSource({"KZ, KZ", "STATELESS, STATELESS", "FOREIGN, FOREIGN", "RU, FOREIGN", "DE, FOREIGN", "US, FOREIGN"})
    void citizenshipIsKzStatelessOrACountryCode(String given, Citizenship expected) throws Exception {
        Case c = CaseJson.read(caseWith("\"citizenship\": \"KZ\"", "\"citizenship\": \"" + given + "\""));

        assertThat(c.applicant().citizenship()).isEqualTo(expected);
    }

    @Test
    void permanentResidentMayBeLeftOutForACitizenOnly() throws Exception {
        Case c = CaseJson.read(caseWith("\"permanentResident\": true,", ""));

        assertThat(c.applicant().permanentResident()).isNull();
        assertThat(CaseJson.read(CaseJson.write(c))).isEqualTo(c);
        assertThatThrownBy(() -> CaseJson.read(caseWith("\"citizenship\": \"KZ\", \"permanentResident\": true,",
                "\"citizenship\": \"STATELESS\",")))
                .isInstanceOf(CaseFormatException.class).hasMessage("applicant.permanentResident: required");
    }

    @Test
    void aLeadingByteOrderMarkIsSkipped() throws Exception {
        assertThat(CaseJson.read("\uFEFF" + caseWith(null, null))).isEqualTo(CaseJson.read(caseWith(null, null)));
        assertThatThrownBy(() -> CaseJson.read("\uFEFF\uFEFF" + caseWith(null, null)))
                .isInstanceOf(CaseFormatException.class);
    }

    @Test
    void theOlderAddressCodeCountsAsAnAddressReference() throws Exception {
        Case c = CaseJson.read(caseWith(null, null));

        assertThat(c.application().count(DocumentCode.ADDRESS_REFERENCE)).isEqualTo(1);
        assertThat(c.application().submitted()).doesNotContainKey(DocumentCode.ADDRESS_REFERENCE_OR_HOUSE_REGISTER);
    }

    @Test
    void aDecisionLineIsOneLineWithItsLineNumberFirst() throws Exception {
        Decision d = EligibilityService.shared().decide(CaseJson.read(caseWith(null, null)));

        String line = CaseJson.writeLine(d, 7);
        assertThat(line).startsWith("{\"line\":7,\"documentValid\":false,").doesNotContain("\n");
        assertThat(new ObjectMapper().readTree(line).get("fee").textValue()).isEqualTo("FREE");
        assertThat(CaseJson.errorLine(3, "applicant.sex: expected M or F"))
                .isEqualTo("{\"line\":3,\"error\":\"applicant.sex: expected M or F\"}");
    }

    @Test
    void anUndecidedCaseHasNullConclusions() throws Exception {
        Decision d = EligibilityService.shared().decide(CaseJson.read(caseWith("\"issued\": \"1996-05-20\"",
                "\"issued\": \"2015-05-20\"")));

        JsonNode json = new ObjectMapper().readTree(CaseJson.write(d));
        for (String q : List.of("documentValid", "reissueRequired", "reissueAvailable", "fee", "agency",
                "missingDocuments")) {
            assertThat(json.get(q).isNull()).as(q).isTrue();
        }
        assertThat(json.get("findings").get(0).get("field").textValue()).isEqualTo("document.issued");
        assertThat(json.get("reasons")).allSatisfy(r -> assertThat(r.get("field").textValue()).isEqualTo("findings"));
    }

    @Test
    void decisionJsonHasTheDocumentedFieldsInOrder() throws Exception {
        Decision d = EligibilityService.shared().decide(CaseJson.read(caseWith("\"PHOTOS\": 2", "\"PHOTOS\": 1")));

        JsonNode json = new ObjectMapper().readTree(CaseJson.write(d));
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = json.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        assertThat(names).containsExactly("documentValid", "reissueRequired", "reissueAvailable", "fee", "agency",
                "missingDocuments", "findings", "firedRules", "reasons");
        assertThat(json.get("documentValid").booleanValue()).isFalse();
        assertThat(json.get("fee").textValue()).isEqualTo("FREE");
        assertThat(json.get("agency").textValue()).isEqualTo("JUSTICE");
        assertThat(json.get("missingDocuments").toString())
                .isEqualTo("[{\"code\":\"PHOTOS\",\"missing\":1,\"required\":2}]");
        assertThat(json.get("firedRules").get(0).fieldNames()).toIterable().containsExactly("name", "title", "citation");
        assertThat(json.get("reasons").get(0).fieldNames()).toIterable().containsExactly("field", "value", "rule");
    }
}
