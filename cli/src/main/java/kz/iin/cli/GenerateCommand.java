package kz.iin.cli;

import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import kz.iin.Division;
import kz.iin.EntityType;
import kz.iin.Sex;
import kz.iin.TaxpayerId;
import kz.iin.TestNumbers;
import picocli.CommandLine.ArgGroup;
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
    private final Streams streams;

    @Spec
    CommandSpec spec;

    GenerateCommand(Streams streams) {
        this.streams = streams;
    }

    /** IIN or BIN options, not both. */
    static final class Kind {
        @ArgGroup(exclusive = false)
        IinOptions iin;

        @ArgGroup(exclusive = false)
        BinOptions bin;
    }

    static final class IinOptions {
        @Option(names = "--birth-date", paramLabel = "YYYY-MM-DD", description = "IIN: the birth date to encode (1800-2099).")
        String birthDate;

        @Option(names = "--sex", paramLabel = "M|F", converter = SexConverter.class, description = "IIN: the sex to encode.")
        Sex sex;
    }

    static final class BinOptions {
        @Option(names = "--bin", required = true, description = "Generate BINs instead of IINs.")
        boolean bin;

        @Option(names = "--registered", paramLabel = "YYYY-MM", description = "BIN: registration month (1990-01 to 2089-12).")
        String registered;

        @Option(names = "--type", paramLabel = "TYPE",
                description = "BIN: ${COMPLETION-CANDIDATES} (default: RESIDENT; drawn with --random).")
        EntityType type;

        @Option(names = "--division", paramLabel = "DIVISION",
                description = "BIN: ${COMPLETION-CANDIDATES} (default: HEAD_OFFICE; drawn with --random).")
        Division division;
    }

    /** The options of random draws: the rest only with --random. */
    static final class RandomOptions {
        @Option(names = "--random", required = true, description = "Draw numbers at random (reproducible with --seed).")
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
        double invalidShare;
    }

    @ArgGroup(exclusive = true)
    Kind kind = new Kind();

    @ArgGroup(exclusive = false)
    RandomOptions random;

    @Option(names = "--count", paramLabel = "N", defaultValue = "1", converter = CountConverter.class,
            description = "How many (default: ${DEFAULT-VALUE}).")
    long count;

    @Option(names = "--from-serial", paramLabel = "S",
            description = "In order: the first serial to try (IIN 0-9999, BIN 0-99999; default: 1).")
    Integer fromSerial;

    @Override
    public Integer call() throws IOException {
        IinOptions iin = kind.iin != null ? kind.iin : new IinOptions();
        BinOptions bin = kind.bin;
        Stream<String> numbers;
        try {
            if (random != null) {
                numbers = random(iin, bin);
            } else if (bin != null) {
                if (bin.registered == null) {
                    throw usage("a BIN needs --registered YYYY-MM (or --random)");
                }
                YearMonth month = parse(bin.registered, YearMonth::parse, "month YYYY-MM");
                numbers = inOrder(() -> TestNumbers.bins(month, or(bin.type, EntityType.RESIDENT),
                        or(bin.division, Division.HEAD_OFFICE), or(fromSerial, 1)), 99999,
                        "BINs exist for this month, type and division");
            } else if (iin.birthDate == null || iin.sex == null) {
                throw usage("an IIN needs --birth-date and --sex (or --random; or --bin for BINs)");
            } else {
                LocalDate date = parse(iin.birthDate, LocalDate::parse, "calendar date YYYY-MM-DD");
                numbers = inOrder(() -> TestNumbers.iins(date, iin.sex, or(fromSerial, 1)), 9999,
                        "IINs exist for this birth date and sex");
            }
        } catch (IllegalArgumentException | TypeConversionException e) { // core's words: a year out of range, ...
            throw usage(e.getMessage());
        }
        Out out = new Out(streams.out);
        for (Iterator<String> it = numbers.limit(count).iterator(); it.hasNext(); ) {
            out.append(it.next()).append('\n');
        }
        out.flush();
        return ExitCode.OK;
    }

    /** The numbers in order, checked first to be at least {@code count}: nothing at all is printed when fewer exist. */
    private Stream<String> inOrder(Supplier<Stream<? extends TaxpayerId>> all, int maxSerial, String what) {
        long available = all.get().limit(count).count();
        if (available < count) {
            throw new CliException(String.format(Locale.ROOT, "--count %,d: only %,d %s from serial %d (serials go up to"
                    + " %d); nothing printed. --random draws any number", count, available, what, or(fromSerial, 1),
                    maxSerial));
        }
        return all.get().map(TaxpayerId::value);
    }

    private Stream<String> random(IinOptions iin, BinOptions bin) {
        if (fromSerial != null || iin.birthDate != null || bin != null && bin.registered != null) {
            throw usage("--random draws serials and dates: instead of --from-serial, --birth-date or --registered,"
                    + " give --from and --to");
        }
        long seed = random.seed != null ? random.seed : System.nanoTime();
        if (random.seed == null) {
            streams.err.println("iin: note: --seed " + seed + " reproduces these numbers");
        }
        SplittableRandom draws = new SplittableRandom(seed);
        if (bin != null) {
            return TestNumbers.randomBins(draws, parse(or(random.from, "1995-01"), MONTH, "month YYYY-MM (--from)"),
                    parse(or(random.to, "2024-12"), MONTH, "month YYYY-MM (--to)"), bin.type, bin.division,
                    random.invalidShare);
        }
        return TestNumbers.randomIins(draws, parse(or(random.from, "1950-01-01"), LocalDate::parse, "date YYYY-MM-DD (--from)"),
                parse(or(random.to, "2009-12-31"), LocalDate::parse, "date YYYY-MM-DD (--to)"), iin.sex,
                random.invalidShare);
    }

    private static <T> T or(T value, T otherwise) {
        return value != null ? value : otherwise;
    }

    /** A month, or the month of a date. */
    private static final Function<String, YearMonth> MONTH = v -> v.length() == 10 ? YearMonth.from(LocalDate.parse(v))
            : YearMonth.parse(v);

    private static <T> T parse(String value, Function<String, T> parser, String what) {
        try {
            return parser.apply(value);
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("'" + value + "' is not a " + what);
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    /** A count is a number from 1 up; the message never repeats a long digit string (it is not an identifier). */
    static final class CountConverter implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            if (!value.matches("[0-9]+")) {
                throw new TypeConversionException("the count must be a whole number from 1 up");
            }
            try {
                long n = Long.parseLong(value);
                if (n < 1) {
                    throw new TypeConversionException("the count must be at least 1");
                }
                return n;
            } catch (NumberFormatException e) {
                throw new TypeConversionException(String.format(Locale.ROOT, "the count must be at most %,d", Long.MAX_VALUE));
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
