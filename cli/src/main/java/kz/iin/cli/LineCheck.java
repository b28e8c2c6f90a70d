package kz.iin.cli;

import java.io.IOException;
import kz.iin.TaxpayerId;
import kz.iin.cli.input.Lines;
import kz.iin.cli.input.TextInput;
import kz.iin.cli.rows.CheckResult;
import kz.iin.cli.rows.RowWriter;

/** {@code iin check --format tsv|json|text}: one identifier per line, one row per line, in input order. */
final class LineCheck {
    /** Lines per call of {@link #check}: the progress bar's step, and a loop the JIT compiles whole. */
    private static final int STEP = 1024;

    private final CheckCommand options;
    private final CheckCommand.Format format;
    private final RunSummary summary = new RunSummary();
    private final CheckResult result;
    private RowWriter rows;

    LineCheck(CheckCommand options, CheckCommand.Format format) {
        this.options = options;
        this.format = format;
        this.result = new CheckResult(options.lenient, options.compact);
    }

    int run() throws IOException {
        long started = System.nanoTime();
        FileRun run = new FileRun(options.streams, options.arguments, options.charset(), true, options.showProgress());
        SummaryFile summaryFile = SummaryFile.open(options.summaryJson);
        rows = format.writer.apply(run.out, options.withLocation);
        rows.header();
        run.forEach(in -> {
            Lines lines = new Lines(in);
            while (check(lines, in)) {
                run.tick(summary.total());
            }
        });
        return summary.finish(options.streams.err, "line", options.quiet, "no lines to check (the input is empty)", summaryFile, started);
    }

    /** Checks up to {@link #STEP} lines; false at the end of the input. */
    private boolean check(Lines line, TextInput in) throws IOException {
        for (int i = 0; i < STEP; i++) {
            if (!line.next()) {
                return false;
            }
            result.check(line);
            summary.add(result);
            if (line.malformed()) {
                summary.malformedLine(in.name(), line.number());
            }
            if (!options.onlyInvalid || !result.valid()) {
                rows.row(options.mask ? TaxpayerId.mask(line) : line, result, in.source(), line.number());
            }
        }
        return true;
    }
}
