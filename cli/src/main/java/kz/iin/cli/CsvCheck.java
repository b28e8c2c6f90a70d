package kz.iin.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import kz.iin.Bin;
import kz.iin.Iin;
import kz.iin.cli.batch.Summary;
import kz.iin.cli.batch.Verdict;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Checks one column of an RFC 4180 CSV file (commons-csv) and writes every record back to stdout with
 * the result columns appended: {@code iin_kind iin_valid iin_reason iin_birth_date iin_sex
 * iin_registered iin_type iin_division}. Input must be UTF-8; output is RFC 4180 (CRLF line ends).
 */
final class CsvCheck {
    static final List<String> RESULT_COLUMNS = List.of("iin_kind", "iin_valid", "iin_reason", "iin_birth_date",
            "iin_sex", "iin_registered", "iin_type", "iin_division");

    private final String column;
    private final char delimiter;
    private final boolean header;
    private final Verdict verdict;
    private final boolean quiet;
    private final PrintStream err;

    /**
     * @param column 1-based column number, or a header name (which implies {@code header})
     */
    CsvCheck(String column, char delimiter, boolean header, boolean lenient, boolean compact, boolean quiet,
             PrintStream err) {
        this.column = column;
        this.delimiter = delimiter;
        this.header = header || !isNumber(column);
        this.verdict = new Verdict(lenient, compact);
        this.quiet = quiet;
        this.err = err;
        if (isNumber(column) && columnIndex(column) < 0) {
            throw new CliException("--column must be a column number from 1, or a header name; got " + column);
        }
    }

    int run(List<String> sources) throws IOException {
        Inputs.requireReadable(sources);
        CSVFormat in = CSVFormat.RFC4180.builder().setDelimiter(delimiter).get();
        BufferedWriter writer = new BufferedWriter(
                new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), 1 << 16);
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setDelimiter(delimiter).get());
        Summary summary = new Summary();
        long[] missing = {0};
        boolean headerWritten = false;
        for (String source : sources) {
            String name = Inputs.name(source);
            try (InputStream stream = Inputs.open(source);
                 CSVParser parser = CSVParser.parse(strictUtf8(stream), in)) {
                Iterator<CSVRecord> records = parser.iterator();
                int index = isNumber(column) ? columnIndex(column) : -1;
                if (header) {
                    CSVRecord first = next(records, parser, name);
                    if (first == null) {
                        continue;
                    }
                    if (index < 0) {
                        index = find(first, column, name);
                    }
                    if (!headerWritten) {
                        List<String> names = new ArrayList<>(first.size() + RESULT_COLUMNS.size());
                        first.forEach(names::add);
                        names.addAll(RESULT_COLUMNS);
                        printer.printRecord(names);
                        headerWritten = true;
                    }
                }
                for (CSVRecord r = next(records, parser, name); r != null; r = next(records, parser, name)) {
                    String value = index < r.size() ? r.get(index) : "";
                    if (index >= r.size()) {
                        missing[0]++;
                    }
                    Verdict v = verdict.judge(value);
                    summary.add(v);
                    for (String field : r) {
                        printer.print(field);
                    }
                    appendResult(printer, v);
                    printer.println();
                }
            }
        }
        printer.flush();
        if (!quiet) {
            if (summary.total() == 0) {
                err.println("iin: no records to check (the input is empty)");
            } else {
                summary.print(err, "records");
            }
            if (missing[0] > 0) {
                err.printf("iin: %,d records had no column %s; judged as empty%n", missing[0], column);
            }
        }
        return summary.invalid() > 0 ? ExitCode.INVALID : ExitCode.OK;
    }

    private static void appendResult(CSVPrinter printer, Verdict v) throws IOException {
        printer.print(v.kind() == null ? "UNKNOWN" : v.kind().name());
        printer.print(v.valid() ? "true" : "false");
        printer.print(v.valid() ? "" : v.error().name());
        if (v.id() instanceof Iin iin) {
            printer.print(iin.birthDate().toString());
            printer.print(iin.sex().code());
            printer.print("");
            printer.print("");
            printer.print("");
        } else if (v.id() instanceof Bin bin) {
            printer.print("");
            printer.print("");
            printer.print(bin.registered().toString());
            printer.print(bin.type().name());
            printer.print(bin.division().name());
        } else {
            for (int i = 0; i < 5; i++) {
                printer.print("");
            }
        }
    }

    /** The next record, with CSV syntax and encoding errors turned into one clear message. */
    private static CSVRecord next(Iterator<CSVRecord> records, CSVParser parser, String name) {
        try {
            return records.hasNext() ? records.next() : null;
        } catch (UncheckedIOException e) {
            IOException cause = e.getCause();
            if (cause instanceof CharacterCodingException) {
                throw new CliException(name + " is not valid UTF-8 (near line " + parser.getCurrentLineNumber() + ")");
            }
            throw new CliException(name + ": malformed CSV near line " + parser.getCurrentLineNumber() + ": "
                    + Failures.describe(cause));
        } catch (IllegalStateException e) {
            throw new CliException(name + ": malformed CSV near line " + parser.getCurrentLineNumber() + ": "
                    + Failures.describe(e));
        }
    }

    private static int find(CSVRecord header, String column, String file) {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).equals(column)) {
                return i;
            }
        }
        throw new CliException(file + ": no column named '" + Redact.digits(column) + "' in the header");
    }

    private static BufferedReader strictUtf8(InputStream in) {
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
    }

    static boolean isNumber(String s) {
        if (s.isEmpty() || s.length() > 9) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static int columnIndex(String s) {
        return Integer.parseInt(s) - 1;
    }
}
