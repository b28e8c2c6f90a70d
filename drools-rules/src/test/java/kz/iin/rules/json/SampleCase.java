package kz.iin.rules.json;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The valid case the JSON tests start from and mutate: {@link CaseJson#sample()}, the case the demo shows
 * too, so that a change to the case format is made once.
 */
public final class SampleCase {
    /** The file's text, as written (the tests replace fragments of it). */
    public static final String JSON = CaseJson.sample();
    /** The applicant's IIN in the file: a message about the case must never contain it. */
    public static final String IIN = iin();

    private SampleCase() {
    }

    private static String iin() {
        try {
            return new ObjectMapper().readTree(JSON).at("/applicant/iin").textValue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
