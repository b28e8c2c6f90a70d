package kz.iin.bench;

/**
 * The yardstick: the least code that does the same arithmetic as {@code Iin.isValid} — 12 ASCII
 * digits, century/sex digit 1-6, a calendar date in that century, two-pass mod-11 check digit —
 * in one loop, with no abstraction, no reasons and no shared validator. {@link CoreReport} prints
 * {@code Iin.isValid} against it, with the target ratio.
 */
final class MinimalLoop {
    private static final int[] DAYS = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    private MinimalLoop() {
    }

    static boolean isValidIin(String s) {
        if (s == null || s.length() != 12) {
            return false;
        }
        int sum1 = 0;
        int sum2 = 0;
        for (int i = 0; i < 11; i++) {
            int d = s.charAt(i) - '0';
            if (d < 0 || d > 9) {
                return false;
            }
            sum1 += d * (i + 1);
            sum2 += d * (i < 9 ? i + 3 : i - 8);
        }
        int last = s.charAt(11) - '0';
        if (last < 0 || last > 9) {
            return false;
        }
        int centurySex = s.charAt(6) - '0';
        if (centurySex < 1 || centurySex > 6) {
            return false;
        }
        int year = 1800 + 100 * ((centurySex - 1) / 2) + (s.charAt(0) - '0') * 10 + (s.charAt(1) - '0');
        int month = (s.charAt(2) - '0') * 10 + (s.charAt(3) - '0');
        int day = (s.charAt(4) - '0') * 10 + (s.charAt(5) - '0');
        if (month < 1 || month > 12 || day < 1 || day > DAYS[month - 1]) {
            return false;
        }
        if (month == 2 && day == 29 && !(year % 4 == 0 && (year % 100 != 0 || year % 400 == 0))) {
            return false;
        }
        int check = sum1 % 11;
        if (check == 10) {
            check = sum2 % 11;
            if (check == 10) {
                return false;
            }
        }
        return check == last;
    }
}
