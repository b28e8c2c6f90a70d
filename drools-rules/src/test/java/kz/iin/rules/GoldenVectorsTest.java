package kz.iin.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import kz.iin.Kind;
import kz.iin.Sex;
import kz.iin.TaxpayerId;
import kz.iin.rules.authoring.IdNumber;

/** The core's golden IIN vectors through the rules: an ERROR finding exactly for the invalid ones. */
class GoldenVectorsTest {
    record Vector(String input, String reason) {
    }

    static List<Vector> vectors() throws IOException {
        List<Vector> out = new ArrayList<>();
        try (InputStream in = GoldenVectorsTest.class.getResourceAsStream("/golden/iin.tsv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            boolean header = true;
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] cols = line.split("\t", -1);
                out.add(new Vector(unescape(cols[0]), cols[1]));
            }
        }
        return out;
    }

    /** Java-style \\uXXXX escapes and \\\\ for a backslash, as the golden files use. */
    static String unescape(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() && s.charAt(i + 1) == 'u') {
                b.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                i += 5;
            } else if (c == '\\' && i + 1 < s.length() && s.charAt(i + 1) == '\\') {
                b.append('\\');
                i++;
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    @Test
    void invalidGoldenIinsGetAnErrorFindingValidOnesDoNot() throws IOException {
        List<Vector> vectors = vectors();
        assertThat(vectors).hasSizeGreaterThan(20);
        for (Vector v : vectors) {
            IdNumber id = IdNumber.of(v.input());
            LocalDate born = id.isIin() ? id.asIin().birthDate() : LocalDate.of(1980, 1, 1);
            Sex sex = id.isIin() ? id.asIin().sex() : Sex.MALE;
            Case c = new Case(LocalDate.of(2014, 3, 1),
                    new Applicant(id, Citizenship.KZ, true, born, sex),
                    new Document(DocumentType.ID_CARD, LocalDate.of(2010, 1, 1), true),
                    new Application(true, true, Map.of()));

            Decision d = EligibilityService.shared().decide(c);

            if (v.reason().isEmpty()) {
                assertThat(d.findings()).as(id.toString()).isEmpty();
            } else {
                assertThat(d.hasErrors()).as(id.toString()).isTrue();
                assertThat(d.findings()).extracting(Finding::code).as(id.toString())
                        .containsAnyOf("IIN_INVALID", "IIN_IS_BIN");
                if (TaxpayerId.kindOf(v.input()).filter(k -> k == Kind.IIN).isPresent()) {
                    assertThat(id.getError()).as(id.toString()).hasToString(v.reason());
                }
            }
        }
    }
}
