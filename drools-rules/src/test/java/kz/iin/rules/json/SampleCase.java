package kz.iin.rules.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The valid case the JSON tests start from and mutate ({@code sample-case.json} beside this class): a
 * citizen with an ID card issued in 1996 without an IIN, judged on 2014-03-01. One file, so that a change
 * to the case format is made once.
 */
public final class SampleCase {
    /** The file's text, as written (the tests replace fragments of it). */
    public static final String JSON = read();
    /** The applicant's IIN in the file: a message about the case must never contain it. */
    public static final String IIN = iin();

    private SampleCase() {
    }

    private static String read() {
        try (InputStream in = SampleCase.class.getResourceAsStream("sample-case.json")) {
            if (in == null) {
                throw new IllegalStateException("sample-case.json is not on the test class path beside " + SampleCase.class);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String iin() {
        try {
            return new ObjectMapper().readTree(JSON).at("/applicant/iin").textValue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
