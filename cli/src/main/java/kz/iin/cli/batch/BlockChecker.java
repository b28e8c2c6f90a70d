package kz.iin.cli.batch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.function.Function;

/** Checks one block of lines on a worker thread: its output bytes and its counts. */
public final class BlockChecker {
    private final boolean lenient;
    private final boolean compact;
    private final boolean onlyInvalid;
    private final Function<ByteSink, RowWriter> format;

    /** The rows and counts of one block. */
    public record Result(ByteArrayOutputStream rows, RunSummary summary, long lines) {
    }

    public BlockChecker(boolean lenient, boolean compact, boolean onlyInvalid, Function<ByteSink, RowWriter> format) {
        this.lenient = lenient;
        this.compact = compact;
        this.onlyInvalid = onlyInvalid;
        this.format = format;
    }

    /**
     * @param file the input's name, for the location columns
     * @param linesBefore lines of this input before the block (known only when locations are written)
     */
    public Result check(BlockReader.Block block, String file, long linesBefore) throws IOException {
        ByteArrayOutputStream rows = new ByteArrayOutputStream(block.length() * 4);
        ByteSink sink = new ByteSink(rows, 1 << 16);
        RowWriter writer = format.apply(sink);
        CheckResult result = new CheckResult(lenient, compact);
        RunSummary summary = new RunSummary();
        LineReader lines = new LineReader(block.data(), block.length());
        while (lines.next()) {
            result.check(lines);
            if (lines.malformed()) {
                summary.malformedLine(lines.lineNumber());
            }
            summary.add(result);
            if (!onlyInvalid || !result.valid()) {
                writer.row(lines, result, file, linesBefore + lines.lineNumber());
            }
        }
        sink.flush();
        return new Result(rows, summary, lines.lineNumber());
    }
}
