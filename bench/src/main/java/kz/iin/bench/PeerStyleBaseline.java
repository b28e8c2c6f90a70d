package kz.iin.bench;

import java.text.ParseException;
import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.TimeZone;
import java.util.regex.Pattern;

/**
 * BASELINE ONLY — NOT HOW TO VALIDATE AN IIN. The common style of public Java IIN libraries,
 * written here to measure the core against: a regular expression for the shape,
 * {@link SimpleDateFormat} (non-lenient) for the date, {@link Character#digit} for the arithmetic,
 * validation by catching exceptions. It is written charitably: the pattern is compiled once, and the
 * second check-digit pass and the "no check digit" case are right (several peers get them wrong),
 * so that it accepts exactly what {@code Iin.isValid} accepts and only the style differs. Its
 * dates are in UTC.
 * A new {@code SimpleDateFormat} per call is what peers do, since one instance is not thread-safe.
 */
final class PeerStyleBaseline {
    private static final Pattern IIN = Pattern.compile("^\\d{12}$");
    /**
     * Peers leave the default zone, where a daylight-saving gap at midnight makes a strict
     * SimpleDateFormat reject a real birth date; fixed here so the baseline agrees with the core.
     */
    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");
    private static final int[] W1 = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
    private static final int[] W2 = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};

    /** What a peer's parse returns: the number and its birth date as a {@code java.util.Date}. */
    record PeerIin(String value, Date birthDate) {
    }

    private PeerStyleBaseline() {
    }

    static boolean isValid(String iin) {
        try {
            parse(iin);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static PeerIin parse(String iin) {
        if (iin == null || !IIN.matcher(iin).matches()) {
            throw new IllegalArgumentException("IIN must be 12 digits");
        }
        String century;
        switch (iin.charAt(6)) {
            case '1', '2' -> century = "18";
            case '3', '4' -> century = "19";
            case '5', '6' -> century = "20";
            default -> throw new IllegalArgumentException("bad century digit");
        }
        SimpleDateFormat format = new SimpleDateFormat("yyyyMMdd");
        format.setLenient(false);
        format.setTimeZone(UTC);
        Date birthDate;
        try {
            birthDate = format.parse(century + iin.substring(0, 6));
        } catch (ParseException e) {
            throw new IllegalArgumentException("bad birth date", e);
        }
        int check = weightedSum(iin, W1) % 11;
        if (check == 10) {
            check = weightedSum(iin, W2) % 11;
            if (check == 10) {
                throw new IllegalArgumentException("no check digit");
            }
        }
        if (check != Character.digit(iin.charAt(11), 10)) {
            throw new IllegalArgumentException("bad check digit");
        }
        return new PeerIin(iin, birthDate);
    }

    private static int weightedSum(String iin, int[] weights) {
        int sum = 0;
        for (int i = 0; i < 11; i++) {
            sum += Character.digit(iin.charAt(i), 10) * weights[i];
        }
        return sum;
    }
}
