package kz.iin.cli;

import java.io.IOException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import kz.iin.TaxpayerId;
import kz.iin.cli.input.Lines;
import kz.iin.cli.rows.CheckResult;
import kz.iin.cli.rows.Out;
import kz.iin.cli.rows.RowWriter;

/**
 * {@code iin check --format tsv|json|text}: one identifier per line, one row per line, in input order.
 * This thread reads lines into blocks; other threads check them and write their rows; the rows go out
 * in order ({@link InOrder}).
 */
final class LineCheck {
    /** A block's rows and counts. */
    private record Checked(Out rows, RunSummary summary, int lines) {
    }

    private final CheckCommand options;
    private final CheckCommand.Format format;
    private final RunSummary summary = new RunSummary();
    private LineBlock block;
    // Blocks and output buffers go round instead of being allocated (and zeroed) for every few thousand lines.
    private final BlockingQueue<LineBlock> freeBlocks = new LinkedBlockingQueue<>();
    private final BlockingQueue<Out> freeOutput = new LinkedBlockingQueue<>();

    LineCheck(CheckCommand options, CheckCommand.Format format) {
        this.options = options;
        this.format = format;
    }

    int run() throws IOException {
        long started = System.nanoTime();
        FileRun run = new FileRun(options.streams, options.arguments, options.charset(), true, options.showProgress());
        SummaryFile summaryFile = SummaryFile.open(options.summaryJson);
        format.writer.apply(run.out, options.withLocation).header();
        run.out.flush();
        long[] lines = {0};
        try (InOrder<Checked> blocks = new InOrder<>(done -> {
            done.rows().writeTo(options.streams.out);
            freeOutput.add(done.rows());
            summary.add(done.summary());
            lines[0] += done.lines();
            run.tick(lines[0]);
        })) {
            run.beforeWaiting(() -> { // a slow input: answer the lines read so far before waiting for more
                submit(blocks);
                blocks.drain();
                options.streams.out.flush();
            });
            run.forEach(in -> {
                Lines line = new Lines(in);
                block = newBlock(in.source(), in.name(), 1);
                try {
                    while (line.next()) {
                        block.add(line);
                        if (block.isFull()) {
                            submit(blocks);
                        }
                    }
                } finally {
                    submit(blocks); // what was read stands, even when reading fails
                    blocks.drain();
                }
            });
        }
        return summary.finish(options.streams.err, "line", options.quiet, "no lines to check (the input is empty)",
                summaryFile, started);
    }

    private void submit(InOrder<Checked> blocks) throws IOException {
        LineBlock full = block;
        if (full.count() > 0) {
            block = newBlock(full.source, full.name, full.firstNumber + full.count());
            blocks.submit(() -> check(full));
        }
    }

    private LineBlock newBlock(String source, String name, long firstNumber) {
        LineBlock free = freeBlocks.poll();
        return (free != null ? free : new LineBlock()).reset(source, name, firstNumber);
    }

    /** On a worker thread: the block's rows and counts. */
    private Checked check(LineBlock lines) throws IOException {
        Out free = freeOutput.poll();
        Out out = free != null ? free : new Out(1 << 18);
        RowWriter rows = format.writer.apply(out, options.withLocation);
        CheckResult result = new CheckResult(options.lenient, options.compact);
        RunSummary counts = new RunSummary();
        for (int i = 0; i < lines.count(); i++) {
            CharSequence line = lines.line(i);
            result.check(line);
            counts.add(result);
            if (lines.malformed(i)) {
                counts.malformedLine(lines.name, lines.firstNumber + i);
            }
            if (!options.onlyInvalid || !result.valid()) {
                rows.row(options.mask ? TaxpayerId.mask(line) : line, result, lines.source, lines.firstNumber + i);
            }
        }
        freeBlocks.add(lines);
        return new Checked(out, counts, lines.count());
    }
}
