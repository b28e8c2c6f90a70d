package kz.iin.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kz.iin.cli.batch.ByteSink;
import kz.iin.cli.batch.CheckResult;
import kz.iin.cli.batch.Progress;
import kz.iin.cli.batch.ResultColumn;
import kz.iin.cli.batch.RunSummary;
import kz.iin.cli.csv.CsvReader;
import kz.iin.cli.csv.CsvWriter;

/**
 * Checks one column of an RFC 4180 CSV file and writes every record back to stdout with the result
 * columns appended ({@link ResultColumn}s, prefixed {@code iin_}). A record shorter than the header
 * (or the first record) is padded and a longer one keeps its extra fields after the result columns,
 * so the result columns stay in one place; both are counted. Output is RFC 4180 (CRLF line ends).
 */
final class CsvCheck {
    static final String PREFIX = "iin_";

    private final String column;
    private final char delimiter;
    private final boolean header;
    private final CheckOptions options;
    private final CheckResult result;
    private final PrintStream err;

    /**
     * @param column 1-based column number, or a header name (which implies {@code header})
     */
    CsvCheck(String column, char delimiter, boolean header, CheckOptions options, PrintStream err) {
        this.column = column;
        this.delimiter = delimiter;
        this.header = header || !isNumber(column);
        this.options = options;
        this.result = new CheckResult(options.lenient(), options.compact());
        this.err = err;
        if (isNumber(column) && columnIndex(column) < 0) {
            throw new CliException("--column must be a column number from 1, or a header name; got " + column);
        }
    }

    /** The state of one input. */
    private static final class Input {
        int index;
        int width = -1;
        long records;
    }

    int run(List<String> sources) throws IOException {
        long started = System.nanoTime();
        Inputs.requireReadable(sources);
        SummaryFile summaryFile = SummaryFile.open(options.summaryJson());
        ByteSink sink = new ByteSink(Stdout.stream(), 1 << 16);
        CsvWriter writer = new CsvWriter(sink, delimiter);
        RunSummary summary = new RunSummary();
        Progress progress = Progress.start(err, Inputs.totalSize(sources), options.progress());
        boolean headerWritten = false;
        boolean onlyHeaders = true;
        long bytesBefore = 0;
        try {
            for (String source : sources) {
                String name = Inputs.name(source);
                try (InputStream stream = Inputs.openText(source, options.encoding())) {
                    CsvReader reader = new CsvReader(stream, delimiter);
                    Input input = new Input();
                    input.index = isNumber(column) ? columnIndex(column) : -1;
                    if (header) {
                        if (!next(reader, name, sink)) {
                            continue;
                        }
                        input.records++;
                        input.width = reader.size();
                        input.index = input.index >= 0 ? requireInside(input.index, reader.size(), name, "header")
                                : find(reader, column, name);
                        if (!headerWritten) {
                            for (int i = 0; i < reader.size(); i++) {
                                writer.field(reader.data(), reader.start(i), reader.end(i));
                            }
                            for (String h : ResultColumn.headers(PREFIX, locationColumns())) {
                                writer.field(h);
                            }
                            writer.endRecord();
                            headerWritten = true;
                        }
                    }
                    while (next(reader, name, sink)) {
                        onlyHeaders = false;
                        input.records++;
                        if (input.width < 0) {
                            input.width = reader.size();
                            requireInside(input.index, input.width, name, "first record");
                        }
                        record(reader, input, source, writer, summary);
                        if (progress != null && (input.records & 1023) == 0) {
                            progress.update(source, bytesBefore + reader.bytesRead(), summary.total());
                        }
                    }
                    bytesBefore += reader.bytesRead();
                }
            }
        } finally {
            sink.flush();
            if (progress != null) {
                progress.done();
            }
        }
        if (!options.quiet()) {
            if (summary.total() == 0) {
                err.println(onlyHeaders && headerWritten ? "iin: no records to check (the input has only a header)"
                        : "iin: no records to check (the input is empty)");
            } else {
                summary.print(err, "record");
            }
        }
        summaryFile.write(summary.toJson("record", (System.nanoTime() - started) / 1e9));
        return summary.invalid() > 0 ? ExitCode.INVALID : ExitCode.OK;
    }

    private List<String> locationColumns() {
        return options.rows().withLocation() ? ResultColumn.CSV_LOCATION : List.of();
    }

    private final byte[] value = new byte[ResultColumn.MAX_VALUE_BYTES];

    private void record(CsvReader r, Input input, String source, CsvWriter writer, RunSummary summary)
            throws IOException {
        int size = r.size();
        int index = input.index;
        if (index < size) {
            int from = r.start(index);
            if (r.isAscii(index)) {
                result.checkAscii(r.data(), from, r.end(index) - from);
            } else {
                result.check(r.get(index));
            }
        } else {
            result.check("");
        }
        summary.add(result);
        if (size < input.width) {
            summary.shortRecord();
        } else if (size > input.width) {
            summary.longRecord();
        }
        if (options.onlyInvalid() && result.valid()) {
            return;
        }
        int kept = Math.min(size, input.width);
        for (int i = 0; i < kept; i++) {
            if (i == index && options.rows().mask()) {
                writer.field(kz.iin.TaxpayerId.mask(r.get(i)));
            } else {
                writer.field(r.data(), r.start(i), r.end(i));
            }
        }
        for (int i = kept; i < input.width; i++) {
            writer.field(value, 0, 0);
        }
        for (ResultColumn c : ResultColumn.all()) {
            writer.field(value, 0, c.write(result, value, 0));
        }
        if (options.rows().withLocation()) {
            writer.field(source);
            writer.field(Long.toString(input.records));
        }
        for (int i = kept; i < size; i++) {
            writer.field(r.data(), r.start(i), r.end(i));
        }
        writer.endRecord();
    }

    /** The next record; a CSV or encoding error becomes one clear message, after the records before it are written. */
    private static boolean next(CsvReader reader, String name, ByteSink sink) throws IOException {
        try {
            return reader.next();
        } catch (CsvReader.CsvException e) {
            sink.flush();
            String why = e.getMessage();
            if (why.endsWith("is not valid UTF-8")) {
                why += "; if the file came from Excel in a Kazakh or Russian locale, run again with"
                        + " --encoding windows-1251";
            }
            throw new CliException(name + ": " + why);
        } catch (CliException e) {
            sink.flush();
            throw e;
        } catch (IOException e) {
            sink.flush();
            throw new CliException("cannot read " + name + " after line " + String.format(Locale.ROOT, "%,d",
                    reader.recordLine()) + ": " + Failures.describe(e), e);
        }
    }

    private int requireInside(int index, int width, String name, String what) {
        if (index >= width) {
            throw new CliException("--column " + column + " is beyond the last column: the " + what + " of " + name
                    + " has " + width + " " + RunSummary.plural(width, "field") + " (columns are numbered from 1)");
        }
        return index;
    }

    /**
     * The header's column with this name: exactly as written, else ignoring case when only one
     * matches; a name found more than once is an error naming the columns.
     */
    private static int find(CsvReader header, String column, String name) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            names.add(header.get(i));
        }
        List<Integer> exact = new ArrayList<>();
        List<Integer> folded = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).equals(column)) {
                exact.add(i);
            }
            if (names.get(i).toLowerCase(Locale.ROOT).equals(column.toLowerCase(Locale.ROOT))) {
                folded.add(i);
            }
        }
        List<Integer> found = !exact.isEmpty() ? exact : folded;
        if (found.size() == 1) {
            return found.get(0);
        }
        if (found.size() > 1) {
            List<String> which = new ArrayList<>();
            for (int i : found) {
                which.add((i + 1) + " ('" + Redact.digits(names.get(i)) + "')");
            }
            throw new CliException(name + ": the header names " + (exact.isEmpty() ? "(ignoring case) " : "")
                    + "more than one column '" + Redact.digits(column) + "': columns " + String.join(", ", which)
                    + "; give the column's number with --column N");
        }
        List<String> shown = new ArrayList<>();
        for (String n : names) {
            shown.add("'" + Redact.digits(n) + "'");
        }
        throw new CliException(name + ": no column named '" + Redact.digits(column) + "' in the header; it has "
                + String.join(", ", shown));
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
