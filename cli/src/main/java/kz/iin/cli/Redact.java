package kz.iin.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.iin.TaxpayerId;

/**
 * Privacy for messages: any run of 12 or more digits is shown masked ({@code ********0124}), so
 * no error message echoes a whole IIN, even one the user typed where a file name was expected.
 */
public final class Redact {
    /** Any Unicode decimal digit counts here: a fullwidth IIN is still someone's IIN. */
    private static final Pattern ID_LIKE = Pattern.compile("\\p{Nd}{12,}");

    private Redact() {
    }

    public static String digits(String text) {
        return text == null ? null
                : ID_LIKE.matcher(text).replaceAll(run -> Matcher.quoteReplacement(TaxpayerId.mask(run.group())));
    }
}
