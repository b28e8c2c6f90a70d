package kz.iin.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import kz.iin.Bin;
import kz.iin.Division;
import kz.iin.EntityType;
import kz.iin.Iin;
import kz.iin.Sex;
import kz.iin.TaxpayerId;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

@Command(name = "generate", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Prints valid numbers for test data.",
            "Serials count up; bodies without a check digit are skipped, as the registry skips them.",
            "",
            "  iin generate --birth-date 1990-01-31 --sex F [--count N]",
            "  iin generate --bin --registered 2007-09 --type RESIDENT --division BRANCH [--count N]"},
        footerHeading = "%nExit status:%n", footer = {"  0  printed", "  2  usage error (nothing printed)"})
final class GenerateCommand implements Callable<Integer> {
    private static final int MAX_IIN_SERIAL = 9999;
    private static final int MAX_BIN_SERIAL = 99999;

    @Spec
    CommandSpec spec;

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

    @Option(names = "--type", paramLabel = "TYPE", defaultValue = "RESIDENT",
            description = "BIN: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    EntityType type;

    @Option(names = "--division", paramLabel = "DIVISION", defaultValue = "HEAD_OFFICE",
            description = "BIN: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Division division;

    @Option(names = "--count", paramLabel = "N", defaultValue = "1", description = "How many (default: ${DEFAULT-VALUE}).")
    int count;

    @Option(names = "--from-serial", paramLabel = "S", defaultValue = "1",
            description = "First serial to try (IIN 0-9999, BIN 0-99999; default: ${DEFAULT-VALUE}).")
    int fromSerial;

    @Override
    public Integer call() {
        if (count < 1) {
            throw usage("--count must be at least 1");
        }
        List<TaxpayerId> ids = bin ? bins() : iins();
        PrintStream out = System.out;
        StringBuilder text = new StringBuilder(ids.size() * 13);
        for (TaxpayerId id : ids) {
            text.append(id.value()).append('\n');
        }
        out.print(text);
        out.flush();
        return ExitCode.OK;
    }

    private List<TaxpayerId> iins() {
        if (registered != null) {
            throw usage("--registered is for BINs; add --bin, or give --birth-date and --sex for IINs");
        }
        if (birthDate == null || sex == null) {
            throw usage("an IIN needs --birth-date and --sex (or use --bin for BINs)");
        }
        if (birthDate.getYear() < 1800 || birthDate.getYear() > 2099) {
            throw usage("an IIN encodes birth years 1800-2099; got " + birthDate.getYear());
        }
        requireSerial(MAX_IIN_SERIAL);
        List<TaxpayerId> ids = new ArrayList<>(count);
        int serial = fromSerial;
        while (ids.size() < count) {
            Iin iin = serial <= MAX_IIN_SERIAL ? firstIin(serial) : null;
            if (iin == null) {
                throw new CliException("only " + ids.size() + " IINs exist for this birth date and sex from serial "
                        + fromSerial + " (serials go up to " + MAX_IIN_SERIAL + "); nothing printed");
            }
            ids.add(iin);
            serial = iin.serial() + 1;
        }
        return ids;
    }

    private Iin firstIin(int serial) {
        try {
            return Iin.firstAssignable(birthDate, sex, serial);
        } catch (IllegalArgumentException noneLeft) {
            return null;
        }
    }

    private List<TaxpayerId> bins() {
        if (birthDate != null || sex != null) {
            throw usage("--birth-date and --sex are for IINs; drop --bin to generate IINs");
        }
        if (registered == null) {
            throw usage("a BIN needs --registered YYYY-MM");
        }
        if (registered.getYear() < 1990 || registered.getYear() > 2089) {
            throw usage("a BIN encodes registration years 1990-2089; got " + registered.getYear());
        }
        requireSerial(MAX_BIN_SERIAL);
        List<TaxpayerId> ids = new ArrayList<>(count);
        int serial = fromSerial;
        while (ids.size() < count) {
            Bin b = serial <= MAX_BIN_SERIAL ? firstBin(serial) : null;
            if (b == null) {
                throw new CliException("only " + ids.size() + " BINs exist for this month, type and division from serial "
                        + fromSerial + " (serials go up to " + MAX_BIN_SERIAL + "); nothing printed");
            }
            ids.add(b);
            serial = b.serial() + 1;
        }
        return ids;
    }

    private Bin firstBin(int serial) {
        try {
            return Bin.firstAssignable(registered, type, division, serial);
        } catch (IllegalArgumentException noneLeft) {
            return null;
        }
    }

    private void requireSerial(int max) {
        if (fromSerial < 0 || fromSerial > max) {
            throw usage("--from-serial must be 0-" + max);
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
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
            return switch (value.toUpperCase(java.util.Locale.ROOT)) {
                case "M", "MALE" -> Sex.MALE;
                case "F", "FEMALE" -> Sex.FEMALE;
                default -> throw new TypeConversionException("'" + value + "' is not M or F");
            };
        }
    }
}
