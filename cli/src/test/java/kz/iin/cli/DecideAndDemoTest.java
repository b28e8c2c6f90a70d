package kz.iin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DecideAndDemoTest {
    static final String IIN = "750304300424"; // encodes 1975-03-04, male, as the documents say
    static final String CASE = """
        {"asOf": "2017-03-01",
         "applicant": {"iin": "%s", "citizenship": "KZ", "permanentResident": true,
                       "birthDate": "1975-03-04", "sex": "MALE"},
         "document": {"type": "ID_CARD", "issued": "1996-05-20", "iinPrinted": false},
         "application": {"surrendersPreviousDocuments": true, "governmentForCitizensOfficeAtResidence": true,
                         "submitted": {"ID_COPY": 1, "ID_ORIGINAL": 1,
                                       "ADDRESS_REFERENCE_OR_HOUSE_REGISTER": 1, "PHOTOS": %s}}}
        """;

    @Test
    void decidesACaseFileAsJson(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("case.json"), CASE.formatted(IIN, "2"));
        Cli.Result r = Cli.run("decide", file.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("\"documentValid\" : false", "\"reissueAvailable\" : true", "\"fee\" : \"FREE\"",
                "\"agency\" : \"GOVERNMENT_FOR_CITIZENS\"", "\"name\" : \"VALID-04\"");
        assertThat(r.out()).doesNotContain(IIN); // the decision carries no IIN
        assertThat(r.stderr()).isEmpty();
    }

    @Test
    void explainsForAPersonFromStdin() {
        Cli.Result r = Cli.piped(CASE.formatted(IIN, "2"), "decide", "--explain", "-");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Document valid: no", "by rule VALID-04", "citing Law No 223-III of 12 Jan 2007",
                "Fee: FREE");
    }

    @Test
    void badCasesNameTheFieldAndExitTwo(@TempDir Path dir) throws Exception {
        Cli.Result wrongType = Cli.piped(CASE.formatted(IIN, "\"two\""), "decide", "-");
        assertThat(wrongType.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(wrongType.stderr()).contains("stdin is not a valid case: application.submitted.PHOTOS");

        Cli.Result truncated = Cli.piped("{\"asOf\": ", "decide", "-");
        assertThat(truncated.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(truncated.stderr()).contains("is not a valid case");

        byte[] latin1 = CASE.formatted(IIN, "2").replace("ID_CARD", "ID_CARD\u00e9").getBytes(StandardCharsets.ISO_8859_1);
        Cli.Result notUtf8 = Cli.piped(latin1, "decide", "-");
        assertThat(notUtf8.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(notUtf8.stderr()).contains("not valid UTF-8");

        Cli.Result missing = Cli.run("decide", dir.resolve("none.json").toString());
        assertThat(missing.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(missing.stderr()).contains(": No such file or directory").doesNotContain("--format");

        Cli.Result empty = Cli.piped("", "decide", "-");
        assertThat(empty.exit()).isEqualTo(ExitCode.USAGE);

        Cli.Result garbage = Cli.piped(new byte[] {0, 1, 2, (byte) 0xFF, '{'}, "decide", "-");
        assertThat(garbage.exit()).isEqualTo(ExitCode.USAGE);

        for (Cli.Result r : new Cli.Result[] {wrongType, truncated, notUtf8, missing, empty, garbage}) {
            r.assertNoStackTrace();
            assertThat(r.stdout()).isEmpty();
        }
    }

    @Test
    void anInvalidIinInTheCaseIsNeverEchoed() {
        String wrong = "750304300425"; // check digit mismatch
        Cli.Result json = Cli.piped(CASE.formatted(wrong, "2"), "decide", "-");
        Cli.Result text = Cli.piped(CASE.formatted(wrong, "2"), "decide", "--explain", "-");
        assertThat(json.exit()).isZero();
        assertThat(json.out() + json.stderr() + text.out() + text.stderr()).doesNotContain(wrong);
    }

    @Test
    void demoTouresEveryPartAndExitsZero() {
        Cli.Result r = Cli.run("demo");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("1. Checking identifiers", "CHECK_DIGIT_MISMATCH", "NON_DIGIT",
                "2. A batch", "8 lines checked: 4 valid, 4 invalid",
                "3. Two eligibility cases", "Document valid: no", "Document valid: yes", "by rule AVAIL-03",
                "4. PostgreSQL");
        // The PostgreSQL part is SQL to run where the extension is installed, and says where to read how.
        String postgres = r.out().substring(r.out().indexOf("4. PostgreSQL"));
        assertThat(postgres).contains("docs/postgresql.md", "CREATE EXTENSION iin", "iin.iin NOT NULL",
                "iin.iin_birth_date(iin)");
        assertThat(r.stderr()).isEmpty();
    }
}
