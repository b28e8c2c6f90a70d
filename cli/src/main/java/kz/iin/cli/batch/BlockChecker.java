package kz.iin.cli.batch;

import java.io.IOException;
import java.util.function.Function;

/** Checks one block of lines on a worker thread: its output bytes and its counts. */
public final class BlockChecker {
    private final boolean lenient;
    private final boolean compact;
    private final boolean onlyInvalid;
    private final Function<ByteSink, RowWriter> format;

    /** The rows ({@code rows[0, length)}) and counts of one block. */
    public record Result(byte[] rows, int length, RunSummary summary, long lines) {
    }

    private final BufferPool output = new BufferPool(4 * BlockReader.SIZE);

    public BlockChecker(boolean lenient, boolean compact, boolean onlyInvalid, Function<ByteSink, RowWriter> format) {
        this.lenient = lenient;
        this.compact = compact;
        this.onlyInvalid = onlyInvalid;
        this.format = format;
    }

    /** Hands a written block's output buffer back for another block. */
    public void recycle(Result written) {
        output.give(written.rows());
    }

    /**
     * @param file the input's name, for the location columns
     * @param linesBefore lines of this input before the block (known only when locations are written)
     */
    public Result check(BlockReader.Block block, String file, long linesBefore) throws IOException {
        ByteSink sink = new ByteSink(output.take(4 * BlockReader.SIZE));
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
        return new Result(sink.bytes(), sink.length(), summary, lines.lineNumber());
    }
}
