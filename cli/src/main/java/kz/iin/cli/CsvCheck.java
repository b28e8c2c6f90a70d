package kz.iin.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kz.iin.CheckColumn;
import kz.iin.TaxpayerId;

/**
 * {@code iin check --column N|NAME}: one column of an RFC 4180 file checked, every record written back with
 * the result columns ({@code iin_kind} ...) appended. A record shorter than the header (or first record) is
 * padded and a longer one keeps its extra fields after the result columns, so the results stay in one place;
 * both are counted.
 */
final class CsvCheck {
    private static final String PREFIX = "iin_";

    private final CheckCommand options;
    private final String column;
    private final int number;
    private final boolean header;
    private boolean headerWritten;

    CsvCheck(CheckCommand options, String column) {
        this.options = options;
        this.column = column;
        this.number = column.matches("[0-9]{1,9}") ? Integer.parseInt(column) : -1;
        this.header = options.header || number < 0;
        if (number == 0) {
            throw options.usage("--column must be a column number from 1, or a header name; got 0");
        }
    }

    int run() throws IOException {
        FileRun run = new FileRun(options.streams, options.arguments, options.encoding, options.showProgress(),
                options.summaryJson);
        CsvFields out = new CsvFields(run.out, options.delimiter);
        RunSummary summary = new RunSummary();
        Checker result = new Checker(options.lenient, options.compact);
        run.forEach(in -> {
            CsvRecords records = new CsvRecords(in, options.delimiter);
            int index = number - 1;
            int width = -1;
            long count = 0;
            if (header) {
                if (!records.next()) {
                    return;
                }
                count++;
                width = records.size();
                index = number > 0 ? inside(index, width, in.name(), "header") : find(records, in.name());
                if (!headerWritten) {
                    for (int i = 0; i < width; i++) {
                        out.field(records.get(i));
                    }
                    for (CheckColumn c : CheckColumn.values()) {
                        out.field(PREFIX + c.label());
                    }
                    if (options.withLocation) {
                        out.field(PREFIX + "file");
                        out.field(PREFIX + "record");
                    }
                    out.endRecord();
                    headerWritten = true;
                }
            }
            while (records.next()) {
                count++;
                if (width < 0) {
                    width = records.size();
                    inside(index, width, in.name(), "first record");
                }
                int size = records.size();
                String value = index < size ? records.get(index) : "";
                summary.add(result.check(value));
                if (size < width) {
                    summary.shortRecord();
                } else if (size > width) {
                    summary.longRecord();
                }
                if ((count & 1023) == 0) {
                    run.tick(summary.total());
                }
                if (options.onlyInvalid && result.valid()) {
                    continue;
                }
                int kept = Math.min(size, width);
                for (int i = 0; i < width; i++) {
                    out.field(i >= kept ? "" : i == index && options.mask ? TaxpayerId.mask(value) : records.get(i));
                }
                run.out.columns(result, options.delimiter); // names, digits and '-': never quoted
                if (options.withLocation) {
                    out.field(in.source());
                    out.field(Long.toString(count)); // the record's number, counting the header, as a spreadsheet's row
                }
                for (int i = kept; i < size; i++) {
                    out.field(records.get(i));
                }
                out.endRecord();
            }
        });
        return run.finish(summary, "record", options.quiet, headerWritten && summary.total() == 0
                ? "no records to check (the input has only a header)" : "no records to check (the input is empty)");
    }

    private int inside(int index, int width, String name, String what) {
        if (index >= width) {
            throw new CliException("--column " + column + " is beyond the last column: the " + what + " of " + name
                    + " has " + width + " " + RunSummary.plural(width, "field") + " (columns are numbered from 1)");
        }
        return index;
    }

    /** The header's column of this name: as written, else in any case when only one matches. */
    private int find(CsvRecords header, String name) {
        List<Integer> exact = new ArrayList<>();
        List<Integer> folded = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i);
            if (h.equals(column)) {
                exact.add(i);
            }
            if (h.toLowerCase(Locale.ROOT).equals(column.toLowerCase(Locale.ROOT))) {
                folded.add(i);
            }
            shown.add("'" + Redact.digits(h) + "'");
        }
        List<Integer> found = exact.isEmpty() ? folded : exact;
        if (found.isEmpty()) {
            throw new CliException(name + ": no column named '" + Redact.digits(column) + "' in the header; it has "
                    + String.join(", ", shown));
        }
        if (found.size() > 1) {
            List<String> which = new ArrayList<>();
            found.forEach(i -> which.add((i + 1) + " (" + shown.get(i) + ")"));
            throw new CliException(name + ": the header names " + (exact.isEmpty() ? "(ignoring case) " : "")
                    + "more than one column '" + Redact.digits(column) + "': columns " + String.join(", ", which)
                    + "; give the column's number with --column N");
        }
        return found.get(0);
    }
}
