package kz.iin.cli;

import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.function.IntFunction;
import kz.iin.Bin;
import kz.iin.Division;
import kz.iin.EntityType;
import kz.iin.Iin;
import kz.iin.Sex;
import kz.iin.TaxpayerId;
import kz.iin.cli.rows.Out;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

@Command(name = "generate", sortOptions = false, mixinStandardHelpOptions = true, usageHelpAutoWidth = false,
        description = {"Prints valid numbers for test data, one per line, streamed.",
            "",
            "In order: serials count up from --from-serial; bodies without a check digit are skipped, as the"
                + " registry skips them.",
            "",
            "  iin generate --birth-date 1990-01-31 --sex F --count 3",
            "  iin generate --bin --registered 2007-09 --type RESIDENT",
            "      --division BRANCH --count 3",
            "",
            "At random, any count, the same numbers for the same seed: dates (or months) between --from and --to,"
                + " sex, type and division drawn unless given, and --invalid-share of them with a wrong check"
                + " digit.",
            "",
            "  iin generate --random --count 1000000 --seed 7",
            "  iin generate --random --count 1000 --from 1980-01-01 --to 1999-12-31",
            "      --sex F --invalid-share 0.1",
            "  iin generate --bin --random --count 1000 --from 2001-01 --to 2020-12", ""},
        exitCodeListHeading = ExitCode.HEADING, exitCodeList = {ExitCode.OK_LINE,
            "2:usage error (nothing is printed), or output that cannot be written", ExitCode.INTERNAL_LINE,
            ExitCode.BROKEN_PIPE_LINE})
final class GenerateCommand implements Callable<Integer> {
    private static final int MAX_IIN_SERIAL = 9999;
    private static final int MAX_BIN_SERIAL = 99999;
    private static final LocalDate RANDOM_FROM = LocalDate.of(1950, 1, 1);
    private static final LocalDate RANDOM_TO = LocalDate.of(2009, 12, 31);
    private static final YearMonth RANDOM_FROM_MONTH = YearMonth.of(1995, 1);
    private static final YearMonth RANDOM_TO_MONTH = YearMonth.of(2024, 12);

    private final Streams streams;

    @Spec
    CommandSpec spec;

    GenerateCommand(Streams streams) {
        this.streams = streams;
    }

    @Option(names = "--birth-date", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
            description = "IIN: the birth date to encode (1800-2099).")
    LocalDate birthDate;

    @Option(names = "--sex", paramLabel = "M|F", converter = SexConverter.class, description = "IIN: the sex to encode.")
    Sex sex;

    @Option(names = "--bin", description = "Generate BINs instead of IINs.")
    boolean bin;

    @Option(names = "--registered", paramLabel = "YYYY-MM", converter = MonthConverter.class,
            description = "BIN: registration month (1990-01 to 2089-12).")
    YearMonth registered;

    @Option(names = "--type", paramLabel = "TYPE",
            description = "BIN: ${COMPLETION-CANDIDATES} (default: RESIDENT; drawn with --random).")
    EntityType type;

    @Option(names = "--division", paramLabel = "DIVISION",
            description = "BIN: ${COMPLETION-CANDIDATES} (default: HEAD_OFFICE; drawn with --random).")
    Division division;

    @Option(names = "--count", paramLabel = "N", defaultValue = "1", converter = CountConverter.class,
            description = "How many (default: ${DEFAULT-VALUE}).")
    long count;

    @Option(names = "--from-serial", paramLabel = "S",
            description = "In order: the first serial to try (IIN 0-9999, BIN 0-99999; default: 1).")
    Integer fromSerial;

    @Option(names = "--random", description = "Draw numbers at random (reproducible with --seed).")
    boolean random;

    @Option(names = "--seed", paramLabel = "S", description = "--random: the seed (default: a new one, shown on stderr).")
    Long seed;

    @Option(names = "--from", paramLabel = "DATE",
            description = "--random: the earliest birth date YYYY-MM-DD (BIN: month YYYY-MM; default: 1950-01-01, 1995-01).")
    String from;

    @Option(names = "--to", paramLabel = "DATE",
            description = "--random: the latest birth date YYYY-MM-DD (BIN: month YYYY-MM; default: 2009-12-31, 2024-12).")
    String to;

    @Option(names = "--invalid-share", paramLabel = "P",
            description = "--random: the share (0 to 1) given a wrong check digit, for tests of rejects (default: 0).")
    Double invalidShare;

    @Override
    public Integer call() throws IOException {
        if (!random) {
            for (String randomOnly : new String[] {"--seed", "--from", "--to", "--invalid-share"}) {
                if (spec.commandLine().getParseResult().hasMatchedOption(randomOnly)) {
                    throw usage(randomOnly + " is for --random");
                }
            }
        }
        if (bin && sex != null) {
            throw usage("--sex is for IINs; drop --bin to generate IINs");
        }
        if (!bin && (type != null || division != null || registered != null)) {
            throw usage((registered != null ? "--registered" : type != null ? "--type" : "--division")
                    + " is for BINs; add --bin");
        }
        if (bin && birthDate != null) {
            throw usage("--birth-date is for IINs; drop --bin to generate IINs");
        }
        Out out = new Out(streams.out);
        if (random) {
            random(out);
        } else if (bin) {
            bins(out);
        } else {
            iins(out);
        }
        out.flush();
        return ExitCode.OK;
    }

    private void iins(Out out) throws IOException {
        if (birthDate == null || sex == null) {
            throw usage("an IIN needs --birth-date and --sex (or --random; or --bin for BINs)");
        }
        requireIinYear(birthDate, "--birth-date");
        inOrder(out, serial -> {
            Iin iin = Iin.firstAssignable(birthDate, sex, serial);
            return new Numbered(iin.value(), iin.serial());
        }, MAX_IIN_SERIAL, "IINs exist for this birth date and sex");
    }

    private void bins(Out out) throws IOException {
        if (registered == null) {
            throw usage("a BIN needs --registered YYYY-MM (or --random)");
        }
        requireBinYear(registered, "--registered");
        inOrder(out, serial -> {
            Bin bin = Bin.firstAssignable(registered, typeOrDefault(), divisionOrDefault(), serial);
            return new Numbered(bin.value(), bin.serial());
        }, MAX_BIN_SERIAL, "BINs exist for this month, type and division");
    }

    private record Numbered(String value, int serial) {
    }

    /** {@code count} numbers, serials counting up; nothing at all when fewer exist (checked first). */
    private void inOrder(Out out, IntFunction<Numbered> firstFrom, int max, String what) throws IOException {
        int first = firstSerial(max);
        long available = 0;
        for (Numbered n = next(firstFrom, first, max); n != null && available < count; n = next(firstFrom, n.serial() + 1, max)) {
            available++;
        }
        if (available < count) {
            throw new CliException(String.format(Locale.ROOT, "--count %,d: only %,d %s from serial %d (serials go up to"
                    + " %d); nothing printed. --random draws any number", count, available, what, first, max));
        }
        Numbered n = next(firstFrom, first, max);
        for (long printed = 0; printed < count; printed++, n = next(firstFrom, n.serial() + 1, max)) {
            out.write(n.value()).write('\n');
        }
    }

    /** The first assignable number from {@code serial}, or null when none is left. */
    private static Numbered next(IntFunction<Numbered> firstFrom, int serial, int max) {
        try {
            return serial <= max ? firstFrom.apply(serial) : null;
        } catch (IllegalArgumentException noneLeft) {
            return null;
        }
    }

    private EntityType typeOrDefault() {
        return type == null ? EntityType.RESIDENT : type;
    }

    private Division divisionOrDefault() {
        return division == null ? Division.HEAD_OFFICE : division;
    }

    private int firstSerial(int max) {
        int first = fromSerial == null ? 1 : fromSerial;
        if (first < 0 || first > max) {
            throw usage("--from-serial must be 0-" + max);
        }
        return first;
    }

    /** Streams {@code count} numbers drawn from one seeded generator: the same seed, the same numbers. */
    private void random(Out out) throws IOException {
        if (fromSerial != null || birthDate != null || registered != null) {
            throw usage("--random draws serials and dates: instead of --from-serial, --birth-date or --registered,"
                    + " give --from and --to");
        }
        double share = invalidShare == null ? 0 : invalidShare;
        if (!(share >= 0 && share <= 1)) {
            throw usage("--invalid-share must be between 0 and 1");
        }
        long s = seed != null ? seed : System.nanoTime();
        if (seed == null) {
            streams.err.println("iin: note: --seed " + s + " reproduces these numbers");
        }
        SplittableRandom rnd = new SplittableRandom(s);
        if (bin) {
            YearMonth first = from == null ? RANDOM_FROM_MONTH : month(from, "--from");
            YearMonth last = to == null ? RANDOM_TO_MONTH : month(to, "--to");
            requireBinYear(first, "--from");
            requireBinYear(last, "--to");
            long months = first.until(last, java.time.temporal.ChronoUnit.MONTHS) + 1;
            if (months < 1) {
                throw usage("--from must not be after --to");
            }
            EntityType[] types = EntityType.values();
            Division[] divisions = Division.values();
            for (long n = 0; n < count; n++) {
                Bin b = null;
                while (b == null) {
                    try {
                        b = Bin.of(first.plusMonths(rnd.nextLong(months)),
                                type != null ? type : types[rnd.nextInt(types.length)],
                                division != null ? division : divisions[rnd.nextInt(divisions.length)],
                                rnd.nextInt(MAX_BIN_SERIAL + 1));
                    } catch (IllegalArgumentException noCheckDigit) {
                        // as the registry: that body is never issued, draw again
                    }
                }
                write(out, b, rnd, share);
            }
        } else {
            LocalDate first = from == null ? RANDOM_FROM : date(from, "--from");
            LocalDate last = to == null ? RANDOM_TO : date(to, "--to");
            requireIinYear(first, "--from");
            requireIinYear(last, "--to");
            long days = last.toEpochDay() - first.toEpochDay() + 1;
            if (days < 1) {
                throw usage("--from must not be after --to");
            }
            for (long n = 0; n < count; n++) {
                Iin iin = null;
                while (iin == null) {
                    try {
                        iin = Iin.of(LocalDate.ofEpochDay(first.toEpochDay() + rnd.nextLong(days)),
                                sex != null ? sex : rnd.nextBoolean() ? Sex.MALE : Sex.FEMALE,
                                rnd.nextInt(MAX_IIN_SERIAL + 1));
                    } catch (IllegalArgumentException noCheckDigit) {
                        // as the registry: that body is never issued, draw again
                    }
                }
                write(out, iin, rnd, share);
            }
        }
    }

    /** The number, or with the given share a copy whose check digit is wrong (never a valid number). */
    private static void write(Out out, TaxpayerId id, SplittableRandom rnd, double invalidShare) throws IOException {
        String v = id.value();
        if (invalidShare > 0 && rnd.nextDouble() < invalidShare) {
            int right = v.charAt(11) - '0';
            int wrong = (right + 1 + rnd.nextInt(9)) % 10;
            out.write(v, 0, 11).write((char) ('0' + wrong));
        } else {
            out.write(v);
        }
        out.write('\n');
    }

    private void requireIinYear(LocalDate d, String option) {
        if (d.getYear() < 1800 || d.getYear() > 2099) {
            throw usage(option + ": an IIN encodes birth years 1800-2099; got " + d.getYear());
        }
    }

    private void requireBinYear(YearMonth m, String option) {
        if (m.getYear() < 1990 || m.getYear() > 2089) {
            throw usage(option + ": a BIN encodes registration years 1990-2089; got " + m.getYear());
        }
    }

    private LocalDate date(String value, String option) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw usage(option + ": '" + value + "' is not a calendar date YYYY-MM-DD");
        }
    }

    private YearMonth month(String value, String option) {
        try {
            return value.length() == 10 ? YearMonth.from(LocalDate.parse(value)) : YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            throw usage(option + ": '" + value + "' is not a month YYYY-MM");
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    /** A count is a number from 1 up; the message never repeats a long digit string (it is not an identifier). */
    static final class CountConverter implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            boolean digits = !value.isEmpty() && value.chars().allMatch(c -> c >= '0' && c <= '9');
            if (!digits) {
                throw new TypeConversionException("the count must be a whole number from 1 up");
            }
            try {
                long n = Long.parseLong(value);
                if (n < 1) {
                    throw new TypeConversionException("the count must be at least 1");
                }
                return n;
            } catch (NumberFormatException e) {
                throw new TypeConversionException(String.format(Locale.ROOT, "the count must be at most %,d",
                        Long.MAX_VALUE));
            }
        }
    }

    static final class DateConverter implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("'" + value + "' is not a calendar date YYYY-MM-DD");
            }
        }
    }

    static final class MonthConverter implements ITypeConverter<YearMonth> {
        @Override
        public YearMonth convert(String value) {
            try {
                return YearMonth.parse(value);
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("'" + value + "' is not a month YYYY-MM");
            }
        }
    }

    static final class SexConverter implements ITypeConverter<Sex> {
        @Override
        public Sex convert(String value) {
            return switch (value.toUpperCase(Locale.ROOT)) {
                case "M", "MALE" -> Sex.MALE;
                case "F", "FEMALE" -> Sex.FEMALE;
                default -> throw new TypeConversionException("'" + value + "' is not M or F");
            };
        }
    }
}
