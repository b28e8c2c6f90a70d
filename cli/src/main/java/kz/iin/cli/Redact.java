package kz.iin.cli;

import kz.iin.TaxpayerId;

/**
 * Privacy for messages: any run of 12 or more digits is shown masked ({@code ********0124}), so
 * no error message echoes a whole IIN, even one the user typed where a file name was expected.
 */
public final class Redact {
    private static final int ID_LENGTH = 12;

    private Redact() {
    }

    public static String digits(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        int i = 0;
        int n = text.length();
        while (i < n) {
            int start = i;
            // Any Unicode digit counts here: a fullwidth IIN is still someone's IIN.
            while (i < n && Character.isDigit(text.charAt(i))) {
                i++;
            }
            if (i - start >= ID_LENGTH) {
                if (out == null) {
                    out = new StringBuilder(n).append(text, 0, start);
                }
                out.append(TaxpayerId.mask(text.substring(start, i)));
            } else if (out != null) {
                out.append(text, start, i);
            }
            if (i < n) {
                if (out != null) {
                    out.append(text.charAt(i));
                }
                i++;
            }
        }
        return out == null ? text : out.toString();
    }
}
