package kz.iin.cli;

import java.io.IOException;
import java.util.Arrays;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import kz.iin.TaxpayerId;
import kz.iin.cli.input.Lines;
import kz.iin.cli.input.TextInput;
import kz.iin.cli.rows.CheckResult;
import kz.iin.cli.rows.Out;
import kz.iin.cli.rows.RowWriter;

/**
 * {@code iin check --format tsv|json|text}: one identifier per line, one row per line, in input order.
 * This thread reads blocks (UTF-8: raw bytes cut at the last line feed; other encodings: decoded lines);
 * other threads split and check them and write their rows; the rows go out in order ({@link InOrder}).
 */
final class LineCheck {
    /** A block's rows and counts. */
    private record Checked(Out rows, RunSummary summary, int lines) {
    }

    private final CheckCommand options;
    private final CheckCommand.Format format;
    private final RunSummary summary = new RunSummary();
    /** Bytes read in one go for UTF-8 input; a block is this much, cut at its last line feed. */
    private static final int RAW_BLOCK = 1 << 18;
    private LineBlock block;
    // Blocks and output buffers go round instead of being allocated (and zeroed) for every few thousand lines.
    private final BlockingQueue<LineBlock> freeBlocks = new LinkedBlockingQueue<>();
    private final BlockingQueue<Out> freeOutput = new LinkedBlockingQueue<>();
    private final BlockingQueue<byte[]> freeRaw = new LinkedBlockingQueue<>();

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
                if (in.isUtf8()) {
                    readUtf8(in, blocks);
                    return;
                }
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

    /**
     * Reads UTF-8 input as raw blocks, each handed on at its last line feed; the rest of the block (a
     * line begun) starts the next one. Before a read that would wait, the whole lines so far are answered.
     */
    private void readUtf8(TextInput in, InOrder<Checked> blocks) throws IOException {
        byte[] raw = newRaw();
        int length = 0;
        long firstNumber = 1;
        try {
            for (;;) {
                int cut = 0;
                if (length == raw.length || length > 0 && in.wouldWait()) {
                    cut = lastLineFeed(raw, length) + 1;
                }
                if (cut > 0) {
                    refuseLongLines(in, raw, cut, firstNumber);
                    byte[] rest = raw.length > RAW_BLOCK && length - cut > RAW_BLOCK / 2
                            ? new byte[raw.length] : newRaw();
                    System.arraycopy(raw, cut, rest, 0, length - cut);
                    firstNumber = submitUtf8(blocks, in, raw, cut, firstNumber);
                    raw = rest;
                    length -= cut;
                    if (in.wouldWait()) {
                        blocks.drain();
                        options.streams.out.flush();
                    }
                } else if (length == raw.length) {
                    refuseLongLines(in, raw, length, firstNumber); // one line fills the block: let it grow
                    raw = Arrays.copyOf(raw, 2 * raw.length);
                }
                int n = in.readBytes(raw, length);
                if (n < 0) {
                    break;
                }
                length += n;
            }
            refuseLongLines(in, raw, length, firstNumber);
            submitUtf8(blocks, in, raw, length, firstNumber);
        } finally {
            blocks.drain(); // what was handed on stands, even when reading fails
        }
    }

    /** Hands {@code raw[0, length)} to a worker; returns the number of the line after it. */
    private long submitUtf8(InOrder<Checked> blocks, TextInput in, byte[] raw, int length, long firstNumber)
            throws IOException {
        if (length == 0) {
            freeRaw.add(raw);
            return firstNumber;
        }
        int lines = raw[length - 1] == '\n' ? 0 : 1;
        for (int i = 0; i < length; i++) {
            if (raw[i] == '\n') {
                lines++;
            }
        }
        String source = in.source();
        String name = in.name();
        blocks.submit(() -> {
            LineBlock lineBlock = newBlock(source, name, firstNumber);
            lineBlock.addUtf8(raw, length);
            Checked checked = check(lineBlock);
            if (raw.length == RAW_BLOCK) {
                freeRaw.add(raw); // the block read it until now
            }
            return checked;
        });
        return firstNumber + lines;
    }

    private byte[] newRaw() {
        byte[] free = freeRaw.poll();
        return free != null ? free : new byte[RAW_BLOCK];
    }

    private static int lastLineFeed(byte[] raw, int length) {
        int i = length - 1;
        while (i >= 0 && raw[i] != '\n') {
            i--;
        }
        return i;
    }

    /** Fails on a line of more than {@link TextInput#MAX_CHARS} characters; only a grown block can hold one. */
    private static void refuseLongLines(TextInput in, byte[] raw, int length, long firstNumber) {
        if (length <= TextInput.MAX_CHARS) {
            return;
        }
        long number = firstNumber;
        int chars = 0;
        for (int i = 0; i < length; i++) {
            if (raw[i] == '\n') {
                number++;
                chars = 0;
            } else if ((raw[i] & 0xC0) != 0x80 && ++chars > TextInput.MAX_CHARS) { // not a continuation byte
                throw in.lineTooLong(number);
            }
        }
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
            byte[] ascii = lines.ascii();
            if (ascii != null) {
                result.checkAscii(ascii, lines.start(), line.length());
            } else {
                result.check(line);
            }
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
